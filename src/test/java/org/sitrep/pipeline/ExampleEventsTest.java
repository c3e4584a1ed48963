package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;

/**
 * The example's eight events against ../shared/examples/*.expected.json: each expected event must be matched by a
 * distinct coded event with its PLOVER type, mode, CAMEO root, modality, source, target, place or countries and asserter.
 */
class ExampleEventsTest {

    private static Reading reading() {
        return TheExample.reading();
    }

    private static boolean names(Reading r, String id, String expected) {
        if (id == null) return expected == null;
        if (expected == null) return false;
        Entity e = r.entities().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return e.name().equalsIgnoreCase(expected) || e.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(expected))
                || expected.toLowerCase().startsWith(e.name().toLowerCase()) // "European countries" read from the NORP "European"
                || lastWord(e.name()).equalsIgnoreCase(lastWord(expected)) && e.type().equals("PERSON"); // "Abu Bakir" / "Abu Bakr" al-Baghdadi
    }

    private static String lastWord(String s) {
        String[] w = s.split(" ");
        return w[w.length - 1];
    }

    private static String text(JsonNode x, String field) { return x.hasNonNull(field) ? x.get(field).asText() : null; }

    /** Why an event does not match the expected one, or null when it does. */
    private static String mismatch(Reading r, Event e, JsonNode x) {
        if (!e.plover().equals(x.get("plover").asText())) return "plover " + e.plover();
        if (x.has("mode") && !x.get("mode").asText().equals(e.mode())) return "mode " + e.mode();
        if (x.has("cameo_root") && (e.cameo() == null || !e.cameo().startsWith(x.get("cameo_root").asText()))) return "cameo " + e.cameo();
        if (!e.modality().equals(x.get("modality").asText())) return "modality " + e.modality();
        if (!names(r, e.source() == null ? null : e.source().entity(), text(x, "source"))) return "source " + e.source();
        if (x.has("target") && !names(r, e.target() == null ? null : e.target().entity(), text(x, "target"))) return "target " + e.target();
        if (!names(r, e.assertedBy(), text(x, "asserted_by"))) return "asserted_by " + e.assertedBy();
        if (x.has("place_country")) {
            List<String> countries = StreamSupport.stream(x.get("place_country").spliterator(), false).map(JsonNode::asText).toList();
            if (!e.countries().equals(countries)) return "countries " + e.countries();
        }
        if (x.has("place")) {
            Place p = r.places().stream().filter(o -> o.id().equals(e.place())).findFirst().orElse(null);
            if (p == null || !p.mentions().stream().anyMatch(m -> m.text().equalsIgnoreCase(x.get("place").asText()))) return "place " + e.place();
        }
        if (e.claim() != null && !x.has("asserted_by")) return "claim " + e.claim();
        return null;
    }

    @Test
    void everyExpectedEventWithTypeModalityActorsPlaceAndAsserter() {
        Reading r = reading();
        List<Event> unused = new ArrayList<>(r.events());
        for (JsonNode x : TheExample.expected().get("events")) {
            Event match = unused.stream().filter(e -> mismatch(r, e, x) == null).findFirst().orElse(null);
            List<String> why = r.events().stream().filter(e -> e.plover().equals(x.get("plover").asText()))
                    .map(e -> e.id() + ": " + mismatch(r, e, x)).toList();
            assertThat(match).as("expected event %s; same-type candidates: %s", x.get("what").asText(), why).isNotNull();
            unused.remove(match);
        }
    }

    @Test
    void noEventBeyondTheExpectedOnes() {
        // the analyst's reading lists every event of the article: anything more is a wrong event
        assertThat(reading().events()).hasSize(TheExample.expected().get("events").size());
    }

    @Test
    void eventsPointToTheirEvidence() {
        Reading r = reading();
        for (Event e : r.events()) {
            var s = r.sentences().get(e.sentence());
            assertThat(e.trigger().start()).isGreaterThanOrEqualTo(s.start());
            assertThat(e.trigger().end()).isLessThanOrEqualTo(s.end());
            assertThat(r.article().text().substring(e.trigger().start(), e.trigger().end())).isEqualTo(e.trigger().text());
            assertThat(e.summary()).contains(e.plover()).contains(e.trigger().text());
            if (e.claim() != null) {
                assertThat(r.claims().stream().anyMatch(c -> c.id().equals(e.claim()))).isTrue();
            }
        }
    }

    @Test
    void thePlannedPrisonBreaksAreAllegedByTheSpyChiefInIraqAndSyria() {
        Reading r = reading();
        Event v = r.events().stream().filter(e -> e.trigger().text().contains("prison breaks")).findFirst().orElseThrow();
        assertThat(v.summary()).isEqualTo("Islamic State plans ASSAULT (prison breaks) in Iraq, Syria — alleged by Saad al-Allaq");
        assertThat(v.place()).isNotNull();
        assertThat(r.places().stream().filter(p -> p.id().equals(v.place())).findFirst().orElseThrow().role()).isNotEqualTo("dateline");
    }

    @Test
    void theCustodyEventCountsTheFighters() {
        Reading r = reading();
        Event v = r.events().stream().filter(e -> e.sentence() == 9 && e.trigger().text().equals("custody")).findFirst().orElseThrow();
        assertThat(v.quantities()).isNotEmpty();
        assertThat(r.quantities().stream().filter(q -> q.id().equals(v.quantities().get(0))).findFirst().orElseThrow().value()).isEqualTo(10000.0);
    }
}

package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;

import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Quantity;
import org.sitrep.model.Reading;
import org.sitrep.model.TimeRef;

/** The bundled example against the analyst's reading in ../shared/examples/*.expected.json. */
class ExampleArticleTest {

    static Reading reading;
    static JsonNode expected;

    @BeforeAll
    static void analyse() {
        reading = TheExample.reading();
        expected = TheExample.expected();
    }

    @Test
    void bundledExampleIsTheSharedOne() throws IOException {
        assertThat(Files.readString(TheExample.TEXT)).isEqualTo(Files.readString(SharedData.require("examples/nrt-2019-11-19-isis-prison-breaks.txt")));
    }

    @Test
    void articleMetadata() {
        JsonNode a = expected.get("article");
        assertThat(reading.article().title()).isEqualTo(a.get("title").asText());
        assertThat(reading.article().publisher()).isEqualTo(a.get("publisher").asText());
        assertThat(reading.article().dateline().text()).isEqualTo(a.get("dateline").asText());
        assertThat(reading.article().published()).isEqualTo("2019-11-19");
        assertThat(reading.article().id()).startsWith("sha256:");
        String text = reading.article().text();
        assertThat(text.substring(reading.article().dateline().start(), reading.article().dateline().end())).isEqualTo("SULAIMANI");
    }

    @Test
    void pageFurnitureIsKeptOutOfTheBodyButReported() {
        String text = reading.article().text();
        for (JsonNode n : expected.get("article").get("not_body")) {
            assertThat(text).doesNotContain(n.asText());
            assertThat(reading.article().furniture()).anySatisfy(f -> assertThat(f.text()).contains(n.asText()));
        }
        assertThat(text).startsWith("SULAIMANI — Head of Iraqi Military Intelligence");
        assertThat(text).endsWith("(NRT Digital Media)");
    }

    @Test
    void entitiesWithAliasesAndTitles() {
        String text = reading.article().text();
        for (JsonNode e : expected.get("entities")) {
            List<String> names = new ArrayList<>();
            names.add(e.get("name").asText());
            if (e.has("aliases")) e.get("aliases").forEach(x -> names.add(x.asText()));
            Entity ours = reading.entities().stream()
                    .filter(x -> x.type().equals(e.get("type").asText()))
                    .filter(x -> names.stream().anyMatch(n -> namesOf(x).contains(n.toLowerCase(Locale.ROOT))))
                    .findFirst().orElse(null);
            assertThat(ours).as("entity %s (%s)", names, e.get("type").asText()).isNotNull();
            // Aliases written in this article must be found; the others (ISIL, Daesh) come from the actor registry.
            for (String n : names) {
                if (occursAsWords(text, n)) assertThat(namesOf(ours)).as("alias '%s' of %s", n, ours.name()).contains(n.toLowerCase(Locale.ROOT));
            }
            if (e.has("titles")) e.get("titles").forEach(t -> assertThat(ours.titles()).contains(t.asText()));
        }
    }

    @Test
    void noEntityIsReadFromTheDatelineOrFurniture() {
        assertThat(reading.entities()).noneSatisfy(e -> assertThat(e.name()).isEqualToIgnoringCase("SULAIMANI"));
        int datelineEnd = reading.article().dateline().end();
        reading.entities().forEach(e -> e.mentions().forEach(m -> assertThat(m.start()).isGreaterThanOrEqualTo(datelineEnd)));
    }

    @Test
    void washingtonIsTheUsGovernmentNotACity() {
        Entity us = reading.entities().stream().filter(e -> e.name().equals("United States")).findFirst().orElseThrow();
        assertThat(us.type()).isEqualTo("GPE");
        assertThat(us.aliases()).contains("Washington", "US");
        assertThat(us.note()).contains("metonymy");
        assertThat(reading.entities()).noneSatisfy(e -> {
            assertThat(e.name()).isEqualTo("Washington");
            assertThat(e.type()).isEqualTo("LOCATION");
        });
    }

    @Test
    void timesResolvedAgainstThePublicationDate() {
        for (JsonNode t : expected.get("times")) {
            assertThat(reading.times()).anySatisfy(ours -> {
                assertThat(ours.text()).isEqualTo(t.get("text").asText());
                assertThat(ours.value()).isEqualTo(t.get("value").asText());
                assertThat(ours.ambiguous()).isFalse();
            });
        }
    }

    @Test
    void quantitiesWithWhatTheyCount() {
        for (JsonNode q : expected.get("quantities")) {
            assertThat(reading.quantities()).as("quantity %s", q).anySatisfy(ours -> {
                assertThat(ours.text()).isEqualTo(q.get("text").asText());
                assertThat(ours.counted()).isEqualTo(q.get("counted").asText());
                if (q.has("value")) assertThat(ours.value()).isEqualTo(q.get("value").asDouble());
                if (q.has("approximate")) assertThat(ours.approximate()).isEqualTo(q.get("approximate").asBoolean());
            });
        }
    }

    @Test
    void everyFactPointsAtItsOwnText() {
        String text = reading.article().text();
        for (Entity e : reading.entities()) for (Mention m : e.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        for (TimeRef t : reading.times()) assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
        for (Quantity q : reading.quantities()) assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
        reading.entities().forEach(e -> e.mentions().forEach(m -> {
            var s = reading.sentences().get(m.sentence());
            assertThat(m.start()).isBetween(s.start(), s.end());
        }));
    }

    @Test
    void withoutPublicationDateWeekdaysAreAmbiguousNotGuessed() {
        var a = reading.article();
        var undated = new org.sitrep.model.Article(a.id(), a.source(), a.format(), a.title(), a.publisher(), a.author(), a.url(),
                a.dateline(), null, a.language(), a.text(), a.furniture());
        Reading r = SharedAnalyzer.get().analyze(undated);
        TimeRef monday = r.times().stream().filter(t -> t.text().startsWith("Monday")).findFirst().orElseThrow();
        assertThat(monday.ambiguous()).isTrue();
        assertThat(monday.value()).doesNotContain("2019");
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).contains("Monday"));
    }

    private static List<String> namesOf(Entity e) {
        List<String> all = new ArrayList<>();
        all.add(e.name().toLowerCase(Locale.ROOT));
        e.aliases().forEach(a -> all.add(a.toLowerCase(Locale.ROOT)));
        return all;
    }

    private static boolean occursAsWords(String text, String phrase) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])").matcher(text).find();
    }
}

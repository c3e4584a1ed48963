package org.sitrep.places;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.TheExample;

/** The bundled example's places against the analyst's reading in ../shared/examples/*.expected.json. */
class ExamplePlacesTest {
    static Reading reading;
    static JsonNode expected;

    @BeforeAll
    static void analyse() {
        reading = TheExample.reading();
        expected = TheExample.expected();
    }

    /** A place matches an expected one on its name or an alias (accents ignored) or a mention's text. */
    static Optional<Place> find(JsonNode e) {
        List<String> names = new ArrayList<>(List.of(e.get("name").asText()));
        if (e.has("aliases")) e.get("aliases").forEach(a -> names.add(a.asText()));
        return reading.places().stream().filter(p -> names.stream().anyMatch(n -> Names.key(n).equals(Names.key(p.name()))
                || p.mentions().stream().anyMatch(m -> Names.key(m.text()).equals(Names.key(n))))).findFirst();
    }

    @Test
    void everyExpectedPlaceWithCountryAndPointWithin30Km() {
        assertThat(expected.get("places")).hasSize(5);
        for (JsonNode e : expected.get("places")) {
            Place p = find(e).orElseThrow(() -> new AssertionError("no place " + e.get("name") + " in " + reading.places()));
            assertThat(p.country()).as(p.name()).isEqualTo(e.get("country").asText());
            assertThat(Resolver.km(p.lat(), p.lon(), e.get("lat").asDouble(), e.get("lon").asDouble())).as(p.name()).isLessThan(30);
            if (e.has("role")) assertThat(p.role()).as(p.name()).isEqualTo(e.get("role").asText());
            if (e.has("precision")) assertThat(p.precision()).as(p.name()).isEqualTo(e.get("precision").asText());
            assertThat(p.geonamesId()).as(p.name()).isNotNull();
        }
    }

    @Test
    void metonymyAndMediaAreNotPlaces() {
        for (Place p : reading.places()) {
            for (Mention m : p.mentions()) assertThat(m.text()).isNotIn("Washington", "CNN");
            assertThat(p.name()).isNotIn("Washington", "Washington, D.C.", "CNN");
        }
    }

    @Test
    void mentionsPointIntoTheTextAndIdsAreSequential() {
        String text = reading.article().text();
        for (int i = 0; i < reading.places().size(); i++) {
            Place p = reading.places().get(i);
            assertThat(p.id()).isEqualTo("p" + (i + 1));
            for (Mention m : p.mentions()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void rolesFromTheWordsAround() {
        Place gaziantep = reading.places().stream().filter(p -> p.name().equals("Gaziantep")).findFirst().orElseThrow();
        assertThat(gaziantep.role()).isEqualTo("destination"); // "bribed their way ... to the southern Turkish city of Gaziantep"
        Place turkey = reading.places().stream().filter(p -> p.name().equals("Turkey")).findFirst().orElseThrow();
        assertThat(turkey.role()).isEqualTo("actor_location"); // "are living in Turkey"
    }
}

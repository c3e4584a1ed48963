package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.sitrep.model.Entity;
import org.sitrep.model.Reading;

/** Actor codes on the bundled example against the analyst's actor_code_prefix expectations. */
class ExampleActorsTest {

    static Reading reading;
    static JsonNode expected;

    @BeforeAll
    static void analyse() {
        reading = TheExample.reading();
        expected = TheExample.expected();
    }

    static Entity named(String name) {
        return reading.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + reading.entities().stream().map(Entity::name).toList()));
    }

    @Test
    void expectedActorCodePrefixes() {
        int checked = 0;
        for (JsonNode e : expected.get("entities")) {
            if (!e.has("actor_code_prefix")) continue;
            Entity found = named(e.get("name").asText());
            assertThat(found.actor()).as(found.name()).isNotNull().startsWith(e.get("actor_code_prefix").asText());
            checked++;
        }
        assertThat(checked).isEqualTo(3);
    }

    @Test
    void rolesAndGroupActorsComposeFullCodes() {
        assertThat(named("Saad al-Allaq").actor()).startsWith("IRQMIL");
        assertThat(named("Iraqi Military Intelligence").actor()).startsWith("IRQMIL");
        assertThat(named("Turkish officials").actor()).isEqualTo("TURGOV");
        assertThat(named("United States").actor()).isEqualTo("USA");
    }

    @Test
    void islamicStateGetsTheRegistrysAliases() {
        Entity is = named("Islamic State");
        assertThat(is.actor()).isEqualTo("IMGMUSISI");
        assertThat(is.aliases()).contains("ISIS", "ISIL", "Daesh");
        assertThat(named("Syrian Democratic Forces").aliases()).contains("SDF");
    }
}

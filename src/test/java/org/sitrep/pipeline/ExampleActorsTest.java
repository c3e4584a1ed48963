package org.sitrep.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.ingest.Inputs;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.model.Entity;
import org.sitrep.model.Reading;

/** Actor codes on the bundled example against the analyst's actor_code_prefix expectations. */
class ExampleActorsTest {

    static Reading reading;
    static JsonNode expected;

    @BeforeAll
    static void analyse() throws IOException {
        expected = new ObjectMapper().readTree(SharedData.require("examples/nrt-2019-11-19-isis-prison-breaks.expected.json").toFile());
        List<Loaded> loaded = new ArrayList<>();
        new Inputs(ReadOptions.defaults().withPublished("2019-11-19")).read(List.of(ExampleArticleTest.EXAMPLE.toString()), System.in, loaded::add);
        reading = SharedAnalyzer.get().analyze(loaded.get(0).article());
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

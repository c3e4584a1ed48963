package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.SharedData;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/** The actor-scoring protocol's pieces: gold codes, alignment by overlapping mentions, country and full matches. */
class ActorScoringTest {

    static Entity entity(String code, String text, int start) {
        return new Entity("e", "ORGANIZATION", text, List.of(), List.of(), code, null, List.of(new Mention(text, start, start + text.length(), 0)));
    }

    @Test
    void goldFullCodeIsRootPlusPrimarySector() {
        assertThat(new PloverGold.Actor("source", "Turkish officials", "TUR", "GOV").full()).isEqualTo("TURGOV");
        assertThat(new PloverGold.Actor("source", "Albanians", "MKD", "CVLalb").full()).isEqualTo("MKDCVL");
        assertThat(new PloverGold.Actor("source", "someone", "IRQ", "***").full()).isEqualTo("IRQ");
        assertThat(new PloverGold.Actor("source", "Jordan", "JOR", null).full()).isEqualTo("JOR");
    }

    @Test
    void alignmentIsByOverlapAndMatchesAreByPrefix() {
        String s = "Senior Turkish officials met US forces in Iraq.";
        List<Entity> entities = List.of(entity("TURGOV", "Turkish officials", 7), entity("USAMIL", "US forces", 29), entity("IRQ", "Iraq", 42));
        assertThat(ActorScoring.aligned(s, "Senior Turkish officials", entities)).containsExactly("TURGOV");
        assertThat(ActorScoring.aligned(s, "us forces", entities)).containsExactly("USAMIL");
        assertThat(ActorScoring.aligned(s, "Syria", entities)).isEmpty();
        PloverGold.Actor usa = new PloverGold.Actor("target", "US forces", "USA", null);
        assertThat(ActorScoring.anyRoot(List.of("USAMIL"), usa)).isTrue();
        assertThat(ActorScoring.anyFull(List.of("USAMIL"), usa)).isFalse(); // the state is not its military
        assertThat(ActorScoring.anyFull(List.of("IRQMILSPY"), new PloverGold.Actor("source", "x", "IRQ", "MIL"))).isTrue();
    }

    @Test
    void readsTheSharedGoldRecords() throws IOException {
        List<PloverGold.Record> records = PloverGold.read(SharedData.require("data/plover-gsr/PLOVER_GSR_CAMEO.shared.json"));
        assertThat(records).hasSize(158); // 159 entries minus the DOCUMENT header
        assertThat(records.stream().mapToInt(r -> r.actors().size()).sum()).isEqualTo(321);
        assertThat(records).allSatisfy(r -> assertThat(r.text()).isNotBlank());
    }
}

package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Token;

class ModalityTest {

    private static Modality.Reading read(String tagged, String trigger, List<String> stances) {
        List<Token> toks = Toks.of(tagged);
        int at = 0;
        while (!toks.get(at).word().equals(trigger)) at++;
        EventLexicon lex = EventLexicon.standard();
        return Modality.of(toks, 0, at, stances, w -> lex.modalityOf(w).orElse(null), t -> t.lemma().equals("investigate"));
    }

    @Test
    void simplePastHappened() {
        assertThat(read("Rebels/NNS attacked/VBD the/DT town/NN", "attacked", List.of()).modality()).isEqualTo("happened");
    }

    @Test
    void planningGovernsTheEventItPlans() {
        assertThat(read("ISIS/NNP is/VBZ planning/VBG/plan mass/JJ prison/NN breaks/NNS", "prison", List.of("said")).modality()).isEqualTo("planned");
    }

    @Test
    void anEventInsideAnAllegationIsAlleged() {
        assertThat(read("some/DT had/VBD bribed/VBN their/PRP$ way/NN", "bribed", List.of("alleged")).modality()).isEqualTo("alleged");
    }

    @Test
    void presentProgressiveIsOngoingButPastProgressiveHappened() {
        assertThat(read("Washington/NNP is/VBZ pushing/VBG Europe/NNP", "pushing", List.of()).modality()).isEqualTo("ongoing");
        assertThat(read("they/PRP were/VBD looking/VBG into/IN it/PRP", "looking", List.of("said")).modality()).isEqualTo("happened");
    }

    @Test
    void progressiveInsideAnAllegationStaysAlleged() {
        assertThat(read("cells/NNS were/VBD being/VBG formed/VBN", "formed", List.of("warned")).modality()).isEqualTo("alleged");
        assertThat(read("cells/NNS are/VBP being/VBG formed/VBN", "formed", List.of("alleged")).modality()).isEqualTo("alleged");
    }

    @Test
    void presentStateAndPresentPerfectStateAreOngoing() {
        assertThat(read("fighters/NNS are/VBP in/IN the/DT custody/NN", "custody", List.of()).modality()).isEqualTo("ongoing");
        assertThat(read("they/PRP have/VBP been/VBN reluctant/JJ", "reluctant", List.of()).modality()).isEqualTo("ongoing");
    }

    @Test
    void inThePastIsHistorical() {
        assertThat(read("In/IN the/DT past/NN ,/, he/PRP spent/VBD time/NN in/IN custody/NN", "custody", List.of()).modality())
                .isEqualTo("historical");
    }

    @Test
    void futureConditionalDenialAndNegation() {
        assertThat(read("Iran/NNP will/MD attack/VB", "attack", List.of()).modality()).isEqualTo("planned");
        assertThat(read("Iran/NNP could/MD attack/VB", "attack", List.of()).modality()).isEqualTo("hypothetical");
        assertThat(read("if/IN Iran/NNP attacks/VBZ", "attacks", List.of()).modality()).isEqualTo("hypothetical");
        assertThat(read("Iran/NNP attacked/VBD", "attacked", List.of("denied")).modality()).isEqualTo("denied");
        Modality.Reading not = read("Iran/NNP did/VBD not/RB attack/VB", "attack", List.of());
        assertThat(not.negated()).isTrue();
        assertThat(not.modality()).isEqualTo("happened");
    }

    @Test
    void anEventUnderInvestigation() {
        assertThat(read("police/NNS investigate/VBP the/DT killing/NN", "killing", List.of()).modality()).isEqualTo("investigated");
    }
}

package org.sitrep.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Claim;
import org.sitrep.model.Event;
import org.sitrep.model.Quote;

class EventFinderTest {

    @Test
    void datePrecisionAsAcledGivesIt() {
        assertThat(EventFinder.precision("2019-11-18")).isEqualTo("day");
        assertThat(EventFinder.precision("2019-W47")).isEqualTo("week");
        assertThat(EventFinder.precision("2019-11")).isEqualTo("month");
        assertThat(EventFinder.precision("2019")).isEqualTo("year");
    }

    private static Claim claim(String id, String quote, int start, int end, String speakerEntity) {
        return new Claim(id, quote, "…", start, end, "said", List.of(new Claim.Source("speaker", "x", speakerEntity, 0, 1, "said")), null);
    }

    @Test
    void aSelfReportRestsOnWhoeverReportsIt() {
        // "CNN reported that Turkish officials said they were looking into …": the officials' own statement about
        // themselves is asserted by CNN
        Claim outer = claim("c7", "q7", 0, 100, "e7");
        Claim inner = claim("c8", "q8", 40, 100, "e17");
        Quote q8 = new Quote("q8", "indirect", "…", 40, 100, null, null, null, "q7", 0);
        Quote q7 = new Quote("q7", "indirect", "…", 0, 100, null, null, null, null, 0);
        Event.Argument officials = new Event.Argument("they", "e17", "TURGOV", 40, 44);
        Event.Argument other = new Event.Argument("ISIS", "e3", "IMGMUSISI", 40, 44);
        assertThat(EventFinder.attributedClaim(List.of(outer, inner), List.of(outer, inner), List.of(q7, q8), officials).id()).isEqualTo("c7");
        assertThat(EventFinder.attributedClaim(List.of(outer, inner), List.of(outer, inner), List.of(q7, q8), other).id()).isEqualTo("c8");
        assertThat(EventFinder.speaker(outer)).isEqualTo("e7");
    }

    @Test
    void theSubjectOfANounTriggerIsWhoeverDoesTheVerbThatHoldsIt() {
        // "The ILO reiterated its demand that …": the search for who demands starts before "reiterated"
        var toks = Toks.of("The/DT ILO/NNP reiterated/VBD its/PRP$ demand/NN that/IN Israel/NNP ease/VB");
        assertThat(EventFinder.nounSubjectFrom(toks, 4, 4)).isEqualTo(1);
        var insisted = Toks.of("FDD/NNP insisted/VBD on/IN its/PRP$ demands/NNS");
        assertThat(EventFinder.nounSubjectFrom(insisted, 4, 4)).isZero();
        var declared = Toks.of("Hizbollah/NNP declared/VBD a/DT unilateral/JJ ceasefire/NN on/IN Wednesday/NNP");
        assertThat(EventFinder.nounSubjectFrom(declared, 4, 4)).isZero();
        // the noun opens a clause of its own: the speaker did not attack
        var said = Toks.of("Officials/NNS said/VBD the/DT attack/NN killed/VBD five/CD");
        assertThat(EventFinder.nounSubjectFrom(said, 3, 3)).isEqualTo(2);
        var plain = Toks.of("the/DT new/JJ demand/NN");
        assertThat(EventFinder.nounSubjectFrom(plain, 2, 2)).isEqualTo(1);
    }

    @Test
    void aNounThatIsTheObjectOfACueIsWhatTheSpeakerDoes() {
        // "Hizbollah declared a unilateral ceasefire": the quote's content starts at "a"
        var declared = Toks.of("Hizbollah/NNP declared/VBD a/DT unilateral/JJ ceasefire/NN on/IN Wednesday/NNP");
        Quote content = new Quote("q1", "indirect", "…", declared.get(2).start(), declared.get(6).end(), null, null, null, null, 0);
        assertThat(EventFinder.opens(declared, content, 4, 4)).isTrue();
        var said = Toks.of("Officials/NNS said/VBD the/DT attack/NN killed/VBD five/CD");
        Quote clause = new Quote("q1", "indirect", "…", said.get(2).start(), said.get(5).end(), null, null, null, null, 0);
        assertThat(EventFinder.opens(said, clause, 3, 3)).isFalse();
        var deeper = Toks.of("Officials/NNS said/VBD rebels/NNS broke/VBD the/DT ceasefire/NN");
        Quote deep = new Quote("q1", "indirect", "…", deeper.get(2).start(), deeper.get(5).end(), null, null, null, null, 0);
        assertThat(EventFinder.opens(deeper, deep, 5, 5)).isFalse();
    }
}

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
    void aPossessiveBeforeANounTriggerSendsTheSubjectSearchPastItsVerb() {
        // "The ILO reiterated its demand that …": the search for who demands starts before "reiterated"
        var toks = Toks.of("The/DT ILO/NNP reiterated/VBD its/PRP$ demand/NN that/IN Israel/NNP ease/VB");
        assertThat(EventFinder.possessorFrom(toks, 4)).isEqualTo(1);
        var insisted = Toks.of("FDD/NNP insisted/VBD on/IN its/PRP$ demands/NNS");
        assertThat(EventFinder.possessorFrom(insisted, 4)).isZero();
        var plain = Toks.of("the/DT new/JJ demand/NN");
        assertThat(EventFinder.possessorFrom(plain, 2)).isEqualTo(1);
    }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpansTest {

    private static Spans.Item i(int s, int e, String l) { return new Spans.Item(s, e, l); }

    private final List<Spans.Item> gold = List.of(i(0, 5, "PER"), i(10, 20, "ORG"), i(30, 35, "LOC"));

    @Test
    void perfect() {
        Spans.Matching m = Spans.match(gold, gold, Spans.Mode.EXACT, true);
        assertThat(m.spans()).isEqualTo(new Counts(3, 3, 3));
        assertThat(m.spans().f1()).isEqualTo(1.0);
        assertThat(m.missed()).isEmpty();
        assertThat(m.spurious()).isEmpty();
    }

    @Test
    void emptySystemAndEmptyGold() {
        assertThat(Spans.match(gold, List.of(), Spans.Mode.OVERLAP, false).spans()).isEqualTo(new Counts(0, 0, 3));
        Counts noGold = Spans.match(List.of(), gold, Spans.Mode.OVERLAP, false).spans();
        assertThat(noGold).isEqualTo(new Counts(0, 3, 0));
        assertThat(noGold.f1()).isZero();
    }

    @Test
    void partialOverlapCountsOnlyWhenRelaxed() {
        List<Spans.Item> sys = List.of(i(0, 5, "PER"), i(12, 25, "ORG"), i(40, 45, "LOC"));
        Counts exact = Spans.match(gold, sys, Spans.Mode.EXACT, true).spans();
        Counts overlap = Spans.match(gold, sys, Spans.Mode.OVERLAP, true).spans();
        assertThat(exact).isEqualTo(new Counts(1, 3, 3));
        assertThat(overlap).isEqualTo(new Counts(2, 3, 3));
        assertThat(overlap.precision()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void wrongTypeFailsTypedMatchButNotSpanMatch() {
        List<Spans.Item> sys = List.of(i(0, 5, "ORG"), i(10, 20, "ORG"), i(30, 35, "LOC"));
        assertThat(Spans.match(gold, sys, Spans.Mode.EXACT, true).spans()).isEqualTo(new Counts(2, 3, 3));
        Spans.Matching untyped = Spans.match(gold, sys, Spans.Mode.EXACT, false);
        assertThat(untyped.spans()).isEqualTo(new Counts(3, 3, 3));
        assertThat(untyped.labelled()).isEqualTo(new Counts(2, 3, 3));
    }

    @Test
    void insideMatchesANameWithinAGoldPhraseButNotAPhraseAroundIt() {
        List<Spans.Item> phrase = List.of(i(0, 25, "ORG")); // "U.S. automaker Chrysler LLC"
        assertThat(Spans.match(phrase, List.of(i(15, 25, "ORG")), Spans.Mode.INSIDE, true).spans()).isEqualTo(new Counts(1, 1, 1));
        assertThat(Spans.match(phrase, List.of(i(15, 30, "ORG")), Spans.Mode.INSIDE, true).spans()).isEqualTo(new Counts(0, 1, 1));
        assertThat(Spans.match(phrase, List.of(i(15, 25, "LOC")), Spans.Mode.INSIDE, true).spans()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void oneLongSpanCannotClaimTwoGoldItems() {
        List<Spans.Item> sys = List.of(i(0, 20, "X"));
        assertThat(Spans.match(gold, sys, Spans.Mode.OVERLAP, false).spans()).isEqualTo(new Counts(1, 1, 3));
    }

    @Test
    void valuesScoreOnlyMatchingValues() {
        List<Spans.Item> g = List.of(new Spans.Item(0, 6, "DATE", "1998-01-08"), new Spans.Item(10, 14, "DURATION", "P1W"));
        List<Spans.Item> s = List.of(new Spans.Item(0, 6, "DATE", "1998-01-09"), new Spans.Item(9, 14, "DURATION", "P1W"));
        Spans.Matching m = Spans.match(g, s, Spans.Mode.OVERLAP, false);
        assertThat(m.valued()).isEqualTo(new Counts(1, 2, 2));
        assertThat(m.valued().f1()).isCloseTo(m.spans().f1() * 0.5, within(1e-9));
    }

    @Test
    void microAndMacroDifferWhenClassesAreUnbalanced() {
        List<Spans.Item> g = List.of(i(0, 1, "A"), i(2, 3, "A"), i(4, 5, "A"), i(6, 7, "B"));
        List<Spans.Item> s = List.of(i(0, 1, "A"), i(2, 3, "A"), i(4, 5, "A"), i(6, 7, "A"));
        Map<String, Counts> by = Spans.byLabel(g, s, Spans.Mode.EXACT);
        assertThat(by).containsEntry("A", new Counts(3, 4, 3)).containsEntry("B", new Counts(0, 0, 1));
        assertThat(Spans.micro(by.values()).f1()).isCloseTo(0.75, within(1e-9));
        assertThat(Spans.macroF1(by)).isCloseTo((2 * 0.75 / 1.75) / 2, within(1e-9));
        assertThat(Spans.macroPrecision(by)).isCloseTo(0.375, within(1e-9));
        assertThat(Spans.macroRecall(by)).isCloseTo(0.5, within(1e-9));
    }
}

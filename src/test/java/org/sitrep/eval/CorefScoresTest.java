package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** MUC, B³, CEAF-e and CoNLL on partitions small enough that every value below was computed by hand. */
class CorefScoresTest {

    private static final double EPS = 1e-9;
    private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e"));

    @Test
    void perfectResponseScoresOneEverywhere() {
        CorefScores.Stats s = CorefScores.score(KEY, KEY);
        for (CorefScores.Score m : List.of(s.muc(), s.b3(), s.ceafE(), s.pairwise())) {
            assertThat(m.recall()).isCloseTo(1, within(EPS));
            assertThat(m.precision()).isCloseTo(1, within(EPS));
        }
        assertThat(s.conllF1()).isCloseTo(1, within(EPS));
    }

    @Test
    void allSingletons() {
        CorefScores.Stats s = CorefScores.score(KEY, List.of(Set.of("a"), Set.of("b"), Set.of("c"), Set.of("d"), Set.of("e")));
        // MUC: no link found; precision 0/0 is reported as 0, as the reference scorer does.
        assertThat(s.muc().recall()).isZero();
        assertThat(s.muc().f1()).isZero();
        // B³ recall: (3 × 1/3 + 2 × 1/2) / 5 = 0.4; precision 1.
        assertThat(s.b3().recall()).isCloseTo(0.4, within(EPS));
        assertThat(s.b3().precision()).isCloseTo(1, within(EPS));
        // CEAF-e: {a,b,c}–{a} φ4 = 2/4, {d,e}–{d} φ4 = 2/3; sum 7/6 over 2 key and 5 response clusters.
        assertThat(s.ceafE().recall()).isCloseTo(7.0 / 12, within(EPS));
        assertThat(s.ceafE().precision()).isCloseTo(7.0 / 30, within(EPS));
        assertThat(s.pairwise().recall()).isZero();
    }

    @Test
    void allInOne() {
        CorefScores.Stats s = CorefScores.score(KEY, List.of(Set.of("a", "b", "c", "d", "e")));
        // MUC recall (2 + 1) / 3; precision (5 − 2) / 4.
        assertThat(s.muc().recall()).isCloseTo(1, within(EPS));
        assertThat(s.muc().precision()).isCloseTo(0.75, within(EPS));
        // B³ precision (3 × 3/5 + 2 × 2/5) / 5 = 13/25.
        assertThat(s.b3().recall()).isCloseTo(1, within(EPS));
        assertThat(s.b3().precision()).isCloseTo(0.52, within(EPS));
        // CEAF-e: only one response cluster to align; best is {a,b,c}, φ4 = 6/8.
        assertThat(s.ceafE().recall()).isCloseTo(0.375, within(EPS));
        assertThat(s.ceafE().precision()).isCloseTo(0.75, within(EPS));
        // Pairs: 4 gold links, 10 predicted, all 4 found.
        assertThat(s.pairwise().precision()).isCloseTo(0.4, within(EPS));
        assertThat(s.pairwise().recall()).isCloseTo(1, within(EPS));
    }

    /** The worked example of Pradhan et al. (2014, ACL), with response mentions h, i absent from the key. */
    @Test
    void pradhanEtAlExampleWithTwinlessMentions() {
        List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
        List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));
        CorefScores.Stats s = CorefScores.score(key, response);
        // MUC recall ((3−2) + (4−3)) / (2 + 3) = 0.4; precision ((2−1) + (2−2) + (4−3)) / (1 + 1 + 3) = 0.4.
        assertThat(s.muc().recall()).isCloseTo(0.4, within(EPS));
        assertThat(s.muc().precision()).isCloseTo(0.4, within(EPS));
        // B³ recall (2/3 + 2/3 + 1/3 + 1/4 + 0 + 2/4 + 2/4) / 7 = 35/84; precision (1 + 1 + 1/2 + 1/2 + 2/4 + 2/4 + 0 + 0) / 8.
        assertThat(s.b3().recall()).isCloseTo(35.0 / 84, within(EPS));
        assertThat(s.b3().precision()).isCloseTo(0.5, within(EPS));
        // CEAF-e: best alignment {a,b,c}–{a,b} (4/5) and {d,e,f,g}–{f,g,h,i} (4/8): 1.3 over 2 key, 3 response clusters.
        assertThat(s.ceafE().recall()).isCloseTo(0.65, within(EPS));
        assertThat(s.ceafE().precision()).isCloseTo(1.3 / 3, within(EPS));
        double conll = (0.4 + 2 * (35.0 / 84) * 0.5 / (35.0 / 84 + 0.5) + 2 * 0.65 * (1.3 / 3) / (0.65 + 1.3 / 3)) / 3;
        assertThat(s.conllF1()).isCloseTo(conll, within(EPS));
    }

    @Test
    void scoresAddUpOverIndependentGroups() {
        List<Set<String>> key = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"), Set.of("x", "y"));
        List<Set<String>> response = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("e", "f", "g"), Set.of("x"), Set.of("y"));
        List<Set<String>> groups = CorefScores.independentGroups(key, response);
        assertThat(groups).containsExactlyInAnyOrder(Set.of("a", "b", "c", "d", "e", "f", "g"), Set.of("x", "y"));
        CorefScores.Stats sum = CorefScores.Stats.ZERO;
        for (Set<String> g : groups) {
            sum = sum.plus(CorefScores.score(key.stream().filter(g::containsAll).toList(), response.stream().filter(g::containsAll).toList()));
        }
        assertThat(sum).isEqualTo(CorefScores.score(key, response));
    }

    @Test
    void aMentionInTwoClustersIsRejected() {
        assertThatThrownBy(() -> CorefScores.score(List.of(Set.of("a", "b"), Set.of("b")), KEY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void assignmentFindsTheCrossedOptimumNotTheGreedyOne() {
        // Greedy would take 0.9 and be left with 0.0; the optimum is 0.8 + 0.7.
        assertThat(Assignment.maximumWeight(new double[][] {{0.9, 0.8}, {0.7, 0.0}})).isCloseTo(1.5, within(EPS));
        assertThat(Assignment.maximumWeight(new double[][] {{0.2, 0.5, 0.1}})).isCloseTo(0.5, within(EPS));
        assertThat(Assignment.maximumWeight(new double[][] {{0.2}, {0.6}})).isCloseTo(0.6, within(EPS));
    }
}

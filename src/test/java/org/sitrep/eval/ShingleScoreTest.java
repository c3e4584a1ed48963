package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {

    @Test
    void perfectPredictionScoresOneAndIsExact() {
        ShingleScore s = ShingleScore.of("The cat sat on the mat today.", "The cat, sat on the mat today!");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void emptyPredictionScoresZero() {
        ShingleScore s = ShingleScore.of("The cat sat on the mat today.", "");
        assertThat(s.precision()).isZero();
        assertThat(s.recall()).isZero();
        assertThat(s.f1()).isZero();
        assertThat(s.exact()).isFalse();
        assertThat(s.fn()).isEqualTo(1.0);
    }

    @Test
    void partialOverlapLosesRecallOnly() {
        // gold shingles: abcd bcde cdef; predicted: abcd bcde -> TP 2, FP 0, FN 1 (normalised by 3)
        ShingleScore s = ShingleScore.of("a b c d e f", "a b c d e");
        assertThat(s.tp()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.fn()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(s.f1()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void extraTextLosesPrecisionOnly() {
        ShingleScore s = ShingleScore.of("one two three four", "one two three four five");
        assertThat(s.precision()).isEqualTo(0.5);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isFalse();
    }

    @Test
    void repeatedShinglesCountAsMultisets() {
        // the prediction repeats the story: every shingle twice, so half are false positives
        String gold = "w x y z";
        ShingleScore s = ShingleScore.of(gold, gold + " " + gold);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.precision()).isLessThan(0.5);
    }

    @Test
    void tokensFollowPythonUnicodeWordRule() {
        assertThat(ShingleScore.tokens("Café-au-lait, 3½ l'été_2019 — Μόσχα!"))
                .containsExactly("Café", "au", "lait", "3½", "l", "été_2019", "Μόσχα");
        // a combining accent is not a word character in Python's re, so it splits the word
        assertThat(ShingleScore.tokens("e\u0301t")).containsExactly("e", "t");
        assertThat(ShingleScore.shingles(ShingleScore.tokens("two words"))).containsOnlyKeys("two words");
        assertThat(ShingleScore.shingles(List.of())).isEmpty();
    }

    @Test
    void bothEmptyCountsAsPerfect() {
        ShingleScore s = ShingleScore.of("", "  ");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
        assertThat(s.exact()).isTrue();
    }

    @Test
    void f1IsTheHarmonicMeanOfTheMeansNotTheMeanOfF1s() {
        var pages = List.of(
                new ExtractionEvaluator.Page("a", "", ShingleScore.of("a b c d e f", "a b c d e f"), null),
                new ExtractionEvaluator.Page("b", "", ShingleScore.of("one two three four", "one two three four five"), null),
                new ExtractionEvaluator.Page("c", "", ShingleScore.of("p q r s t", ""), null));
        var r = ExtractionEvaluator.score(pages, 0);
        assertThat(r.precision()).isCloseTo((1 + 0.5 + 0) / 3, within(1e-12));
        assertThat(r.recall()).isCloseTo(2 / 3.0, within(1e-12));
        double p = r.precision(), rc = r.recall();
        assertThat(r.f1()).isCloseTo(2 * p * rc / (p + rc), within(1e-12));
        assertThat(r.accuracy()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(r.f1Sd()).isPositive();
        assertThat(r.worst(1).get(0).id()).isEqualTo("c");
        // same seed, same outputs: same spread
        assertThat(ExtractionEvaluator.score(pages, 0).f1Sd()).isEqualTo(r.f1Sd());
    }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllevalTest {

    private static List<String> s(String tags) { return Arrays.asList(tags.split(" ")); }

    /**
     * A hand-made sample covering conlleval's IOB rules: wrong type, short boundary, IOB1 chunk opened by I-,
     * B-B vs B-I, a type change inside I- tags, and a sentence break closing a chunk. Counted by hand:
     * 10 gold chunks, 9 guessed, 6 correct; conlleval prints precision 66.67%, recall 60.00%, FB1 63.16.
     */
    @Test
    void matchesConllevalOnAHandMadeSample() {
        List<List<String>> gold = List.of(s("B-PER I-PER O B-LOC"), s("B-ORG I-ORG I-ORG O"), s("O I-MISC I-MISC O"),
                s("B-PER B-PER O"), s("I-LOC I-ORG"), s("B-PER"), s("I-PER"));
        List<List<String>> guess = List.of(s("B-PER I-PER O B-ORG"), s("B-ORG I-ORG O O"), s("O B-MISC I-MISC O"),
                s("B-PER I-PER O"), s("B-LOC B-ORG"), s("B-PER"), s("B-PER"));
        Conlleval.Result r = Conlleval.score(gold, guess);
        assertThat(r.overall()).isEqualTo(new Counts(6, 9, 10));
        assertThat(100 * r.overall().precision()).isCloseTo(66.67, within(0.005));
        assertThat(100 * r.overall().recall()).isCloseTo(60.00, within(0.005));
        assertThat(100 * r.overall().f1()).isCloseTo(63.16, within(0.005));
        assertThat(r.byType()).containsEntry("PER", new Counts(3, 4, 5)).containsEntry("LOC", new Counts(1, 1, 2))
                .containsEntry("ORG", new Counts(1, 3, 2)).containsEntry("MISC", new Counts(1, 1, 1));
        assertThat(r.tokens()).isEqualTo(19);
        assertThat(r.correctTags()).isEqualTo(12);
    }

    @Test
    void perfectGuessScoresOne() {
        List<List<String>> gold = List.of(s("B-PER I-PER O B-LOC"), s("O O"));
        Conlleval.Result r = Conlleval.score(gold, gold);
        assertThat(r.overall()).isEqualTo(new Counts(2, 2, 2));
        assertThat(r.overall().f1()).isEqualTo(1.0);
    }

    @Test
    void emptyGuessScoresZeroWithoutDividingByZero() {
        Conlleval.Result r = Conlleval.score(List.of(s("B-PER O")), List.of(s("O O")));
        assertThat(r.overall()).isEqualTo(new Counts(0, 0, 1));
        assertThat(r.overall().precision()).isZero();
        assertThat(r.overall().f1()).isZero();
    }

    @Test
    void chunksFollowConllevalStartAndEndRules() {
        assertThat(Conlleval.chunks(s("I-PER I-PER O I-LOC B-LOC I-ORG"), 10)).containsExactly(
                new Conlleval.Chunk(10, 12, "PER"), new Conlleval.Chunk(13, 14, "LOC"), new Conlleval.Chunk(14, 15, "LOC"),
                new Conlleval.Chunk(15, 16, "ORG"));
    }
}

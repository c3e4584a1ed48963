package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.PolnearReader.Attribution;
import org.sitrep.eval.PolnearReader.Span;
import org.sitrep.eval.QuoteScore.Found;

class QuoteScoreTest {

    // 0         1         2         3         4         5         6
    // 0123456789012345678901234567890123456789012345678901234567890123456789
    static final String TEXT = "“We will win,” Smith said. Jones argued that taxes must fall now.";
    static final Span Q1 = new Span(0, 14), S1 = new Span(15, 20), C1 = new Span(21, 25);
    static final Span S2 = new Span(27, 32), C2 = new Span(33, 39), Q2 = new Span(45, 65);
    static final List<Attribution> GOLD = List.of(new Attribution(S1, C1, Q1), new Attribution(S2, C2, Q2));

    @Test
    void perfectSystemScoresOneEverywhereAndExactIgnoresTheMarks() {
        // sitrep's content has no marks and no closing comma: still an exact match.
        List<Found> found = List.of(new Found(new Span(1, 12), C1, S1), new Found(Q2, C2, S2));
        QuoteScore.Score s = QuoteScore.score(TEXT, GOLD, found);
        assertThat(s.contentExact().f1()).isEqualTo(1.0);
        assertThat(s.sourceExact().f1()).isEqualTo(1.0);
        assertThat(s.cueExact().f1()).isEqualTo(1.0);
        assertThat(s.directAccuracy()).isEqualTo(1.0);
        assertThat(s.directTotal()).isEqualTo(1);
        assertThat(s.spurious()).isZero();
        assertThat(s.errors()).containsEntry("direct.correct", 1L).containsEntry("indirect.correct", 1L);
    }

    @Test
    void emptySystemScoresZeroWithAllGoldMissed() {
        QuoteScore.Score s = QuoteScore.score(TEXT, GOLD, List.of());
        assertThat(s.contentOverlap().correct()).isZero();
        assertThat(s.contentOverlap().gold()).isEqualTo(2);
        assertThat(s.contentOverlap().f1()).isZero();
        assertThat(s.directAccuracy()).isZero();
        assertThat(s.errors()).containsEntry("direct.content_missed", 1L).containsEntry("indirect.content_missed", 1L);
    }

    @Test
    void twoAttributionsSharingASourceSpanAreTwoSourcesOnBothSides() {
        // "Jones argued … and said …": the gold has Jones as the source of both; so does the system.
        Span other = new Span(60, 65);
        List<Attribution> gold = List.of(new Attribution(S2, C2, new Span(45, 55)), new Attribution(S2, null, other));
        QuoteScore.Score s = QuoteScore.score(TEXT, gold, List.of(new Found(new Span(45, 55), C2, S2), new Found(other, null, S2)));
        assertThat(s.sourceOverlap()).isEqualTo(new Counts(2, 2, 2));
    }

    @Test
    void partialSystemCountsOverlapButNotExactAndAWrongSpeaker() {
        // The indirect content cut short, the direct quote given to Jones, one spurious attribution, no cues.
        List<Found> found = List.of(new Found(new Span(1, 12), null, S2), new Found(new Span(45, 57), null, S2),
                new Found(new Span(27, 32), null, null));
        QuoteScore.Score s = QuoteScore.score(TEXT, GOLD, found);
        assertThat(s.contentOverlap().correct()).isEqualTo(2);
        assertThat(s.contentExact().correct()).isEqualTo(1);
        assertThat(s.contentOverlap().predicted()).isEqualTo(3);
        assertThat(s.sourceOverlap()).isEqualTo(new Counts(1, 2, 2)); // one span, the source of two attributions
        assertThat(s.cueOverlap().predicted()).isZero();
        assertThat(s.directAccuracy()).isZero();
        assertThat(s.spurious()).isEqualTo(1);
        assertThat(s.errors()).containsEntry("direct.source_wrong", 1L).containsEntry("indirect.correct", 1L);
        QuoteScore.Score both = s.plus(QuoteScore.score(TEXT, GOLD, List.of()));
        assertThat(both.contentOverlap().gold()).isEqualTo(4);
        assertThat(both.contentOverlap().recall()).isEqualTo(0.5);
    }

    @Test
    void judgeNamesEachGoldAttributionsOutcomeAndTheSystemAttributionBehindIt() {
        Found wrongSource = new Found(Q2, C2, S1);
        List<QuoteScore.Judged> j = QuoteScore.judge(TEXT, GOLD, List.of(wrongSource));
        assertThat(j).extracting(QuoteScore.Judged::kind, QuoteScore.Judged::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("direct", "content_missed"), org.assertj.core.groups.Tuple.tuple("indirect", "source_wrong"));
        assertThat(j.get(1).hit()).isSameAs(wrongSource);
        assertThat(j.get(0).hit()).isNull();
    }
}

package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.CoreNlpQuotes;
import org.sitrep.eval.PolnearReader.Attribution;
import org.sitrep.eval.PolnearReader.Span;
import org.sitrep.eval.QuoteScore.Found;
import org.sitrep.model.Quote;

class AttributionUnitsTest {

    // 0         1         2         3         4         5         6         7         8
    // 012345678901234567890123456789012345678901234567890123456789012345678901234567890123456789
    static final String TEXT = "“We will win,” she said. “They cannot stop us.” Jones said officials told him it was over.";

    static Quote quote(String id, int start, int end, int cueStart, int cueEnd, int speakerStart, int speakerEnd,
                       String resolution, String reportedBy) {
        Quote.Cue cue = cueStart < 0 ? null : new Quote.Cue(TEXT.substring(cueStart, cueEnd), "say", cueStart, cueEnd);
        Quote.Speaker speaker = new Quote.Speaker(TEXT.substring(speakerStart, speakerEnd), null, speakerStart, speakerEnd, resolution);
        return new Quote(id, "direct", TEXT.substring(start, end), start, end, cue, speaker, null, reportedBy, 0);
    }

    @Test
    void aQuoteSplitByItsCueIsOneAttribution() {
        List<Found> units = AttributionUnits.of(List.of(
                quote("q1", 1, 12, 19, 23, 15, 18, "pronoun", null),
                quote("q2", 26, 45, 19, 23, 15, 18, "pronoun", null)));
        assertThat(units).containsExactly(new Found(new Span(1, 45), new Span(19, 23), new Span(15, 18)));
    }

    @Test
    void aContinuationJoinsTheQuoteItContinues() {
        List<Found> units = AttributionUnits.of(List.of(
                quote("q1", 1, 12, 19, 23, 15, 18, "pronoun", null),
                quote("q2", 26, 45, -1, -1, 15, 18, "continuation", null)));
        assertThat(units).extracting(Found::content).containsExactly(new Span(1, 45));
    }

    @Test
    void onlyTheOutermostOfNestedReportsIsAnAttribution() {
        // "Jones said officials told him it was over.": the guidelines annotate Jones's report, not the officials'.
        List<Found> units = AttributionUnits.of(List.of(
                quote("q1", 59, 88, 54, 58, 48, 53, "name", null),
                quote("q2", 77, 88, 69, 73, 59, 68, "noun", "q1")));
        assertThat(units).extracting(Found::source).containsExactly(new Span(48, 53));
    }

    @Test
    void groupingTurnsTwoHalvesOfOneGoldAttributionIntoOneMatch() {
        List<Attribution> gold = List.of(new Attribution(new Span(15, 18), new Span(19, 23), new Span(0, 47)));
        List<Quote> quotes = List.of(quote("q1", 1, 12, 19, 23, 15, 18, "pronoun", null),
                quote("q2", 26, 45, 19, 23, 15, 18, "pronoun", null));
        List<Found> oneByOne = quotes.stream().map(q -> new Found(new Span(q.start(), q.end()),
                new Span(q.cue().start(), q.cue().end()), new Span(q.speaker().start(), q.speaker().end()))).toList();
        assertThat(QuoteScore.score(TEXT, gold, oneByOne).contentOverlap().precision()).isEqualTo(0.5);
        assertThat(QuoteScore.score(TEXT, gold, AttributionUnits.of(quotes)).contentOverlap().precision()).isEqualTo(1.0);
    }

    @Test
    void coreNlpsConsecutiveQuotesWithOneSpeakerMentionAreOneAttribution() {
        List<Found> units = AttributionUnits.ofCoreNlp(List.of(
                new CoreNlpQuotes.Attributed(0, 14, "she", 15, 18),
                new CoreNlpQuotes.Attributed(25, 47, "she", 15, 18),
                new CoreNlpQuotes.Attributed(60, 70, null, -1, -1)));
        assertThat(units).extracting(Found::content).containsExactly(new Span(0, 47), new Span(60, 70));
    }
}

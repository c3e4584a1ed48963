package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.eval.PolnearReader.Attribution;
import org.sitrep.eval.PolnearReader.Span;

class PolnearReaderTest {

    @Test
    void linksSourceCueAndContentIncludingADiscontinuousSpan() {
        List<String> ann = List.of(
                "T1\tSource 0 5\tSmith",
                "T2\tCue 6 10\tsaid",
                "T3\tContent 11 20;25 40\tthe plan ... would fail badly",
                "T4\tAttribution 6 10\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "T5\tCue 50 62\taccording to",
                "T6\tContent 63 70\tthe law",
                "T7\tAttribution 50 62\taccording to",
                "E2\tAttribution:T7 Content:T6 Cue:T5",
                "#1\tAnnotatorNotes T1\tnot an attribution part");
        List<Attribution> out = PolnearReader.parse(ann);
        assertThat(out).containsExactly(
                new Attribution(new Span(0, 5), new Span(6, 10), new Span(11, 40)),
                new Attribution(null, new Span(50, 62), new Span(63, 70)));
    }

    @Test
    void ignoresEventsWithoutParts() {
        assertThat(PolnearReader.parse(List.of("T4\tAttribution 6 10\tsaid", "E1\tAttribution:T4"))).isEmpty();
    }
}

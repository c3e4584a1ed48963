package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.annotate.CoreNlpQuotes;
import org.sitrep.eval.PolnearReader.Span;
import org.sitrep.model.Quote;

/**
 * A system's quotes in PolNeAR's unit of annotation, the attribution. The annotation guidelines ("No nested
 * attributions"; "Content continuations should be included in the attribution": "every attribution has just one cue")
 * annotate only the outermost report and join every piece of content bound to one cue into one attribution, so:
 * sitrep's nested reports ({@link Quote#reportedBy()}) are left out, quotes sharing a cue are one attribution, and a
 * continuation paragraph joins the quote it continues. Scoring sitrep's quotes one by one would count a quote split
 * by its cue ("“…,” she said. “…”") or a report inside a report as a wrong attribution.
 */
final class AttributionUnits {

    private AttributionUnits() {}

    static List<QuoteScore.Found> of(List<Quote> quotes) {
        List<QuoteScore.Found> out = new ArrayList<>();
        Map<String, Integer> unitOf = new HashMap<>(); // quote id → its attribution in out
        Map<Span, Integer> byCue = new HashMap<>();
        Quote previous = null;
        for (Quote q : quotes) {
            Quote before = previous;
            previous = q;
            if (q.reportedBy() != null) continue;
            Span cue = q.cue() == null ? null : new Span(q.cue().start(), q.cue().end());
            Integer unit = cue != null ? byCue.get(cue)
                    : continuation(q) && before != null ? unitOf.get(before.id()) : null;
            QuoteScore.Found f = new QuoteScore.Found(new Span(q.start(), q.end()), cue,
                    q.speaker() == null ? null : new Span(q.speaker().start(), q.speaker().end()));
            if (unit == null) {
                unit = out.size();
                out.add(f);
                if (cue != null) byCue.put(cue, unit);
            } else {
                out.set(unit, joined(out.get(unit), f));
            }
            unitOf.put(q.id(), unit);
        }
        return out;
    }

    /**
     * CoreNLP's quotes, given the same grouping as far as its output allows: it gives no cue, so consecutive quotes with
     * the same speaker mention ("“…,” she said. “…”") are one attribution.
     */
    static List<QuoteScore.Found> ofCoreNlp(List<CoreNlpQuotes.Attributed> quotes) {
        List<QuoteScore.Found> out = new ArrayList<>();
        for (CoreNlpQuotes.Attributed q : quotes) {
            Span speaker = q.speakerStart() < 0 ? null : new Span(q.speakerStart(), q.speakerEnd());
            QuoteScore.Found f = new QuoteScore.Found(new Span(q.start(), q.end()), null, speaker);
            QuoteScore.Found last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (speaker != null && last != null && speaker.equals(last.source())) out.set(out.size() - 1, joined(last, f));
            else out.add(f);
        }
        return out;
    }

    private static boolean continuation(Quote q) {
        return q.speaker() != null && q.speaker().resolution().equals("continuation");
    }

    /** One attribution's content runs from its first piece to its last, as the reader makes of a discontinuous gold span. */
    private static QuoteScore.Found joined(QuoteScore.Found a, QuoteScore.Found b) {
        Span content = new Span(Math.min(a.content().start(), b.content().start()), Math.max(a.content().end(), b.content().end()));
        return new QuoteScore.Found(content, a.cue() != null ? a.cue() : b.cue(), a.source() != null ? a.source() : b.source());
    }
}

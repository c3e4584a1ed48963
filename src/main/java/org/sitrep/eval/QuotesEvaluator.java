package org.sitrep.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.sitrep.annotate.CoreNlpQuotes;
import org.sitrep.eval.PolnearReader.Span;
import org.sitrep.model.Article;
import org.sitrep.model.Quote;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;

/**
 * Quotation attribution on PolNeAR (Newell et al., LREC 2018): sitrep's quotes stage, and CoreNLP's own quote
 * attribution on the same articles as the baseline. Articles are built straight from the .txt (no ingest heuristics)
 * so that offsets are the annotation's.
 */
public final class QuotesEvaluator {

    /** One system's total over the compartment, with its wall time. */
    public record SystemResult(String system, QuoteScore.Score score, int articles, double seconds, int failed) {}

    /** An attributor: article text → its attributions. */
    @FunctionalInterface
    public interface Attributor {
        List<QuoteScore.Found> attribute(String text) throws Exception;
    }

    private QuotesEvaluator() {}

    /** sitrep's Analyzer on the raw text. */
    public static Attributor sitrep() {
        Analyzer analyzer = Analyzer.load();
        return text -> fromQuotes(analyzer.analyze(new Article("polnear", "polnear", "txt", null, null, null, null, null, null, "en", text, List.of())));
    }

    static List<QuoteScore.Found> fromQuotes(Reading r) {
        List<QuoteScore.Found> out = new ArrayList<>();
        for (Quote q : r.quotes()) {
            out.add(new QuoteScore.Found(new Span(q.start(), q.end()),
                    q.cue() == null ? null : new Span(q.cue().start(), q.cue().end()),
                    q.speaker() == null ? null : new Span(q.speaker().start(), q.speaker().end())));
        }
        return out;
    }

    /** CoreNLP's quote annotator with attribution (direct quotes only; content and speaker mention, no cue). */
    public static Attributor coreNlp() {
        CoreNlpQuotes quotes = new CoreNlpQuotes();
        return text -> quotes.quotes(text).stream()
                .map(q -> new QuoteScore.Found(new Span(q.start(), q.end()), null, q.speakerStart() < 0 ? null : new Span(q.speakerStart(), q.speakerEnd())))
                .toList();
    }

    public static SystemResult run(String name, List<PolnearReader.Doc> docs, Attributor system) {
        long t0 = System.nanoTime();
        QuoteScore.Score total = QuoteScore.Score.empty();
        int failed = 0;
        for (PolnearReader.Doc d : docs) {
            List<QuoteScore.Found> found;
            try {
                found = system.attribute(d.text());
            } catch (Exception | StackOverflowError e) { // one article the system cannot handle scores as empty
                failed++;
                found = List.of();
            }
            total = total.plus(QuoteScore.score(d.text(), d.attributions(), found));
        }
        return new SystemResult(name, total, docs.size(), (System.nanoTime() - t0) / 1e9, failed);
    }

    public static List<PolnearReader.Doc> read(Path compartment) throws IOException { return PolnearReader.read(compartment); }

    /** The side-by-side text report. */
    public static String text(Path dir, List<SystemResult> results) {
        StringBuilder sb = new StringBuilder();
        SystemResult first = results.get(0);
        sb.append(String.format(Locale.ROOT, "PolNeAR %s: %d articles, %d gold attributions%n", dir.getFileName(), first.articles(),
                first.score().contentOverlap().gold()));
        sb.append(String.format(Locale.ROOT, "%-22s", ""));
        for (SystemResult r : results) sb.append(String.format(Locale.ROOT, "  %-24s", r.system()));
        sb.append('\n');
        row(sb, results, "source exact", s -> s.sourceExact());
        row(sb, results, "source overlap", s -> s.sourceOverlap());
        row(sb, results, "cue exact", s -> s.cueExact());
        row(sb, results, "cue overlap", s -> s.cueOverlap());
        row(sb, results, "content exact", s -> s.contentExact());
        row(sb, results, "content overlap", s -> s.contentOverlap());
        sb.append(String.format(Locale.ROOT, "%-22s", "direct speaker acc"));
        for (SystemResult r : results) {
            sb.append(String.format(Locale.ROOT, "  %-24s", String.format(Locale.ROOT, "%.3f (%d/%d)", r.score().directAccuracy(), r.score().directCorrect(), r.score().directTotal())));
        }
        sb.append('\n');
        sb.append(String.format(Locale.ROOT, "%-22s", "seconds (ms/article)"));
        for (SystemResult r : results) {
            sb.append(String.format(Locale.ROOT, "  %-24s", String.format(Locale.ROOT, "%.1f (%.0f)%s", r.seconds(), 1000 * r.seconds() / Math.max(1, r.articles()),
                    r.failed() == 0 ? "" : " " + r.failed() + " failed")));
        }
        sb.append("\n(P/R/F1 per cell; exact = equal after trimming quotation marks and edge punctuation; overlap = any shared character, one-to-one)\n");
        for (SystemResult r : results) {
            sb.append("Gold attributions by outcome, ").append(r.system()).append(" (").append(r.score().spurious()).append(" system attributions overlap no gold content):\n");
            r.score().errors().forEach((k, v) -> sb.append(String.format(Locale.ROOT, "  %-32s %d%n", k, v)));
        }
        return sb.toString().stripTrailing();
    }

    private static void row(StringBuilder sb, List<SystemResult> results, String label, Function<QuoteScore.Score, QuoteScore.Counts> f) {
        sb.append(String.format(Locale.ROOT, "%-22s", label));
        for (SystemResult r : results) {
            QuoteScore.Counts c = f.apply(r.score());
            sb.append(String.format(Locale.ROOT, "  %-24s", c.sys() == 0 ? "-" : String.format(Locale.ROOT, "%.3f %.3f %.3f", c.precision(), c.recall(), c.f1())));
        }
        sb.append('\n');
    }
}

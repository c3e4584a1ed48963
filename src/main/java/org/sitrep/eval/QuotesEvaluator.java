package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.sitrep.annotate.CoreNlpQuotes;
import org.sitrep.eval.PolnearReader.Span;
import org.sitrep.model.Article;
import org.sitrep.pipeline.Analyzer;

/**
 * Quotation attribution on PolNeAR (Newell, Margolin & Ruths, LREC 2018): sitrep's quotes stage, and CoreNLP's own
 * quote attribution (direct quotes only, no cue) on the same articles as the baseline. Articles are built straight
 * from the .txt, without ingest heuristics, so that offsets are the annotation's. Both systems' quotes are scored as
 * the corpus's attributions ({@link AttributionUnits}).
 */
public final class QuotesEvaluator implements Evaluator {

    /** An attributor: article text → its attributions. */
    @FunctionalInterface
    public interface Attributor {
        List<QuoteScore.Found> attribute(String text) throws Exception;
    }

    /** One system's scores over the compartment, per article (for the intervals) and in total. */
    record SystemRun(String system, QuoteScore.Score total, List<QuoteScore.Score> perDoc, double seconds, double cpuSeconds, int failed) {}

    private final Path dir;
    private final boolean baseline;
    private final Integer limit;
    private final int skip;
    private final Path errors;

    /**
     * @param dir    a compartment folder (text/ + attributions/); @param limit the first N articles only, or null
     * @param errors file for sitrep's misses and wrong sources, one per line, or null
     */
    public QuotesEvaluator(Path dir, boolean baseline, Integer limit, Path errors) { this(dir, baseline, 0, limit, errors); }

    /** @param skip articles (in name order) left out before the first scored one: a part of train kept back for tuning */
    public QuotesEvaluator(Path dir, boolean baseline, int skip, Integer limit, Path errors) {
        this.dir = dir;
        this.baseline = baseline;
        this.skip = skip;
        this.limit = limit;
        this.errors = errors;
    }

    /** For {@code eval all}: PolNeAR dev (train is for tuning; test is held out). */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path dev = root.resolve("polnear/dev");
        return Files.isDirectory(dev.resolve("attributions")) ? Optional.of(new QuotesEvaluator(dev, true, null, null)) : Optional.empty();
    }

    @Override
    public String name() { return "quotes"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<PolnearReader.Doc> docs = PolnearReader.read(dir);
        docs = docs.subList(Math.min(skip, docs.size()), docs.size());
        if (limit != null) docs = docs.subList(0, Math.min(limit, docs.size()));
        long gold = docs.stream().mapToLong(d -> d.attributions().size()).sum();
        out.printf(Locale.ROOT, "== quotes: PolNeAR %s (%d articles, %d attributions)%n", dir.getFileName(), docs.size(), gold);
        List<SystemRun> runs = new ArrayList<>();
        runs.add(run("sitrep", docs, sitrep(context.analyzer()), errors));
        if (baseline) runs.add(run("corenlp-quote", docs, coreNlp(new CoreNlpQuotes()), null));

        String command = "./sitrep eval quotes --polnear " + NerEvaluator.display(dir) + (skip == 0 ? "" : " --skip " + skip)
                + (limit == null ? "" : " --limit " + limit);
        String dataset = "PolNeAR " + dir.getFileName() + (skip == 0 ? "" : " (after the first " + skip + " articles)")
                + (limit == null ? "" : " (first " + limit + " articles)");
        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (SystemRun r : runs) {
            QuoteScore.Score s = r.total();
            out.printf(Locale.ROOT, "%n-- %s (%.1f s, %.1f CPU s, %.0f ms/article%s)%n", r.system(), r.seconds(), r.cpuSeconds(),
                    1000 * r.seconds() / Math.max(1, docs.size()), r.failed() == 0 ? "" : ", " + r.failed() + " articles failed");
            Map<String, Object> j = new LinkedHashMap<>();
            spans(out, j, "source", s.sourceExact(), s.sourceOverlap(), r, QuoteScore.Score::sourceOverlap);
            spans(out, j, "cue", s.cueExact(), s.cueOverlap(), r, QuoteScore.Score::cueOverlap);
            spans(out, j, "content", s.contentExact(), s.contentOverlap(), r, QuoteScore.Score::contentOverlap);
            out.printf(Locale.ROOT, "   direct-quote speaker accuracy %.4f (%d of %d gold direct quotes with a source)%n",
                    s.directAccuracy(), s.directCorrect(), s.directTotal());
            out.printf(Locale.ROOT, "   gold attributions by outcome: %s; %d system attributions overlap no gold content%n", s.errors(), s.spurious());
            j.put("direct_speaker_accuracy", Fmt.round(s.directAccuracy()));
            j.put("direct_quotes", s.directTotal());
            j.put("gold_by_outcome", s.errors());
            j.put("spurious", s.spurious());
            j.put("seconds", Fmt.round(r.seconds()));
            j.put("cpu_seconds", Fmt.round(r.cpuSeconds()));
            j.put("failed", r.failed());
            boolean ours = r == runs.get(0);
            if (ours) {
                json.putAll(Fmt.json(s.contentOverlap())); // the headline: content spans, overlap
                json.put("n", s.contentOverlap().gold());
                json.putAll(j);
            } else {
                json.put(r.system().replace('-', '_'), j);
            }
            String note = "quotes grouped into the guidelines' attributions: one per cue, outermost only; exact = same span after trimming "
                    + "quotation marks and edge punctuation; overlap = one-to-one, any shared character";
            rows.add(new Row("Attribution: content spans, overlap F1", dataset, r.system(), "f1", s.contentOverlap().f1(),
                    Bootstrap.interval(r.perDoc().stream().map(QuoteScore.Score::contentOverlap).toList(), Counts::f1), s.contentOverlap().gold(), List.of(), command, note));
            if (ours) {
                rows.add(new Row("Attribution: source spans, overlap F1", dataset, r.system(), "f1", s.sourceOverlap().f1(),
                        Bootstrap.interval(r.perDoc().stream().map(QuoteScore.Score::sourceOverlap).toList(), Counts::f1), s.sourceOverlap().gold(), List.of(), command, note));
                rows.add(new Row("Attribution: cue spans, overlap F1", dataset, r.system(), "f1", s.cueOverlap().f1(),
                        Bootstrap.interval(r.perDoc().stream().map(QuoteScore.Score::cueOverlap).toList(), Counts::f1), s.cueOverlap().gold(), List.of(), command, note));
            } else {
                rows.add(new Row("Attribution: source spans, overlap F1", dataset, r.system(), "f1", s.sourceOverlap().f1(),
                        Bootstrap.interval(r.perDoc().stream().map(QuoteScore.Score::sourceOverlap).toList(), Counts::f1), s.sourceOverlap().gold(), List.of(), command,
                        "direct quotes only"));
            }
            rows.add(new Row("Attribution: direct-quote speaker accuracy", dataset, r.system(), "accuracy", s.directAccuracy(),
                    Bootstrap.interval(r.perDoc().stream().map(d -> new Counts(d.directCorrect(), d.directTotal(), d.directTotal())).toList(), Counts::precision),
                    s.directTotal(), List.of(), command, "speaker span overlaps the annotated source"));
        }
        return new Outcome(name(), json, rows);
    }

    private static void spans(PrintStream out, Map<String, Object> j, String what, Counts exact, Counts overlap, SystemRun r,
                              Function<QuoteScore.Score, Counts> perDoc) {
        if (overlap.predicted() == 0) {
            out.printf(Locale.ROOT, "   %-7s -  (the system gives none)%n", what);
            return;
        }
        Bootstrap.Interval ci = Bootstrap.interval(r.perDoc().stream().map(perDoc).toList(), Counts::f1);
        out.printf(Locale.ROOT, "   %-7s exact   %s%n   %-7s overlap %s  F1 95%% interval %s%n", what, Fmt.prf(exact), "", Fmt.prf(overlap), Fmt.ci(ci));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exact", Fmt.json(exact));
        Map<String, Object> o = Fmt.json(overlap);
        o.put("f1_ci95", Fmt.json(ci));
        m.put("overlap", o);
        j.put(what, m);
    }

    static SystemRun run(String name, List<PolnearReader.Doc> docs, Attributor system, Path errors) throws IOException {
        try (PrintStream err = errors == null ? null : new PrintStream(Files.newOutputStream(errors), true, "UTF-8")) {
            return score(name, docs, system, err);
        }
    }

    private static SystemRun score(String name, List<PolnearReader.Doc> docs, Attributor system, PrintStream errors) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long nanos = 0, cpu = 0;
        QuoteScore.Score total = QuoteScore.Score.empty();
        List<QuoteScore.Score> perDoc = new ArrayList<>();
        int failed = 0;
        for (PolnearReader.Doc d : docs) {
            List<QuoteScore.Found> found;
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            try {
                found = system.attribute(d.text());
            } catch (Exception | StackOverflowError e) { // an article a system cannot handle scores as empty
                failed++;
                found = List.of();
            }
            nanos += System.nanoTime() - t0;
            cpu += threads.getCurrentThreadCpuTime() - c0;
            QuoteScore.Score s = QuoteScore.score(d.text(), d.attributions(), found);
            if (errors != null) writeErrors(errors, d, found);
            perDoc.add(s);
            total = total.plus(s);
        }
        return new SystemRun(name, total, perDoc, nanos / 1e9, cpu / 1e9, failed);
    }

    /**
     * One line per gold attribution sitrep got wrong: article, outcome, gold cue, gold source, sitrep's source, and
     * the start of the gold content (tab-separated, newlines flattened), for reading the misses of the tuning split;
     * then one line per sitrep attribution overlapping no gold content (outcome "spurious", sitrep's cue and source),
     * and one per sitrep content that overlaps gold content but lost the one-to-one pairing ("unpaired": its text, then the gold's).
     */
    private static void writeErrors(PrintStream out, PolnearReader.Doc d, List<QuoteScore.Found> found) {
        for (QuoteScore.Judged j : QuoteScore.judge(d.text(), d.attributions(), found)) {
            if (j.outcome().equals("correct")) continue;
            out.println(String.join("\t", d.name(), j.kind() + "." + j.outcome(), excerpt(d.text(), j.gold().cue()),
                    excerpt(d.text(), j.gold().source()), j.hit() == null ? "" : excerpt(d.text(), j.hit().source()),
                    clipped(excerpt(d.text(), j.gold().content()))));
        }
        // What sitrep reports that overlaps no gold content: the precision side, in the same columns (sitrep's cue and source).
        for (QuoteScore.Found f : QuoteScore.spurious(d.attributions(), found)) {
            out.println(String.join("\t", d.name(), "spurious", excerpt(d.text(), f.cue()), "", excerpt(d.text(), f.source()),
                    clipped(excerpt(d.text(), f.content()))));
        }
        // What overlaps gold content but loses the one-to-one pairing: sitrep's content, then the gold content it overlaps.
        for (Span[] u : QuoteScore.unpaired(d.text(), d.attributions(), found)) {
            out.println(String.join("\t", d.name(), "unpaired", clipped(excerpt(d.text(), u[0])), "", "",
                    clipped(excerpt(d.text(), u[1]))));
        }
    }

    private static String clipped(String content) {
        return content.length() > 120 ? content.substring(0, 120) + "…" : content;
    }

    private static String excerpt(String text, Span s) {
        if (s == null) return "";
        return text.substring(Math.max(0, s.start()), Math.min(text.length(), s.end())).replaceAll("\\s+", " ");
    }

    /** sitrep's Analyzer on the raw text, its quotes grouped into PolNeAR's attributions. */
    static Attributor sitrep(Analyzer analyzer) {
        return text -> AttributionUnits.of(analyzer.analyze(new Article("polnear", "polnear", "txt", null, null, null, null, null, null, "en", text, List.of())).quotes());
    }

    /** CoreNLP's quote annotator with attribution: content and speaker mention, no cue. */
    static Attributor coreNlp(CoreNlpQuotes quotes) {
        return text -> AttributionUnits.ofCoreNlp(quotes.quotes(text));
    }
}

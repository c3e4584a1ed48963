package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.sitrep.model.Article;
import org.sitrep.model.TimeRef;
import org.sitrep.pipeline.Analyzer;

/**
 * TempEval-3 Task A style TIMEX3 scoring on TimeML files: strict (exact span) and relaxed (overlap) P/R/F1, type
 * accuracy and value accuracy over relaxed matches, and type/value F1 as TempEval-3 combines them (a relaxed match
 * counts only when the attribute is right too, i.e. attribute F1 = relaxed F1 × attribute accuracy). sitrep reads
 * the TEXT content of each document with the DCT as its publication date.
 */
public final class TimeEvaluator implements Evaluator {

    static final List<Published> PUBLISHED = List.of(
            new Published("HeidelTime-t", "value_f1", 0.7761, "UzZaman et al., SemEval 2013 (TempEval-3), platinum test"),
            new Published("SUTime", "value_f1", 0.6738, "UzZaman et al., SemEval 2013 (TempEval-3), platinum test"));

    private final List<Path> dirs;
    private final int examples;
    private final Path dump;

    /** @param examples how many failures of each kind to show with their context */
    public TimeEvaluator(List<Path> dirs, int examples) {
        this(dirs, examples, null);
    }

    /** @param dump where to write every gold and system expression, matched or not, as TSV (null: nowhere) */
    public TimeEvaluator(List<Path> dirs, int examples, Path dump) {
        this.dirs = List.copyOf(dirs);
        this.examples = examples;
        this.dump = dump;
    }

    /** The evaluator for {@code eval all}: TBAQ-cleaned (TimeBank and AQUAINT) under the data root. */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        List<Path> dirs = new ArrayList<>();
        for (String d : List.of("tempeval3/TimeBank", "tempeval3/AQUAINT")) if (Files.isDirectory(root.resolve(d))) dirs.add(root.resolve(d));
        return dirs.isEmpty() ? Optional.empty() : Optional.of(new TimeEvaluator(dirs, 6));
    }

    @Override
    public String name() { return "time"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<TimeMlReader.Doc> docs = TimeMlReader.readAll(dirs);
        long goldCount = docs.stream().mapToLong(d -> d.timexes().size()).sum();
        out.printf(Locale.ROOT, "%n== time: TimeML %s (%d documents, %d TIMEX3 excluding DCTs)%n",
                dirs.stream().map(NerEvaluator::display).collect(Collectors.joining(" + ")), docs.size(), goldCount);
        Analyzer analyzer = context.analyzer();
        Counts strict = Counts.ZERO, relaxed = Counts.ZERO, typed = Counts.ZERO, valued = Counts.ZERO;
        List<Counts> perDocValue = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        List<Failure> all = new ArrayList<>();
        Map<String, Counts> valueByType = new TreeMap<>();
        long chars = 0, nanos = 0;
        for (TimeMlReader.Doc d : docs) {
            String dct = d.dct() == null || d.dct().length() < 10 ? null : d.dct().substring(0, 10);
            Article a = new Article("timeml-" + d.name(), d.name(), "txt", null, null, null, null, null, dct, "en", d.text(), List.of());
            long t0 = System.nanoTime();
            List<TimeRef> found = analyzer.analyze(a).times();
            nanos += System.nanoTime() - t0;
            chars += d.text().length();
            List<Spans.Item> gold = d.timexes().stream().map(t -> new Spans.Item(t.start(), t.end(), t.type(), t.value())).toList();
            List<Spans.Item> sys = found.stream().map(t -> new Spans.Item(t.start(), t.end(), t.type(), t.value())).toList();
            strict = strict.plus(Spans.match(gold, sys, Spans.Mode.EXACT, false).spans());
            Spans.Matching m = Spans.match(gold, sys, Spans.Mode.OVERLAP, false);
            relaxed = relaxed.plus(m.spans());
            typed = typed.plus(m.labelled());
            valued = valued.plus(m.valued());
            perDocValue.add(m.valued());
            for (Spans.Item g : gold) valueByType.merge(g.label(), new Counts(0, 0, 1), Counts::plus);
            for (Spans.Pair p : m.pairs()) {
                boolean right = p.gold().value() != null && p.gold().value().equals(p.system().value());
                valueByType.merge(p.gold().label(), new Counts(right ? 1 : 0, 1, 0), Counts::plus);
                Failure pair = new Failure(right ? "right" : "wrong value", d, p.gold(), p.system());
                all.add(pair);
                if (!right) failures.add(pair);
            }
            m.missed().forEach(g -> failures.add(new Failure("missed", d, g, null)));
            m.spurious().forEach(s -> failures.add(new Failure("spurious", d, null, s)));
        }
        all.addAll(failures.stream().filter(f -> !f.kind().equals("wrong value")).toList());
        if (dump != null) dump(all, dump);
        double typeAccuracy = relaxed.correct() == 0 ? 0 : (double) typed.correct() / relaxed.correct();
        double valueAccuracy = relaxed.correct() == 0 ? 0 : (double) valued.correct() / relaxed.correct();
        Bootstrap.Interval ci = Bootstrap.interval(perDocValue, Counts::f1);
        out.printf(Locale.ROOT, "-- sitrep strict:  %s%n", Fmt.prf(strict));
        out.printf(Locale.ROOT, "   sitrep relaxed: %s%n", Fmt.prf(relaxed));
        out.printf(Locale.ROOT, "   type accuracy %.4f (type F1 %.4f); value accuracy %.4f; value F1 %.4f, 95%% interval %s%n",
                typeAccuracy, typed.f1(), valueAccuracy, valued.f1(), Fmt.ci(ci));
        out.printf(Locale.ROOT, "   %d characters in %.1f s (whole pipeline)%n", chars, nanos / 1e9);
        out.printf("   by gold type: correct value / relaxed-matched / gold%n");
        valueByType.forEach((t, c) -> out.printf(Locale.ROOT, "     %-9s %4d / %4d / %4d  (recall %.3f, value recall %.3f)%n",
                t, c.correct(), c.predicted(), c.gold(), (double) c.predicted() / Math.max(1, c.gold()), c.recall()));
        report(failures, examples, out);

        Map<String, Object> json = new LinkedHashMap<>(Fmt.json(relaxed));
        json.put("n", goldCount);
        json.put("strict", Fmt.json(strict));
        json.put("type_accuracy", Fmt.round(typeAccuracy));
        json.put("type_f1", Fmt.round(typed.f1()));
        json.put("value_accuracy", Fmt.round(valueAccuracy));
        json.put("value_f1", Fmt.round(valued.f1()));
        json.put("value_f1_ci95", Fmt.json(ci));
        json.put("documents", docs.size());
        json.put("seconds", Fmt.round(nanos / 1e9));
        String dataset = "TempEval-3 TBAQ-cleaned (" + dirs.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(" + "))
                + "; training data, platinum test held out)";
        String command = "./sitrep eval time" + dirs.stream().map(p -> " --timeml " + NerEvaluator.display(p)).collect(Collectors.joining());
        List<Row> rows = List.of(
                new Row("TIMEX3 value F1 (relaxed match × value accuracy, TempEval-3)", dataset, "sitrep", "value_f1", valued.f1(), ci,
                        goldCount, PUBLISHED, command, String.format(Locale.ROOT, "strict F1 %.3f, relaxed F1 %.3f, type acc. %.3f",
                        strict.f1(), relaxed.f1(), typeAccuracy)));
        return new Outcome(name(), json, rows);
    }

    private record Failure(String kind, TimeMlReader.Doc doc, Spans.Item gold, Spans.Item system) {
        String text() {
            Spans.Item i = gold != null ? gold : system;
            return doc.text().substring(i.start(), i.end()).replace('\n', ' ').toLowerCase(Locale.ROOT);
        }
    }

    /** One line per expression: kind, document, DCT, gold text/type/value, system text/type/value, context. */
    private static void dump(List<Failure> pairs, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("kind\tdoc\tdct\tgold_text\tgold_type\tgold_value\tsys_text\tsys_type\tsys_value\tcontext");
        for (Failure f : pairs) {
            Spans.Item i = f.gold() != null ? f.gold() : f.system();
            lines.add(String.join("\t", f.kind(), f.doc().name(), String.valueOf(f.doc().dct()), cell(f.doc(), f.gold()),
                    cell(f.doc(), f.system()), Fmt.context(f.doc().text(), i.start(), i.end(), 60).replaceAll("\\s+", " ")));
        }
        Files.write(file, lines);
    }

    private static String cell(TimeMlReader.Doc doc, Spans.Item i) {
        if (i == null) return "\t\t";
        return doc.text().substring(i.start(), i.end()).replaceAll("\\s+", " ") + "\t" + i.label() + "\t" + i.value();
    }

    /** What fails, grouped so the time stage's owner sees which kinds of expression to work on. */
    private static void report(List<Failure> failures, int examples, PrintStream out) {
        for (String kind : List.of("missed", "wrong value", "spurious")) {
            List<Failure> fs = failures.stream().filter(f -> f.kind().equals(kind)).toList();
            Map<String, Integer> byType = new TreeMap<>(), byText = new HashMap<>();
            for (Failure f : fs) {
                byType.merge(f.gold() != null ? f.gold().label() : f.system().label(), 1, Integer::sum);
                byText.merge(f.text(), 1, Integer::sum);
            }
            out.printf(Locale.ROOT, "   %s: %d %s; most frequent: %s%n", kind, fs.size(), byType, NerEvaluator.top(byText, 12));
            for (Failure f : fs.stream().limit(kind.equals("wrong value") ? 2L * examples : examples).toList()) {
                Spans.Item i = f.gold() != null ? f.gold() : f.system();
                String values = f.kind().equals("wrong value") ? "  gold " + f.gold().label() + " " + f.gold().value()
                        + ", sitrep " + f.system().label() + " " + f.system().value() + " on '"
                        + f.doc().text().substring(f.system().start(), f.system().end()) + "'" : "";
                out.printf(Locale.ROOT, "     %s (DCT %s): …%s…%s%n", f.doc().name(), f.doc().dct(), Fmt.context(f.doc().text(), i.start(), i.end(), 40), values);
            }
        }
    }
}

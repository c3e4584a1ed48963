package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Event coding: PLOVER type accuracy, macro F1, actor match and the confusion matrix on the PLOVER gold records
 * ({@link EventScoring}); weighted F1 on the CASE 2021 Task 2 snippets through a clean class mapping ({@link CaseEvents}).
 * Intervals: percentile bootstrap over records.
 */
public final class EventEvaluator implements Evaluator {

    static final String TASK = "Event type (PLOVER), first event of the sentence";
    static final Published CASE_BEST = new Published("best CASE 2021 Task 2 system (subtask 1, full test set)", "weighted F1", 0.839,
            "Haneczok et al. 2021, CASE @ ACL-IJCNLP");

    private final Path plover;
    private final Path caseFile;
    private final boolean dated;
    private final int misses;

    /** @param caseFile CASE 2021 Task 2 TSV, or null; @param misses wrong records to list */
    public EventEvaluator(Path plover, Path caseFile, boolean dated, int misses) {
        this.plover = plover;
        this.caseFile = caseFile;
        this.dated = dated;
        this.misses = misses;
    }

    /** The evaluator for {@code eval all}: plover-gsr/PLOVER_GSR_CAMEO*.json, and case2021-task2/*.tsv when present. */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        Optional<Path> gold = first(root.resolve("plover-gsr"), "PLOVER_GSR_CAMEO.*\\.json");
        return gold.map(g -> new EventEvaluator(g, first(root.resolve("case2021-task2"), "test_set.*\\.tsv").orElse(null), true, 5));
    }

    static Optional<Path> first(Path dir, String regex) {
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches(regex)).sorted().findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() { return "events"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<PloverGold.Record> records = PloverGold.read(plover);
        EventScoring.Result r = EventScoring.run(records, context.analyzer()::analyze, dated);
        String command = "./sitrep eval events --plover " + NerEvaluator.display(plover) + (caseFile == null ? "" : " --case " + NerEvaluator.display(caseFile));
        out.printf(Locale.ROOT, "== events: PLOVER gold records %s: %d records (%.1f s)%n", plover.getFileName(), r.rows().size(), r.seconds());
        List<String> gold = r.rows().stream().map(EventScoring.Row::gold).toList();
        List<String> predicted = r.rows().stream().map(EventScoring.Row::predicted).toList();
        Map<String, Counts> classes = EventScoring.perClass(gold, predicted);
        double macro = EventScoring.macroF1(classes);
        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String dataset = "PLOVER GSR (CAMEO manual sentences), " + plover.getFileName();
        String note = "sitrep's 2021 PLOVER types mapped to the gold's 2016 names (EventScoring); no published scores for these records";
        Measures m = new Measures(out, json, rows, TASK, dataset, command, note);
        List<EventScoring.Row> rs = r.rows();
        m.share("type_accuracy", rs, EventScoring.Row::correct, x -> true, true, "type right (no event = wrong)");
        m.share("coverage", rs, x -> x.event() != null, x -> true, false, "an event was coded");
        m.share("type_precision", rs, EventScoring.Row::correct, x -> x.event() != null, true, "type right among records with an event");
        Bootstrap.Interval macroCi = EventScoring.interval(gold, predicted, EventScoring::macroF1);
        out.printf(Locale.ROOT, "   %-16s %.4f %s over %d gold classes%n", "macro_f1", macro, Fmt.ci(macroCi), classes.size());
        json.put("macro_f1", Map.of("value", Fmt.round(macro), "ci95", Fmt.json(macroCi)));
        rows.add(new Row(TASK, dataset, "sitrep", "macro_f1", macro, macroCi, r.rows().size(), List.of(), command, note));
        m.share("source_match", rs, x -> Boolean.TRUE.equals(x.sourceHit()), x -> x.sourceHit() != null, true,
                "sitrep's source overlaps a gold source or has its root code");
        m.share("target_match", rs, x -> Boolean.TRUE.equals(x.targetHit()), x -> x.targetHit() != null, true, "the same for targets");
        m.roles("actor_match", rs, EventScoring.Row::sourceHit, EventScoring.Row::targetHit, "source and target roles together");
        Map<String, Map<String, Integer>> confusion = EventScoring.confusion(gold, predicted);
        printConfusion(out, confusion, classes);
        json.put("per_class", perClassJson(classes));
        json.put("confusion", confusion);
        listMisses(out, r);
        if (caseFile != null) caseScores(context, out, json, rows);
        json.put("protocol", "each record's sentence analysed alone; sitrep's first event in the sentence against the gold type; "
                + "actors: span overlap or CAMEO root; bootstrap over records");
        return new Outcome(name(), json, rows);
    }

    private static Map<String, Object> perClassJson(Map<String, Counts> classes) {
        Map<String, Object> out = new LinkedHashMap<>();
        classes.forEach((k, c) -> out.put(k, Map.of("precision", Fmt.round(c.precision()), "recall", Fmt.round(c.recall()), "f1", Fmt.round(c.f1()),
                "n", c.gold())));
        return out;
    }

    private static void printConfusion(PrintStream out, Map<String, Map<String, Integer>> confusion, Map<String, Counts> classes) {
        TreeSet<String> cols = new TreeSet<>();
        confusion.values().forEach(m -> cols.addAll(m.keySet()));
        out.println("   confusion (rows gold, columns sitrep; first 4 letters):");
        StringBuilder head = new StringBuilder(String.format("   %-12s", ""));
        for (String c : cols) head.append(String.format(" %4.4s", c.replace("(none)", "none")));
        out.println(head.append("   P     R     F1"));
        confusion.forEach((g, m) -> {
            StringBuilder line = new StringBuilder(String.format("   %-12.12s", g));
            for (String c : cols) line.append(String.format(" %4s", m.getOrDefault(c, 0) == 0 ? "." : m.get(c)));
            Counts k = classes.get(g);
            out.println(line.append(String.format(Locale.ROOT, "  %.2f  %.2f  %.2f", k.precision(), k.recall(), k.f1())));
        });
    }

    private void listMisses(PrintStream out, EventScoring.Result r) {
        int targets = 0;
        for (EventScoring.Row x : r.rows()) {
            if (!Boolean.FALSE.equals(x.targetHit()) || targets++ >= misses) continue;
            out.printf(Locale.ROOT, "   target miss %s: sitrep %s: %s%n", x.recordId(), x.event() == null || x.event().target() == null ? "-"
                    : x.event().target().text(), x.text().length() > 110 ? x.text().substring(0, 107) + "..." : x.text());
        }
        int shown = 0;
        for (EventScoring.Row x : r.rows()) {
            if (x.correct() || shown++ >= misses) continue;
            out.printf(Locale.ROOT, "   miss %s: gold %s, sitrep %s%s: %s%n", x.recordId(), x.gold(), x.predicted(),
                    x.event() == null ? "" : " (" + x.event().trigger().text() + ")", x.text().length() > 110 ? x.text().substring(0, 107) + "..." : x.text());
        }
    }

    private void caseScores(EvalContext context, PrintStream out, Map<String, Object> json, List<Row> rows) throws IOException {
        long t0 = System.nanoTime();
        List<CaseEvents.Row> cr = CaseEvents.run(CaseEvents.read(caseFile), context.analyzer()::analyze);
        List<String> gold = cr.stream().map(x -> x.snippet().label()).toList();
        List<String> predicted = cr.stream().map(CaseEvents.Row::predicted).toList();
        Map<String, Counts> classes = EventScoring.perClass(gold, predicted);
        double weighted = EventScoring.weightedF1(classes);
        Bootstrap.Interval weightedCi = EventScoring.interval(gold, predicted, EventScoring::weightedF1);
        Map<String, Counts> mappedOnly = new LinkedHashMap<>(classes);
        mappedOnly.keySet().retainAll(CaseEvents.MAPPED);
        double weightedMapped = EventScoring.weightedF1(mappedOnly);
        long coded = predicted.stream().filter(p -> !p.equals(EventScoring.NONE)).count();
        long right = java.util.stream.IntStream.range(0, gold.size()).filter(i -> gold.get(i).equals(predicted.get(i))).count();
        out.printf(Locale.ROOT, "== events: CASE 2021 Task 2 %s: %d snippets, %d with a mapped event, %d right (%.1f s)%n", caseFile.getFileName(),
                cr.size(), coded, right, (System.nanoTime() - t0) / 1e9);
        out.printf(Locale.ROOT, "   weighted_f1 %.4f %s over all %d gold classes (best published 0.839 on the full set); %.4f over the %d classes the "
                + "mapping can produce%n", weighted, Fmt.ci(weightedCi), classes.size(), weightedMapped, mappedOnly.size());
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("weighted_f1", Fmt.round(weighted));
        j.put("weighted_f1_ci95", Fmt.json(weightedCi));
        j.put("weighted_f1_mapped_classes", Fmt.round(weightedMapped));
        j.put("snippets", cr.size());
        j.put("coded", coded);
        j.put("accuracy", Fmt.round((double) right / Math.max(1, cr.size())));
        j.put("per_class", perClassJson(classes));
        json.put("case2021", j);
        String command = "./sitrep eval events --plover " + NerEvaluator.display(plover) + " --case " + NerEvaluator.display(caseFile);
        rows.add(new Row("Event class (CASE 2021 Task 2) through a CAMEO→ACLED mapping", "CASE 2021 Task 2, " + caseFile.getFileName(), "sitrep",
                "weighted_f1", weighted, weightedCi, cr.size(), List.of(CASE_BEST), command,
                "untrained rule coder; classes without a clean CAMEO counterpart count as misses; published score is on the full test set"));
    }
}

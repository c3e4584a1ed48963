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
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * CAMEO actor codes on the PLOVER gold-standard records ({@link ActorScoring} has the protocol). The gold codes only
 * the event's source and target, not every actor of the sentence, so only accuracy over gold actors is measured
 * (as recall: correct / gold), never precision. Intervals: percentile bootstrap over records.
 */
public final class ActorEvaluator implements Evaluator {

    static final String TASK = "Actor codes (CAMEO), accuracy over gold source/target actors";

    /** Measures in report order: name, what it counts, whether it goes into the results table. */
    record Measure(String name, Predicate<ActorScoring.Row> hit, boolean tabled, String meaning) {}

    static final List<Measure> MEASURES = List.of(
            new Measure("aligned_country", ActorScoring.Row::alignedRoot, true, "an entity overlapping the gold text has the gold root (3 letters)"),
            new Measure("aligned_full", ActorScoring.Row::alignedFull, true, "... and the gold sector (first 6 letters)"),
            new Measure("sentence_country", ActorScoring.Row::sentenceRoot, false, "any entity of the sentence has the gold root"),
            new Measure("sentence_full", ActorScoring.Row::sentenceFull, false, "any entity of the sentence has root + sector"),
            new Measure("baseline_country", ActorScoring.Row::baselineRoot, true, "baseline: the sentence's first country code"),
            new Measure("coverage", row -> !row.aligned().isEmpty(), false, "some coded entity overlaps the gold text"));

    private final Path file;
    private final boolean dated;
    private final int misses;

    /** @param dated read each record with its date as publication date; @param misses misses to list in the report */
    public ActorEvaluator(Path file, boolean dated, int misses) {
        this.file = file;
        this.dated = dated;
        this.misses = misses;
    }

    /** The evaluator for {@code eval all}: the PLOVER records file under plover-gsr/ (shared or held-out half). */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path dir = root.resolve("plover-gsr");
        if (!Files.isDirectory(dir)) return Optional.empty();
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("PLOVER_GSR_CAMEO.*\\.json")).sorted().findFirst()
                    .map(p -> new ActorEvaluator(p, true, 5));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public String name() { return "actors"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<PloverGold.Record> records = PloverGold.read(file);
        ActorScoring.Result r = ActorScoring.run(records, context.analyzer()::analyze, dated);
        out.printf(Locale.ROOT, "== actors: PLOVER gold records %s: %d gold actors in %d records, %s (%.1f s)%n", file.getFileName(), r.n(),
                r.records(), dated ? "read with the records' dates" : "undated", r.seconds());
        String command = "./sitrep eval actors --plover " + NerEvaluator.display(file) + (dated ? "" : " --undated");
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("n", r.n());
        json.put("records", r.records());
        json.put("dated", dated);
        List<Row> rows = new ArrayList<>();
        for (Measure m : MEASURES) {
            List<Counts> perRecord = perRecord(r, m.hit());
            Counts total = perRecord.stream().reduce(Counts.ZERO, Counts::plus);
            Bootstrap.Interval ci = Bootstrap.interval(perRecord, Counts::recall);
            out.printf(Locale.ROOT, "   %-17s %.4f %s (%d/%d)  %s%n", m.name(), total.recall(), Fmt.ci(ci), total.correct(), total.gold(), m.meaning());
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("accuracy", Fmt.round(total.recall()));
            j.put("ci95", Fmt.json(ci));
            j.put("correct", total.correct());
            json.put(m.name(), j);
            if (m.tabled()) {
                rows.add(new Row(TASK, "PLOVER GSR (CAMEO manual sentences), " + file.getFileName(),
                        m.name().startsWith("baseline") ? "first country in sentence" : "sitrep", m.name(), total.recall(), ci, total.gold(),
                        List.of(), command, "no published scores for these records"));
            }
        }
        for (String role : List.of("source", "target")) {
            List<ActorScoring.Row> rs = r.rows().stream().filter(x -> x.gold().role().equals(role)).toList();
            out.printf(Locale.ROOT, "   %-7s n=%d  aligned_country %.4f  aligned_full %.4f%n", role, rs.size(), share(rs, ActorScoring.Row::alignedRoot),
                    share(rs, ActorScoring.Row::alignedFull));
        }
        misses(r, out);
        json.put("protocol", "gold actor aligned with entities whose mentions overlap its text; country = first 3 letters, "
                + "full = root + primary sector (6 letters; gold without sector needs a bare 3-letter code); bootstrap over records");
        return new Outcome(name(), json, rows);
    }

    private static double share(List<ActorScoring.Row> rows, Predicate<ActorScoring.Row> p) {
        return rows.isEmpty() ? 0 : (double) rows.stream().filter(p).count() / rows.size();
    }

    /** One Counts per record: correct = gold actors hit, predicted = gold = gold actors (an accuracy as recall). */
    static List<Counts> perRecord(ActorScoring.Result r, Predicate<ActorScoring.Row> hit) {
        Map<String, long[]> byRecord = new LinkedHashMap<>();
        for (ActorScoring.Row row : r.rows()) {
            long[] c = byRecord.computeIfAbsent(row.recordId(), k -> new long[2]);
            if (hit.test(row)) c[0]++;
            c[1]++;
        }
        List<Counts> out = new ArrayList<>();
        byRecord.values().forEach(c -> out.add(new Counts(c[0], c[1], c[1])));
        return out;
    }

    private void misses(ActorScoring.Result r, PrintStream out) {
        for (boolean country : new boolean[] {true, false}) {
            int shown = 0;
            for (ActorScoring.Row row : r.rows()) {
                boolean missed = country ? !row.alignedRoot() : row.alignedRoot() && !row.alignedFull();
                if (shown >= misses || !missed) continue;
                out.printf(Locale.ROOT, "   %s miss %s %s '%s': gold %s, aligned %s, sentence %s%n", country ? "country" : "full", row.recordId(),
                        row.gold().role(), row.gold().text(), row.gold().full(), row.aligned(), row.sentence());
                shown++;
            }
        }
    }
}

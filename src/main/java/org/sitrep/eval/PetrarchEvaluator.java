package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Event coding on PETRARCH2's unit-test records, sitrep's development set for the event coder (the PLOVER records stay
 * the test set): CAMEO root and full-code accuracy of the first event, PLOVER type accuracy through the CAMEO→PLOVER
 * table, coverage, and source/target actor match ({@link PetrarchScoring}); records that are no valid test are listed
 * with why. Intervals: percentile bootstrap over records.
 */
public final class PetrarchEvaluator implements Evaluator {

    static final String TASK = "Event code (CAMEO), first event of the sentence";

    private final Path file;
    private final boolean dated;
    private final int misses;

    public PetrarchEvaluator(Path file, boolean dated, int misses) {
        this.file = file;
        this.dated = dated;
        this.misses = misses;
    }

    /** The unit-test records under a data root (cameo-dictionaries/validation/), if there. */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path f = root.resolve("cameo-dictionaries/validation/PETR.UnitTest.records.xml");
        return Files.isRegularFile(f) ? Optional.of(new PetrarchEvaluator(f, true, 5)) : Optional.empty();
    }

    @Override
    public String name() { return "events_petrarch"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<PetrarchRecords.Record> records = PetrarchRecords.read(file);
        PetrarchScoring.Result r = PetrarchScoring.run(records, PetrarchActors.beside(file), context.analyzer()::analyze, dated);
        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        report(r, out, json, rows, "./sitrep eval events --petrarch " + NerEvaluator.display(file), file.getFileName().toString());
        listMisses(out, r);
        return new Outcome(name(), json, rows);
    }

    /** The scores of {@code r}, printed and put in {@code json} and {@code rows}. */
    static void report(PetrarchScoring.Result r, PrintStream out, Map<String, Object> json, List<Row> rows, String command, String fileName) {
        long noEvent = r.rows().stream().filter(x -> x.record().noEvent()).count();
        out.printf(Locale.ROOT, "== events: PETRARCH unit-test records %s: %d scored (%d with gold events, %d no-event), %d skipped (%.1f s)%n",
                fileName, r.rows().size(), r.rows().size() - noEvent, noEvent, r.skipped().size(), r.seconds());
        Map<String, Integer> reasons = new TreeMap<>();
        for (PetrarchRecords.Record s : r.skipped()) reasons.merge(s.skip().replaceAll(" (code|word) .*", " $1"), 1, Integer::sum);
        out.println("   skipped: " + reasons + " (ids: " + String.join(" ", r.skipped().stream().map(PetrarchRecords.Record::id).toList()) + ")");
        json.put("records", r.rows().size());
        json.put("skipped", reasons);
        String dataset = "PETRARCH2 unit-test records (development set), " + fileName;
        String note = "dev set: the event coder is tuned on it; first event against any gold coding; no-event records right when nothing is coded";
        Measures m = new Measures(out, json, rows, TASK, dataset, command, note);
        List<PetrarchScoring.Row> rs = r.rows();
        Predicate<PetrarchScoring.Row> all = x -> true, withGold = x -> !x.record().noEvent();
        m.share("root_accuracy", rs, PetrarchScoring.Row::rootRight, all, true, "CAMEO root (2 digits) right");
        m.share("code_accuracy", rs, PetrarchScoring.Row::codeRight, all, true, "full CAMEO code right");
        m.share("plover_accuracy", rs, PetrarchScoring.Row::ploverRight, x -> !x.goldPlover().isEmpty(), true,
                "PLOVER type right (records whose gold codes have one)");
        m.share("coverage", rs, x -> x.event() != null, withGold, false, "an event was coded (gold-event records)");
        m.share("root_precision", rs, PetrarchScoring.Row::rootRight, x -> x.event() != null, true, "root right among records with an event");
        m.share("no_event_right", rs, x -> x.event() == null, x -> x.record().noEvent(), false, "nothing coded on the no-event records");
        m.share("source_match", rs, x -> Boolean.TRUE.equals(x.sourceHit()), x -> x.sourceHit() != null, true,
                "sitrep's source is a gold source (code root or a dictionary name of it)");
        m.share("target_match", rs, x -> Boolean.TRUE.equals(x.targetHit()), x -> x.targetHit() != null, true, "the same for targets");
        m.roles("actor_match", rs, PetrarchScoring.Row::sourceHit, PetrarchScoring.Row::targetHit, "source and target roles together");
    }

    private void listMisses(PrintStream out, PetrarchScoring.Result r) {
        int shown = 0;
        for (PetrarchScoring.Row x : r.rows()) {
            boolean actorMiss = Boolean.FALSE.equals(x.sourceHit()) || Boolean.FALSE.equals(x.targetHit());
            if (x.rootRight() && !actorMiss || shown++ >= misses) continue;
            String gold = x.record().noEvent() ? EventScoring.NONE : String.join(" ", x.record().codings().stream()
                    .map(c -> c.source() + ">" + c.target() + ":" + c.code()).distinct().toList());
            String sitrep = x.event() == null ? EventScoring.NONE : String.format("%s>%s:%s (%s)", arg(x.event().source()), arg(x.event().target()),
                    x.predictedCode(), x.event().trigger().text());
            out.printf(Locale.ROOT, "   %s %s: gold %s, sitrep %s: %s%n", x.rootRight() ? "actor miss" : "miss", x.record().id(), gold, sitrep,
                    x.record().text().length() > 120 ? x.record().text().substring(0, 117) + "..." : x.record().text());
        }
    }

    private static String arg(org.sitrep.model.Event.Argument a) {
        return a == null ? "-" : "[" + a.text() + (a.code() == null ? "" : "/" + a.code()) + "]";
    }
}

package org.sitrep.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An evaluator's recall-like measures over per-record counts: each printed with its bootstrap interval, put in the
 * JSON output and, when tabled, in the results table, all in one form.
 */
final class Measures {

    private final PrintStream out;
    private final Map<String, Object> json;
    private final List<Row> rows;
    private final String task, dataset, command, note;

    Measures(PrintStream out, Map<String, Object> json, List<Row> rows, String task, String dataset, String command, String note) {
        this.out = out;
        this.json = json;
        this.rows = rows;
        this.task = task;
        this.dataset = dataset;
        this.command = command;
        this.note = note;
    }

    /** The share of the counted records that hit. */
    <R> void share(String name, List<R> records, Predicate<R> hit, Predicate<R> counted, boolean tabled, String meaning) {
        add(name, records.stream().filter(counted).map(x -> new Counts(hit.test(x) ? 1 : 0, 1, 1)).toList(), tabled, meaning);
    }

    /** Source and target together: each scored role of each record counts once ({@link Counts#ofRoles}). */
    <R> void roles(String name, List<R> records, Function<R, Boolean> source, Function<R, Boolean> target, String meaning) {
        List<Counts> per = new ArrayList<>();
        for (R x : records) {
            Counts roles = Counts.ofRoles(source.apply(x), target.apply(x));
            if (roles != null) per.add(roles);
        }
        add(name, per, true, meaning);
    }

    private void add(String name, List<Counts> per, boolean tabled, String meaning) {
        Counts total = per.stream().reduce(Counts.ZERO, Counts::plus);
        Bootstrap.Interval ci = Bootstrap.interval(per, Counts::recall);
        out.printf(Locale.ROOT, "   %-16s %.4f %s (%d/%d)  %s%n", name, total.recall(), Fmt.ci(ci), total.correct(), total.gold(), meaning);
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("value", Fmt.round(total.recall()));
        j.put("ci95", Fmt.json(ci));
        j.put("n", total.gold());
        json.put(name, j);
        if (tabled) rows.add(new Row(task, dataset, "sitrep", name, total.recall(), ci, total.gold(), List.of(), command, note));
    }
}

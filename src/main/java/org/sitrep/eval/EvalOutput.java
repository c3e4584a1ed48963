package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.report.JsonOutput;
import picocli.CommandLine.Option;

/** Output options every eval subcommand shares, and the loop that runs evaluators and writes what they found. */
public final class EvalOutput {

    @Option(names = "--json", description = "Print one JSON object (precision, recall, f1, n and the task's metrics) on standard output; "
            + "the readable report goes to standard error.")
    boolean json;

    @Option(names = "--write", paramLabel = "FILE", description = "Write the results table (markdown, e.g. EVALUATION.md).")
    Path write;

    /**
     * Runs the evaluators one after another and prints/writes their results.
     *
     * @param nested true when several evaluators run: the JSON object then has one member per evaluator
     */
    int run(List<Evaluator> evaluators, boolean nested, String commandLine) throws IOException {
        PrintStream report = json ? System.err : System.out;
        EvalContext context = new EvalContext();
        Map<String, Object> all = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        long t0 = System.nanoTime();
        for (Evaluator e : evaluators) {
            long t = System.nanoTime();
            Outcome o = e.run(context, report);
            double seconds = (System.nanoTime() - t) / 1e9;
            report.printf(Locale.ROOT, "   (%s: %.1f s including model loading)%n", e.name(), seconds);
            Map<String, Object> j = new LinkedHashMap<>(o.json());
            j.put("run_seconds", Fmt.round(seconds));
            all.put(e.name(), j);
            rows.addAll(o.rows());
            if (e instanceof NerEvaluator) context.releaseBaseline();
        }
        double total = (System.nanoTime() - t0) / 1e9;
        report.printf(Locale.ROOT, "%ntotal run time %.1f s%n", total);
        if (json) {
            Object out = nested ? all : all.values().iterator().next();
            try {
                System.out.println(JsonOutput.mapper().writeValueAsString(out));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("eval results could not be written as JSON", e);
            }
        }
        if (write != null) {
            String info = String.format(Locale.ROOT, "%s, total %.0f s, %d cores, Java %s", LocalDate.now(), total,
                    Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
            ResultsTable.write(write, rows, commandLine, info);
            report.println("wrote " + write);
        }
        return 0;
    }
}

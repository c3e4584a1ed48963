package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval extract}: main-body extraction scored on the Zyte article-extraction benchmark. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Score HTML main-body extraction on the Zyte/Scrapinghub article-extraction benchmark "
                + "(directory with ground-truth.json and html/<id>.html.gz).")
public final class ExtractEvalCommand implements Callable<Integer> {

    /** F1 on all 181 pages, from the benchmark's README; ours is on whatever directory is given. */
    static final Map<String, Double> PUBLISHED = published();

    @Option(names = "--zyte", paramLabel = "DIR", required = true, description = "Benchmark directory (ground-truth.json + html/).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(dir.resolve("ground-truth.json")) || !Files.isDirectory(dir.resolve("html"))) {
            System.err.println("sitrep eval extract: " + dir + " has no ground-truth.json and html/ folder");
            return 2;
        }
        ExtractionEvaluator.Result r = ExtractionEvaluator.run(dir, ExtractionEvaluator.sitrep());
        System.out.println(json ? json(r) : text(r));
        return 0;
    }

    static String json(ExtractionEvaluator.Result r) throws Exception {
        ObjectMapper om = new ObjectMapper();
        ObjectNode o = om.createObjectNode();
        o.put("benchmark", "scrapinghub-article-extraction");
        o.put("n", r.n());
        o.put("precision", r.precision());
        o.put("recall", r.recall());
        o.put("f1", r.f1());
        o.put("accuracy", r.accuracy());
        o.put("precision_sd", r.precisionSd());
        o.put("recall_sd", r.recallSd());
        o.put("f1_sd", r.f1Sd());
        o.put("accuracy_sd", r.accuracySd());
        o.put("bootstrap_resamples", ExtractionEvaluator.BOOTSTRAP);
        o.put("seconds", r.seconds());
        o.put("failed", r.pages().stream().filter(p -> p.error() != null).count());
        ObjectNode pub = o.putObject("published_f1");
        PUBLISHED.forEach(pub::put);
        return om.writeValueAsString(o);
    }

    static String text(ExtractionEvaluator.Result r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("Zyte article extraction, %d pages (%.1f s, %.0f ms/page)%n", r.n(), r.seconds(),
                r.n() == 0 ? 0 : 1000 * r.seconds() / r.n()));
        sb.append(String.format("  precision %.3f ± %.3f%n", r.precision(), r.precisionSd()));
        sb.append(String.format("  recall    %.3f ± %.3f%n", r.recall(), r.recallSd()));
        sb.append(String.format("  F1        %.3f ± %.3f%n", r.f1(), r.f1Sd()));
        sb.append(String.format("  accuracy  %.3f ± %.3f (exact token match)%n", r.accuracy(), r.accuracySd()));
        sb.append("Worst pages (F1):\n");
        for (var p : r.worst(5)) {
            sb.append(String.format("  %.3f  %s%s%n", p.score().f1(), p.id(), p.error() == null ? "" : "  (" + p.error() + ")"));
        }
        sb.append("Published F1 (all 181 pages; score the union of both halves to compare):\n");
        sb.append(String.format("  %-22s %.3f%n", "sitrep (this run)", r.f1()));
        PUBLISHED.forEach((k, v) -> sb.append(String.format("  %-22s %.3f%n", k, v)));
        return sb.toString().stripTrailing();
    }

    private static Map<String, Double> published() {
        Map<String, Double> m = new LinkedHashMap<>();
        ExtractionTask.PUBLISHED.forEach(p -> m.put(p.system(), p.value()));
        return java.util.Collections.unmodifiableMap(m);
    }
}

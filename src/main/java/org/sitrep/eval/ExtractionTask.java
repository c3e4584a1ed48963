package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The article-extraction benchmark as one task of {@code sitrep eval all}. */
final class ExtractionTask implements Evaluator {

    static final List<Published> PUBLISHED = List.of(
            new Published("trafilatura 2.0.0", "f1", 0.958, "Zyte article-extraction-benchmark README (all 181 pages)"),
            new Published("Readability.js 0.6.0", "f1", 0.947, "Zyte article-extraction-benchmark README (all 181 pages)"),
            new Published("boilerpipe (Java)", "f1", 0.860, "Zyte article-extraction-benchmark README (all 181 pages)"));

    private final Path dir;

    ExtractionTask(Path dir) { this.dir = dir; }

    static Optional<Evaluator> fromDataRoot(Path root) {
        Path dir = root.resolve("article-extraction/scrapinghub-aeb");
        return Files.isRegularFile(dir.resolve("ground-truth.json")) ? Optional.of(new ExtractionTask(dir)) : Optional.empty();
    }

    @Override
    public String name() { return "extract"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        ExtractionEvaluator.Result r = ExtractionEvaluator.run(dir, ExtractionEvaluator.sitrep());
        out.println(ExtractEvalCommand.text(r));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision", Fmt.round(r.precision()));
        json.put("recall", Fmt.round(r.recall()));
        json.put("f1", Fmt.round(r.f1()));
        json.put("accuracy", Fmt.round(r.accuracy()));
        json.put("f1_sd", Fmt.round(r.f1Sd()));
        json.put("n", r.n());
        json.put("seconds", Fmt.round(r.seconds()));
        // The benchmark reports bootstrap standard deviations; the table's interval is ±1.96 of them.
        Bootstrap.Interval ci = new Bootstrap.Interval(r.f1() - 1.96 * r.f1Sd(), r.f1() + 1.96 * r.f1Sd());
        Row row = new Row("Article body extraction, shingle F1 (benchmark's metric)",
                "Zyte/Scrapinghub article-extraction benchmark, shared half (90 of 181 pages)", "sitrep", "f1", r.f1(), ci, r.n(),
                PUBLISHED, "./sitrep eval extract --zyte " + NerEvaluator.display(dir),
                String.format(java.util.Locale.ROOT, "P %.3f, R %.3f, exact-match accuracy %.3f; rules were developed on this half",
                        r.precision(), r.recall(), r.accuracy()));
        return new Outcome(name(), json, List.of(row));
    }
}

package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.sitrep.ingest.HtmlArticleReader;
import org.sitrep.ingest.IngestException;

/**
 * The Zyte/Scrapinghub article-extraction benchmark, read in its original layout
 * ({@code ground-truth.json} + {@code html/<id>.html.gz}) and scored with its own metric.
 */
public final class ExtractionEvaluator {

    /** Resamples for the bootstrap standard deviations, as in the benchmark. */
    static final int BOOTSTRAP = 1000;
    /** Fixed so that two runs over the same outputs print the same ± figures. */
    static final long SEED = 42;

    /** One scored page; {@code error} is the reader's reason when it produced no article (scored as empty). */
    public record Page(String id, String url, ShingleScore score, String error) {}

    /** Means over pages, bootstrap standard deviations, and the pages themselves. */
    public record Result(int n, double precision, double recall, double f1, double accuracy,
                         double precisionSd, double recallSd, double f1Sd, double accuracySd,
                         double seconds, List<Page> pages) {

        public List<Page> worst(int k) {
            return pages.stream().sorted(Comparator.comparingDouble((Page p) -> p.score().f1())).limit(k).toList();
        }
    }

    /** The body text a system extracts from raw page bytes. */
    @FunctionalInterface
    public interface Extractor {
        String body(String id, byte[] html) throws IngestException;
    }

    /** sitrep's own extractor: the HTML reader's article text. */
    public static Extractor sitrep() {
        HtmlArticleReader reader = new HtmlArticleReader();
        return (id, html) -> reader.read(id, html, null).text();
    }

    public static Result run(Path dir, Extractor extractor) throws IOException {
        Path truth = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(truth)) throw new IOException("no ground-truth.json in " + dir);
        JsonNode gold = new ObjectMapper().readTree(truth.toFile());
        long t0 = System.nanoTime();
        List<Page> pages = new ArrayList<>();
        for (var it = gold.fields(); it.hasNext(); ) {
            var e = it.next();
            String id = e.getKey();
            byte[] html = gunzip(dir.resolve("html").resolve(id + ".html.gz"));
            String predicted = "", error = null;
            try {
                predicted = extractor.body(id, html);
            } catch (IngestException ex) {
                error = ex.getMessage();
            }
            pages.add(new Page(id, e.getValue().path("url").asText(""),
                    ShingleScore.of(e.getValue().path("articleBody").asText(""), predicted), error));
        }
        return score(pages, (System.nanoTime() - t0) / 1e9);
    }

    static Result score(List<Page> pages, double seconds) {
        double[] m = means(pages);
        Random rnd = new Random(SEED);
        double[][] boot = new double[BOOTSTRAP][];
        for (int b = 0; b < BOOTSTRAP; b++) {
            List<Page> sample = new ArrayList<>(pages.size());
            for (int i = 0; i < pages.size(); i++) sample.add(pages.get(rnd.nextInt(pages.size())));
            boot[b] = means(sample);
        }
        return new Result(pages.size(), m[0], m[1], m[2], m[3],
                sd(boot, 0), sd(boot, 1), sd(boot, 2), sd(boot, 3), seconds, List.copyOf(pages));
    }

    /** precision, recall (means over pages), F1 of those two means, and the exact-match share. */
    static double[] means(List<Page> pages) {
        if (pages.isEmpty()) return new double[] {0, 0, 0, 0};
        double p = 0, r = 0, a = 0;
        for (Page page : pages) {
            p += page.score().precision();
            r += page.score().recall();
            a += page.score().exact() ? 1 : 0;
        }
        int n = pages.size();
        p /= n;
        r /= n;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), a / n};
    }

    private static double sd(double[][] boot, int k) {
        double mean = 0, sq = 0;
        for (double[] b : boot) mean += b[k];
        mean /= boot.length;
        for (double[] b : boot) sq += (b[k] - mean) * (b[k] - mean);
        return Math.sqrt(sq / boot.length);
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}

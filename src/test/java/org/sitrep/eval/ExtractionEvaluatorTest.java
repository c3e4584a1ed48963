package org.sitrep.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractionEvaluatorTest {

    static final String STORY = "The city council voted on Tuesday to repair the old bridge over the river. "
            + "Work will start in the spring and last about two years, the mayor said after the meeting.";

    /** A tiny dataset in the benchmark's own layout. */
    static Path dataset(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("html"));
        Files.writeString(dir.resolve("ground-truth.json"),
                "{\"p1\": {\"url\": \"https://example.org/a\", \"articleBody\": \"" + STORY + "\"}}");
        String html = "<html><head><title>Bridge</title></head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                + "<article><h1>Bridge</h1><p>" + STORY.substring(0, STORY.indexOf(". ") + 1) + "</p><p>"
                + STORY.substring(STORY.indexOf(". ") + 2) + "</p></article>"
                + "<div class=\"share-tools\">Share on Facebook Share on Twitter</div></body></html>";
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/p1.html.gz")))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return dir;
    }

    @Test
    void readsTheOriginalLayoutAndScoresWhatTheExtractorReturns(@TempDir Path tmp) throws Exception {
        Path dir = dataset(tmp);
        var good = ExtractionEvaluator.run(dir, ExtractionEvaluator.sitrep());
        assertThat(good.n()).isEqualTo(1);
        assertThat(good.f1()).isEqualTo(1.0);
        assertThat(good.accuracy()).isEqualTo(1.0);

        var bad = ExtractionEvaluator.run(dir, (id, html) -> "Share on Facebook Share on Twitter Home News");
        assertThat(bad.f1()).isZero();
        var failing = ExtractionEvaluator.run(dir, (id, html) -> {
            throw new org.sitrep.ingest.IngestException("nothing here");
        });
        assertThat(failing.recall()).isZero();
        assertThat(failing.pages().get(0).error()).isEqualTo("nothing here");
    }

    @Test
    void commandPrintsOneJsonObject(@TempDir Path tmp) throws Exception {
        Path dir = dataset(tmp);
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            code = new CommandLine(new ExtractEvalCommand()).execute("--zyte", dir.toString(), "--json");
        } finally {
            System.setOut(old);
        }
        assertThat(code).isZero();
        var json = new ObjectMapper().readTree(buf.toString(StandardCharsets.UTF_8));
        assertThat(json.get("n").asInt()).isEqualTo(1);
        assertThat(json.get("f1").asDouble()).isEqualTo(1.0);
        for (String k : new String[] {"precision", "recall", "accuracy", "f1_sd", "seconds"}) assertThat(json.has(k)).as(k).isTrue();
        assertThat(new CommandLine(new ExtractEvalCommand()).execute("--zyte", tmp.resolve("missing").toString())).isEqualTo(2);
    }

    @Test
    void sharedHalfScoresAtLeast095() throws Exception {
        String shared = System.getProperty("sitrep.shared");
        assumeThat(shared).as("sitrep.shared").isNotNull();
        Path dir = Path.of(shared, "data/article-extraction/scrapinghub-aeb");
        assumeThat(Files.isRegularFile(dir.resolve("ground-truth.json"))).as("shared benchmark present").isTrue();
        var r = ExtractionEvaluator.run(dir, ExtractionEvaluator.sitrep());
        System.out.println(ExtractEvalCommand.text(r));
        assertThat(r.n()).isEqualTo(90);
        assertThat(r.f1()).isGreaterThanOrEqualTo(0.95);
    }
}

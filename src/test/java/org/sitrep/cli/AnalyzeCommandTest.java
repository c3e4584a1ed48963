package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.BadInputs;
import org.sitrep.report.JsonOutput;

/**
 * The analyze command as a script sees it: exit code, JSON lines on stdout, one line per failed input on stderr.
 * Only two tests run the analyzer (each call loads it); the usage errors return before loading.
 */
class AnalyzeCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        List<String> outLines() { return out.lines().toList(); }

        List<String> errLines() { return err.lines().toList(); }
    }

    static synchronized Run run(InputStream stdin, String... args) {
        PrintStream out = System.out, err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(stdin);
            int exit = Main.commandLine().execute(args);
            System.out.flush();
            System.err.flush();
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    static Run run(String... args) { return run(InputStream.nullInputStream(), args); }

    @Test
    void badInputsAreReportedOneLineEachAndTheGoodOnesStillPrinted() throws IOException {
        Map<Path, String> bad = BadInputs.write(dir);
        List<String> args = new ArrayList<>(List.of("analyze", "--format", "json", "--threads", "2", BadInputs.goodStory(dir).toString()));
        bad.keySet().forEach(p -> args.add(p.toString()));
        args.add(BadInputs.mixedJsonl(dir).toString());

        Run r = run(args.toArray(String[]::new));

        assertThat(r.exit()).isEqualTo(Main.SOME_FAILED);
        List<String> expected = new ArrayList<>();
        bad.forEach((p, reason) -> expected.add("sitrep: " + p + ": " + reason));
        expected.add("sitrep: " + dir.resolve("mixed.jsonl") + ":2: not a JSON object");
        assertThat(r.errLines()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) assertThat(r.errLines().get(i)).startsWith(expected.get(i));

        List<String> sources = new ArrayList<>();
        for (String line : r.outLines()) sources.add(JsonOutput.mapper().readTree(line).at("/article/source").asText());
        assertThat(sources).containsExactly(dir.resolve("good.txt").toString(), dir.resolve("mixed.jsonl") + ":1", dir.resolve("mixed.jsonl") + ":3");
    }

    @Test
    void standardInputWithPublishedResolvesRelativeDatesAndExitsZero() throws IOException {
        var stdin = new ByteArrayInputStream(BadInputs.STORY.getBytes(StandardCharsets.UTF_8));
        Run r = run(stdin, "analyze", "-", "--published", "2021-07-12", "--format", "json");

        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(Main.OK);
        assertThat(r.outLines()).hasSize(1);
        JsonNode reading = JsonOutput.mapper().readTree(r.outLines().get(0));
        assertThat(reading.at("/article/source").asText()).isEqualTo("-");
        assertThat(reading.at("/article/published").asText()).isEqualTo("2021-07-12");
        // 2021-07-12 is a Monday: "on Monday" is that day, "on Wednesday" two days later.
        List<String> values = new ArrayList<>();
        reading.get("times").forEach(t -> values.add(t.get("text").asText() + "=" + t.get("value").asText()));
        assertThat(values).contains("Monday=2021-07-12", "Wednesday=2021-07-14");
    }

    @Test
    void usageErrorsExitTwoWithoutOutput() throws IOException {
        Path good = BadInputs.goodStory(dir);
        for (String[] args : List.of(
                new String[] {"analyze", "--no-such-option", good.toString()},
                new String[] {"analyze", "--published", "2021-13-40", good.toString()},
                new String[] {"analyze", "--published", "yesterday", good.toString()},
                new String[] {"analyze", "--format", "xml", good.toString()},
                new String[] {"analyze", "--input-format", "pdf", good.toString()},
                new String[] {"analyze"})) {
            Run r = run(args);
            assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Main.USAGE);
            assertThat(r.out()).as(String.join(" ", args)).isEmpty();
            assertThat(r.err()).as(String.join(" ", args)).isNotBlank();
        }
    }
}

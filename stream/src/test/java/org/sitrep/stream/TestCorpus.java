package org.sitrep.stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.report.JsonOutput;

/**
 * The inputs of the stream tests: the bundled example (a text file) and the first {@code n} articles of the shared
 * news-raw corpus (JSON Lines), plus an exact copy of one of them (same content hash: stored once) and a near copy
 * (one sentence more: stored and linked to its original), so the check covers deduplication too.
 */
final class TestCorpus {

    private TestCorpus() {}

    static List<String> write(Path dir, int n) throws Exception {
        Path shared = Path.of(System.getProperty("sitrep.shared", "../../shared")).resolve("data/news-raw/news-raw.jsonl");
        assumeTrue(Files.exists(shared), "shared data not present: " + shared);
        Path example = Path.of(System.getProperty("sitrep.examples", "../examples")).resolve("nrt-2019-11-19-isis-prison-breaks.txt");
        Path inputs = Files.createDirectories(dir.resolve("inputs"));
        Path text = Files.copy(example, inputs.resolve(example.getFileName()));
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(shared, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null && lines.size() < n; line = r.readLine()) {
                if (!line.isBlank()) lines.add(line);
            }
        }
        ObjectNode copied = (ObjectNode) JsonOutput.mapper().readTree(lines.get(2));
        lines.add(copied.put("outlet", "copy-desk").toString());
        ObjectNode near = (ObjectNode) JsonOutput.mapper().readTree(lines.get(5));
        lines.add(near.put("outlet", "rewrite-desk").put("text", near.get("text").asText() + "\n\nThe agency contributed to this report.").toString());
        Path jsonl = Files.write(inputs.resolve("news.jsonl"), lines, StandardCharsets.UTF_8);
        return List.of(text.toString(), jsonl.toString());
    }
}

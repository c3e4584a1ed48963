package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Provenance;
import picocli.CommandLine;

/**
 * ingest, search, export and stats on a store ingested with the light annotator; the store's own filters are in
 * StoreTest. {@link PostgresSearchCommandTest} runs the same commands with {@code --db postgresql://…}.
 */
class SearchCommandTest {

    @TempDir
    Path dir;

    /** The --db value of this test's store called {@code name}: a file in the test's folder. */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    private String run(Object command, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            code = new CommandLine(command).execute(args);
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private int code;

    private String store() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"title":"Flood","text":"Heavy rain flooded the capital on Tuesday. Rescue teams moved hundreds of families to schools. The weather service expects more rain.","date":"2020-01-02","outlet":"AP"}
                {"title":"=HYPERLINK(\\"x\\")","text":"A \\u001b[31mred\\u001b[0m escape and a formula title. Nothing else happened in the town that day, the mayor said.","date":"2020-01-03","outlet":"Evil"}
                """);
        String db = location("s.db");
        run(new IngestCommand(() -> new Analyzer(new LightAnnotator(0)), Provenance.current().withModels("test-light")), in.toString(), "--db", db,
                "--error-log", dir.resolve("ingest-errors.log").toString()); // not ./sitrep-data, the default for a PostgreSQL store
        assertThat(code).isZero();
        return db;
    }

    @Test
    void searchPrintsHitsWithTheirEvidenceAndEscapesUntrustedText() throws Exception {
        String db = store();
        String table = run(new SearchCommand(), "rescue families", "--db", db.toString());
        assertThat(code).isZero();
        assertThat(table).contains("2020-01-02  AP").contains("\u201cRescue teams moved hundreds of families to schools.\u201d");
        String evil = run(new SearchCommand(), "escape", "--db", db.toString());
        assertThat(evil).doesNotContain("\u001b").contains("red");
        String csv = run(new SearchCommand(), "escape", "--db", db.toString(), "--format", "csv");
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("event_date,time_precision,event_type,sub_event_type,actor1,actor2,country");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(run(new SearchCommand(), "--db", db.toString(), "--near", "91,0")).isEmpty();
        assertThat(code).isEqualTo(Main.USAGE);
        run(new SearchCommand(), "x", "--db", missing());
        assertThat(code).isEqualTo(Main.USAGE);
    }

    /** A --db value where no store is. */
    String missing() {
        return dir.resolve("none.db").toString();
    }

    @Test
    void exportAndStats() throws Exception {
        String db = store();
        String jsonl = run(new ExportCommand(), "--db", db.toString(), "--format", "jsonl", "--since", "2020-01-03");
        assertThat(jsonl.lines()).hasSize(1);
        assertThat(jsonl).contains("\"sitrep\":\"" + org.sitrep.model.Reading.CONTRACT_VERSION + "\"");
        String geo = run(new ExportCommand(), "--db", db.toString(), "--format", "geojson");
        assertThat(geo).startsWith("{\"type\":\"FeatureCollection\"");
        String stats = run(new StatsCommand(), "--db", db.toString());
        assertThat(stats).contains("articles    2").contains("written by");
    }
}

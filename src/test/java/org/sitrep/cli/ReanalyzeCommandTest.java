package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;
import picocli.CommandLine;

/** {@code sitrep reanalyze} end to end with the light annotator: only stale articles, then --all. */
class ReanalyzeCommandTest {

    @TempDir
    Path dir;

    private String lastErr = "";

    /** The --db value of this test's store called {@code name}: a file in its folder (PostgresReanalyzeCommandTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    private int run(Object cmd, String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new CommandLine(cmd).execute(args);
        } finally {
            System.setErr(old);
            lastErr = err.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void reanalysesWhatAnOlderVersionWroteThenNothing() throws Exception {
        Path in = IngestFixtures.jsonl(dir.resolve("a.jsonl"), 8, 3);
        String db = location("db/s.db");
        String log = dir.resolve("ingest-errors.log").toString(); // not ./sitrep-data, the default for a PostgreSQL store
        Provenance old = Provenance.current().withModels("light v1"), now = Provenance.current().withModels("light v2");
        assertThat(run(new IngestCommand(() -> new Analyzer(new LightAnnotator(0)), old), in.toString(), "--db", db, "--error-log", log,
                "--threads", "2", "--no-progress")).isZero();
        ReanalyzeCommand cmd = new ReanalyzeCommand(() -> new Analyzer(new LightAnnotator(0)), now);
        assertThat(run(cmd, "--db", db, "--error-log", log, "--threads", "2", "--no-progress")).isZero();
        assertThat(lastErr).contains("8 articles re-analysed, 0 failed").contains("0 still stale");
        try (Store s = Store.open(db, now)) {
            assertThat(s.stale()).isEmpty();
            assertThat(s.stats().articles()).isEqualTo(8);
            assertThat(s.stats().stories()).isEqualTo(8);
        }
        assertThat(run(new ReanalyzeCommand(() -> new Analyzer(new LightAnnotator(0)), now), "--db", db, "--error-log", log)).isZero();
        assertThat(lastErr).contains("nothing to do");
        assertThat(run(new ReanalyzeCommand(() -> new Analyzer(new LightAnnotator(0)), now), "--db", db, "--error-log", log, "--all", "--no-progress")).isZero();
        assertThat(lastErr).contains("8 articles re-analysed");
        assertThat(run(new ReanalyzeCommand(), "--db", dir.resolve("none.db").toString())).isEqualTo(Main.USAGE);
    }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with a real process: a child JVM runs {@code sitrep ingest} (the product's command, with the light
 * annotator), is killed with SIGKILL in the middle of the run, and a second run completes the store. Every article
 * must then be stored exactly once, and none half-written.
 */
class IngestKillTest {

    static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void killMinus9ThenRerunStoresEveryArticleExactlyOnce() throws Exception {
        Path in = IngestFixtures.jsonl(dir.resolve("in.jsonl"), ARTICLES, 7);
        Path db = dir.resolve("store/s.db");
        Process child = child(in, db, 60).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        long stored = 0;
        while (System.nanoTime() < deadline && child.isAlive() && (stored = count(db, "SELECT count(*) FROM articles")) < 10) {
            Thread.sleep(50);
        }
        assertThat(child.isAlive()).as("the child is still ingesting when killed").isTrue();
        child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no finally blocks, an open transaction
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL
        long afterKill = count(db, "SELECT count(*) FROM articles");
        assertThat(afterKill).isBetween(10L, (long) ARTICLES - 1);
        consistent(db);

        Process again = child(in, db, 0).start();
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).isZero();
        assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(ARTICLES);
        assertThat(count(db, "SELECT count(DISTINCT content_hash) FROM articles")).isEqualTo(ARTICLES);
        assertThat(count(db, "SELECT count(*) FROM articles WHERE input LIKE '%in.jsonl:%'")).isEqualTo(ARTICLES);
        consistent(db);
    }

    /** No half-written article: every article has its full-text row, its LSH keys, a sighting and a story; no orphans. */
    private static void consistent(Path db) throws Exception {
        long articles = count(db, "SELECT count(*) FROM articles");
        assertThat(count(db, "SELECT count(*) FROM articles_fts")).isEqualTo(articles);
        assertThat(count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM lsh l WHERE l.article_id = a.id)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sightings s WHERE s.article_id = a.id)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM sightings s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM articles WHERE raw IS NULL OR reading IS NULL")).isZero();
        // the story is written in the article's transaction: no article without one, no story without an article
        assertThat(count(db, "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_articles x WHERE x.article_id = a.id)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM story_articles x WHERE x.story_id = s.id)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM stories")).isEqualTo(count(db, "SELECT count(DISTINCT story_id) FROM story_articles"));
    }

    private static long count(Path db, String sql) throws Exception {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=10000");
            try (ResultSet rs = s.executeQuery(sql)) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) { // the schema is not created yet
            if (String.valueOf(e.getMessage()).contains("no such table")) return 0;
            throw e;
        }
    }

    private static ProcessBuilder child(Path in, Path db, long delayMillis) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = List.of(java, "-Xmx512m", "-Dsitrep.test.delay=" + delayMillis, "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), in.toString(), "--db", db.toString(), "--threads", "2", "--no-progress");
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    }
}

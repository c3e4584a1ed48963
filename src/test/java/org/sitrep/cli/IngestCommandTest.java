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
import org.sitrep.store.Query;
import org.sitrep.store.Stats;
import org.sitrep.store.Store;
import picocli.CommandLine;

/** Ingest end to end (readers, analysis pool, single writer, store) with the light annotator instead of CoreNLP. */
class IngestCommandTest {

    @TempDir
    Path dir;

    private int ingest(String... args) {
        IngestCommand cmd = new IngestCommand(() -> new Analyzer(new LightAnnotator(0)), Provenance.current().withModels("test-light"));
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

    private String lastErr = "";

    private Stats stats(Path db) throws Exception {
        try (Store s = Store.open(db)) {
            return s.stats();
        }
    }

    @Test
    void sameInputTwiceAddsNothing() throws Exception {
        Path in = IngestFixtures.jsonl(dir.resolve("a.jsonl"), 12, 1);
        Path db = dir.resolve("db/s.db");
        assertThat(ingest(in.toString(), "--db", db.toString(), "--threads", "2")).isZero();
        assertThat(stats(db).articles()).isEqualTo(12);
        assertThat(ingest(in.toString(), "--db", db.toString())).isZero();
        assertThat(lastErr).contains("0 articles added").contains("12 already stored");
        Stats s = stats(db);
        assertThat(s.articles()).isEqualTo(12);
        assertThat(s.sightings()).isEqualTo(12);
        assertThat(s.topOutlets()).containsKeys("Outlet 0", "Outlet 1", "Outlet 2");
    }

    @Test
    void feedsAndWarcsAreIngestedAndBadOnesReportedWhileTheRestGoesOn() throws Exception {
        Path feeds = Files.createDirectories(dir.resolve("in"));
        IngestFixtures.rss(feeds.resolve("wire.rss"), 3, 2);
        Files.writeString(feeds.resolve("broken.xml"), "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>x</item></rss>");
        IngestFixtures.warc(feeds.resolve("crawl.warc"), 2, 3, false);
        IngestFixtures.warc(feeds.resolve("cut.warc"), 2, 4, true);
        Files.writeString(feeds.resolve("junk.warc"), "this is not an archive\n");
        Path db = dir.resolve("s.db");
        int code = ingest(feeds.toString(), "--db", db.toString());
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(lastErr).contains("broken.xml: not a valid RSS or Atom feed")
                .contains("cut.warc#record 3: truncated or malformed WARC record")
                .contains("junk.warc: not a WARC file")
                .contains("wire.rss#item4: feed item has no text");
        // 3 feed items + 2 pages of the good archive + the 2 pages before the cut
        assertThat(stats(db).articles()).isEqualTo(7);
        String log = Files.readString(dir.resolve("ingest-errors.log"));
        assertThat(log).contains("broken.xml").contains("junk.warc").contains("cut.warc");
        try (Store s = Store.open(db)) {
            assertThat(s.search(Query.text("").withLimit(50))).extracting(h -> h.url())
                    .contains("https://example.org/feed/0", "https://example.org/page/1");
            assertThat(s.search(Query.text("").withLimit(50))).filteredOn(h -> "Example Wire".equals(h.publisher())).hasSize(3);
        }
    }

    @Test
    void nonHttpUrlsAreRefusedWithAReason() throws Exception {
        int code = ingest("ftp://example.org/feed.xml", "--db", dir.resolve("s.db").toString());
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(lastErr).contains("ftp://example.org/feed.xml: only http and https URLs are fetched");
    }
}

package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Hit;
import org.sitrep.store.Provenance;
import org.sitrep.store.Query;
import org.sitrep.store.Store;
import picocli.CommandLine;

/**
 * Feed and page URLs and OPML lists, ingested end to end against a local HTTP server on a free loopback port (no
 * other network), with the light annotator instead of CoreNLP.
 */
class FeedUrlTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private String base;
    private String lastErr = "";

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/wire.rss", "application/rss+xml", feed("wire", 3, 11), false);
        serve("/other.xml", "text/xml", feed("other", 2, 12), true); // chunked, no Content-Length
        serve("/story.html", "text/html; charset=utf-8", page(13), false);
        serve("/notes.txt", "text/plain", "just some notes, no markup at all\n".getBytes(StandardCharsets.UTF_8), false);
        serve("/huge-fixed.rss", "application/rss+xml", new byte[20_000], false);
        serve("/huge-chunked.rss", "application/rss+xml", new byte[20_000], true);
        server.createContext("/to-file", x -> {
            x.getResponseHeaders().set("Location", "file:///etc/passwd");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/moved.rss", x -> {
            x.getResponseHeaders().set("Location", "/wire.rss");
            x.sendResponseHeaders(301, -1);
            x.close();
        });
        server.createContext("/", x -> { // anything not served above
            x.sendResponseHeaders(404, -1);
            x.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() { server.stop(0); }

    @ParameterizedTest
    @ValueSource(strings = {"/wire.rss", "/moved.rss"})
    void feedUrlItemsBecomeArticles(String path) throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(ingest(base + path, "--db", db.toString())).as(lastErr).isZero();
        assertThat(hits(db)).extracting(Hit::url).containsExactlyInAnyOrder(
                "https://example.org/wire/0", "https://example.org/wire/1", "https://example.org/wire/2");
        assertThat(hits(db)).extracting(Hit::publisher).containsOnly("Wire wire");
    }

    @Test
    void opmlFeedsAreIngestedAndAFailingOneIsReportedWhileTheRestGoesOn() throws Exception {
        Path opml = dir.resolve("feeds.opml");
        Files.writeString(opml, """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0"><head><title>subs</title></head><body>
                  <outline text="news">
                    <outline text="wire" type="rss" xmlUrl="%1$s/wire.rss"/>
                    <outline text="folder"><outline text="other" type="rss" xmlUrl="%1$s/other.xml"/></outline>
                  </outline>
                  <outline text="gone" type="rss" xmlUrl="%1$s/gone.rss"/>
                  <outline text="a site, not a feed" htmlUrl="%1$s/story.html"/>
                </body></opml>
                """.formatted(base));
        Path db = dir.resolve("s.db");
        assertThat(ingest(opml.toString(), "--db", db.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(hits(db)).hasSize(5);
        assertThat(lastErr.lines().filter(l -> l.startsWith("sitrep: "))).containsExactly("sitrep: " + base + "/gone.rss: HTTP status 404 (expected 200)");
    }

    @Test
    void opmlAtAUrlIsExpandedOneLevelDeep() throws Exception {
        serve("/subs.opml", "text/x-opml", """
                <?xml version="1.0"?><opml version="2.0"><body>
                  <outline text="wire" xmlUrl="/wire.rss"/>
                  <outline text="other" xmlUrl="%1$s/other.xml"/>
                  <outline text="a list of lists" xmlUrl="%1$s/subs.opml"/>
                </body></opml>
                """.formatted(base).getBytes(StandardCharsets.UTF_8), false);
        Path db = dir.resolve("s.db");
        assertThat(ingest(base + "/subs.opml", "--db", db.toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(hits(db)).hasSize(5); // three wire items (a relative xmlUrl) and two other items
        assertThat(lastErr.lines().filter(l -> l.startsWith("sitrep: ")))
                .containsExactly("sitrep: " + base + "/subs.opml: an OPML list inside an OPML list is not followed");
    }

    @Test
    void opmlWithADoctypeIsRefused() throws Exception {
        Path opml = dir.resolve("evil.xml"); // sniffed as OPML by its root, whatever the extension
        Files.writeString(opml, "<?xml version=\"1.0\"?><!DOCTYPE opml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<opml><body><outline xmlUrl=\"" + base + "/wire.rss\" text=\"&x;\"/></body></opml>");
        assertThat(ingest(opml.toString(), "--db", dir.resolve("s.db").toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(lastErr).contains("evil.xml: not a valid OPML file").contains("DOCTYPE");
    }

    @Test
    void htmlPageUrlIsOneArticle() throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(ingest(base + "/story.html", "--db", db.toString())).as(lastErr).isZero();
        assertThat(hits(db)).singleElement().satisfies(h -> {
            assertThat(h.url()).isEqualTo(base + "/story.html");
            assertThat(h.title()).isEqualTo("A page story");
        });
    }

    @ParameterizedTest
    @CsvSource({
        "/huge-fixed.rss,   too large: 20000 bytes (the limit is 4000 bytes; raise it with --max-bytes)",
        "/huge-chunked.rss, too large: more than 4000 bytes (the limit is 4000 bytes",
        "/gone.rss,         HTTP status 404",
        "/to-file,          redirected to a URL that is not http(s): file:///etc/passwd",
        "/notes.txt,        not a feed or an HTML page (Content-Type: text/plain)",
    })
    void badUrlsAreOneClearLineAndNothingIsStored(String path, String why) throws Exception {
        Path db = dir.resolve("s.db");
        assertThat(ingest(base + path, "--db", db.toString(), "--max-bytes", "4000")).isEqualTo(Main.SOME_FAILED);
        assertThat(lastErr).contains("sitrep: " + base + path + ": " + why);
        assertThat(hits(db)).isEmpty();
    }

    @Test
    void refusedPortIsAClearLine() throws Exception {
        server.stop(0); // nothing listens on the port any more
        assertThat(ingest(base + "/wire.rss", "--db", dir.resolve("s.db").toString())).isEqualTo(Main.SOME_FAILED);
        assertThat(lastErr).contains(base + "/wire.rss: cannot connect");
    }

    private void serve(String path, String type, byte[] body, boolean chunked) {
        server.createContext(path, x -> {
            x.getResponseHeaders().set("Content-Type", type);
            x.sendResponseHeaders(200, chunked ? 0 : body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            } catch (java.io.IOException clientWentAway) { // the fetcher drops a body past the cap
            }
        });
    }

    /** An RSS feed whose items all have text (the shared fixture adds one without). */
    private static byte[] feed(String name, int items, long seed) {
        Random r = new Random(seed);
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Wire ")
                .append(name).append("</title><link>https://example.org</link><description>news</description>\n");
        for (int i = 0; i < items; i++) {
            sb.append("<item><title>").append(name).append(" story ").append(i).append("</title><link>https://example.org/")
                    .append(name).append('/').append(i).append("</link><pubDate>Mon, 18 Nov 2019 10:00:00 GMT</pubDate><description><![CDATA[<p>")
                    .append(IngestFixtures.story(r)).append("</p><p>").append(IngestFixtures.story(r)).append("</p>]]></description></item>\n");
        }
        return sb.append("</channel></rss>\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] page(long seed) {
        Random r = new Random(seed);
        return ("<!doctype html><html><head><title>A page story</title></head><body><article><h1>A page story</h1><p>"
                + IngestFixtures.story(r) + "</p><p>" + IngestFixtures.story(r) + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    }

    private List<Hit> hits(Path db) throws Exception {
        if (!Files.exists(db)) return List.of();
        try (Store s = Store.open(db)) {
            return s.search(Query.text("").withLimit(50));
        }
    }

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
}

package org.sitrep.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Webhooks against a local HTTP server (one failing attempt, then success; a dead hook) and the Atom feed's escaping. */
class WatchDeliveryTest {

    @TempDir
    Path dir;
    Path db;
    HttpServer server;
    final AtomicInteger failFirst = new AtomicInteger();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> rules = new CopyOnWriteArrayList<>();
    final Watcher watcher = new Watcher(new Webhooks(Duration.ofMillis(5)));

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("sitrep.db");
        try (Store s = Store.open(db)) {
            s.putAll(WatchFixture.readings());
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            int status = failFirst.getAndDecrement() > 0 ? 503 : 204;
            if (status == 204) {
                bodies.add(new String(body, StandardCharsets.UTF_8));
                rules.add(ex.getRequestHeaders().getFirst("X-Sitrep-Rule"));
            }
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String hook() { return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook"; }

    private void add(String name, String webhook) throws Exception {
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(new WatchRule(name, List.of("ISIS"), List.of("ASSAULT"), List.of("planned", "threatened"), List.of("IQ", "SY"), null, List.of(), 0, webhook), false);
        }
    }

    @Test
    void aFailedAttemptIsRetriedAndLogged() throws Exception {
        add("prison-breaks", hook());
        failFirst.set(1);
        Watcher.Result r = watcher.run(db);
        assertThat(r.matches()).hasSize(1);
        assertThat(r.delivered()).isEqualTo(1);
        assertThat(r.undelivered()).isZero();
        assertThat(bodies).hasSize(1);
        JsonNode j = new ObjectMapper().readTree(bodies.get(0));
        assertThat(j.get("rule").asText()).isEqualTo("prison-breaks");
        assertThat(j.get("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(j.get("modality").asText()).isEqualTo("planned");
        assertThat(j.get("title").asText()).isEqualTo("Attack planned on Raqqa prison");
        assertThat(rules).containsExactly("prison-breaks");
        try (WatchStore ws = WatchStore.open(db)) {
            List<WatchStore.Delivery> log = ws.deliveries("prison-breaks");
            assertThat(log).extracting(WatchStore.Delivery::attempt).containsExactly(1, 2);
            assertThat(log).extracting(WatchStore.Delivery::status).containsExactly(503, 204);
            assertThat(log.get(0).error()).isEqualTo("HTTP 503");
            assertThat(log.get(1).error()).isNull();
        }
        assertThat(watcher.run(db).matches()).isEmpty(); // delivered once: a second check sends nothing
        assertThat(bodies).hasSize(1);
    }

    @Test
    void aDeadHookIsTriedThreeTimes() throws Exception {
        add("dead", hook());
        failFirst.set(100);
        Watcher.Result r = watcher.run(db);
        assertThat(r.delivered()).isZero();
        assertThat(r.undelivered()).isEqualTo(1);
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.deliveries("dead")).extracting(WatchStore.Delivery::status).containsExactly(503, 503, 503);
        }
    }

    @Test
    void anUnreachableHookIsLoggedWithItsError() throws Exception {
        int port = server.getAddress().getPort();
        server.stop(0);
        add("gone", "http://127.0.0.1:" + port + "/hook");
        Watcher.Result r = watcher.run(db);
        assertThat(r.undelivered()).isEqualTo(1);
        try (WatchStore ws = WatchStore.open(db)) {
            List<WatchStore.Delivery> log = ws.deliveries("gone");
            assertThat(log).hasSize(Webhooks.TRIES);
            assertThat(log).allSatisfy(d -> assertThat(d.status()).isNull());
            assertThat(log).allSatisfy(d -> assertThat(d.error()).isNotBlank());
        }
    }

    @Test
    void theFeedEscapesNewsText() throws Exception {
        add("prison-breaks", null);
        try (Store s = Store.open(db)) {
            s.put(WatchFixture.hostile(), null);
        }
        watcher.run(db);
        String xml;
        try (WatchStore ws = WatchStore.open(db)) {
            WatchRule rule = ws.rule("prison-breaks").orElseThrow().rule();
            xml = AtomFeed.of(rule, ws.matches("prison-breaks", 100, 0), "/api/watch/prison-breaks/feed.atom");
        }
        assertThat(xml).doesNotContain("<script>").doesNotContain("]]>").contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        NodeList entries = doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertThat(entries.getLength()).isEqualTo(2);
        String titles = doc.getDocumentElement().getTextContent();
        assertThat(titles).contains("Prison break " + WatchFixture.SCRIPT).contains("Attack planned on Raqqa prison");
        assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "script").getLength()).isZero();
    }

    @Test
    void xmlEscapingDropsWhatXmlCannotHold() {
        assertThat(AtomFeed.esc("a\u0000b\u0007c\uD800d\tok & <x> \"'")).isEqualTo("abcd\tok &amp; &lt;x&gt; &quot;&apos;");
        assertThat(AtomFeed.esc("😀 é")).isEqualTo("😀 é");
        assertThat(AtomFeed.esc(null)).isEmpty();
    }
}

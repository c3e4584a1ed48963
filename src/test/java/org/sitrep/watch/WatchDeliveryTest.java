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
import org.sitrep.net.UrlGuard;
import org.sitrep.store.Store;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Webhooks against a local HTTP server (failures retried on later checks, backoff, giving up, the guard) and the Atom feed's escaping. */
class WatchDeliveryTest {

    @TempDir
    Path dir;
    Path db;
    HttpServer server;
    final AtomicInteger failFirst = new AtomicInteger();
    final List<String> bodies = new CopyOnWriteArrayList<>();
    final List<String> rules = new CopyOnWriteArrayList<>();
    final Watcher watcher = new Watcher(new Webhooks(Duration.ZERO)); // every check retries what failed before

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
    void aFailedDeliveryIsRetriedOnLaterChecksAndEveryAttemptIsLogged() throws Exception {
        add("prison-breaks", hook());
        failFirst.set(2);
        Watcher.Result first = watcher.run(db);
        assertThat(first.matches()).hasSize(1);
        assertThat(first.delivered()).isZero();
        assertThat(first.undelivered()).isEqualTo(1);
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.outbox("prison-breaks")).singleElement().satisfies(p -> {
                assertThat(p.state()).isEqualTo("pending");
                assertThat(p.attempts()).isEqualTo(1);
            });
        }
        Watcher.Result second = watcher.run(db);
        assertThat(second.matches()).isEmpty(); // nothing new matched: the retry is of the old match
        assertThat(second.undelivered()).isEqualTo(1);
        Watcher.Result third = watcher.run(db);
        assertThat(third.delivered()).isEqualTo(1);
        assertThat(bodies).hasSize(1);
        JsonNode j = new ObjectMapper().readTree(bodies.get(0));
        assertThat(j.get("rule").asText()).isEqualTo("prison-breaks");
        assertThat(j.get("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(j.get("modality").asText()).isEqualTo("planned");
        assertThat(j.get("title").asText()).isEqualTo("Attack planned on Raqqa prison");
        assertThat(rules).containsExactly("prison-breaks");
        try (WatchStore ws = WatchStore.open(db)) {
            List<WatchStore.Delivery> log = ws.deliveries("prison-breaks");
            assertThat(log).extracting(WatchStore.Delivery::attempt).containsExactly(1, 2, 3);
            assertThat(log).extracting(WatchStore.Delivery::status).containsExactly(503, 503, 204);
            assertThat(log.get(0).error()).isEqualTo("HTTP 503");
            assertThat(log.get(2).error()).isNull();
            assertThat(ws.outbox("prison-breaks")).isEmpty(); // delivered: nothing owed
        }
        Watcher.Result fourth = watcher.run(db);
        assertThat(fourth.delivered() + fourth.undelivered()).isZero(); // delivered once: later checks send nothing
        assertThat(bodies).hasSize(1);
    }

    @Test
    void theBackoffHoldsARetryUntilItHasPassed() throws Exception {
        add("prison-breaks", hook());
        failFirst.set(100);
        Watcher patient = new Watcher(new Webhooks(Duration.ofHours(1)));
        long before = System.currentTimeMillis();
        assertThat(patient.run(db).undelivered()).isEqualTo(1);
        assertThat(patient.run(db).undelivered()).isZero(); // not due yet: no second attempt
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.deliveries("prison-breaks")).hasSize(1);
            WatchStore.Pending p = ws.outbox("prison-breaks").get(0);
            assertThat(p.nextAt()).isBetween(before + Duration.ofMinutes(59).toMillis(), System.currentTimeMillis() + Duration.ofHours(1).toMillis());
        }
        assertThat(new Webhooks(Duration.ofMinutes(1)).delayAfter(3)).isEqualTo(Duration.ofMinutes(4).toMillis());
    }

    @Test
    void aDeadHookIsGivenUpAfterTheLastAttempt() throws Exception {
        add("dead", hook());
        failFirst.set(1000);
        for (int i = 0; i < Webhooks.MAX_ATTEMPTS + 2; i++) watcher.run(db);
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.deliveries("dead")).hasSize(Webhooks.MAX_ATTEMPTS).allSatisfy(d -> assertThat(d.status()).isEqualTo(503));
            assertThat(ws.outbox("dead")).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("failed"));
        }
        assertThat(bodies).isEmpty();
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
            assertThat(log).hasSize(1);
            assertThat(log).allSatisfy(d -> assertThat(d.status()).isNull());
            assertThat(log).allSatisfy(d -> assertThat(d.error()).isNotBlank());
        }
    }

    @Test
    void aRuleFromTheApiIsHeldToPublicAddressesAtDelivery() throws Exception {
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(new WatchRule("api-rule", List.of("ISIS"), List.of("ASSAULT"), List.of("planned"), List.of(), null, List.of(), 0, hook()), false, true);
        }
        Watcher.Result r = watcher.run(db); // the guard of a server without --allow-private-urls
        assertThat(r.undelivered()).isEqualTo(1);
        assertThat(bodies).isEmpty(); // nothing was sent
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.deliveries("api-rule")).singleElement().satisfies(d -> {
                assertThat(d.status()).isNull();
                assertThat(d.error()).contains("loopback");
            });
            assertThat(ws.outbox("api-rule")).singleElement().satisfies(p -> assertThat(p.state()).isEqualTo("failed"));
        }
        // the same rule on a store whose server allows private addresses is delivered
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(new WatchRule("api-rule-2", List.of("ISIS"), List.of("ASSAULT"), List.of("planned"), List.of(), null, List.of(), 0, hook()), false, true);
        }
        assertThat(new Watcher(new Webhooks(Duration.ZERO, UrlGuard.OPEN)).run(db).delivered()).isEqualTo(1);
        assertThat(rules).containsExactly("api-rule-2");
    }

    @Test
    void watchTablesOfAnOlderSitrepGainTheNewColumnAndTable() throws Exception {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             java.sql.Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE watch_rules(
                      name TEXT PRIMARY KEY, actors TEXT NOT NULL, types TEXT NOT NULL, modalities TEXT NOT NULL, countries TEXT NOT NULL,
                      near_lat REAL, near_lon REAL, radius_km REAL, outlets TEXT NOT NULL, min_sources INTEGER NOT NULL DEFAULT 0,
                      webhook TEXT, created_at TEXT NOT NULL, last_article_id INTEGER NOT NULL DEFAULT 0, checked_at TEXT)""");
            st.execute("INSERT INTO watch_rules(name, actors, types, modalities, countries, outlets, webhook, created_at) "
                    + "VALUES('old', '[]', '[\"ASSAULT\"]', '[\"planned\"]', '[]', '[]', '" + hook() + "', '2024-01-01T00:00:00Z')");
        }
        assertThat(watcher.run(db).delivered()).isEqualTo(1); // an old rule is unguarded (it came from the command line)
        try (WatchStore ws = WatchStore.open(db)) {
            assertThat(ws.rule("old").orElseThrow().guarded()).isFalse();
            assertThat(ws.deliveries("old")).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(204));
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

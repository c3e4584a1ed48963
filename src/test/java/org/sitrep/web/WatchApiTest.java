package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Event;
import org.sitrep.pipeline.SharedAnalyzer;
import org.sitrep.pipeline.TheExample;
import org.sitrep.store.Corpus;
import org.sitrep.store.Store;
import org.sitrep.watch.Webhooks;

/**
 * Watch rules over the API on two in-process servers: one started with the allowance for private URLs (as
 * {@code sitrep serve --allow-private-urls}), whose webhooks and pages are a loopback HttpServer, and one without it,
 * which must refuse those same URLs. The allowed server runs the real analyzer for its ingests.
 */
class WatchApiTest {

    @TempDir
    static Path dir;
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    static Server open;
    static Server strict;
    static HttpServer site;
    static final List<String> hookBodies = new CopyOnWriteArrayList<>();
    /** The flaky receiver fails the first two POSTs of each event, then takes it. */
    static final Map<String, AtomicInteger> flakyTries = new ConcurrentHashMap<>();
    static final AtomicInteger pageHits = new AtomicInteger();

    static final String PAGE = "<!doctype html><html><head><title>Talks resume in Geneva</title></head><body><article>"
            + "<h1>Talks resume in Geneva</h1>"
            + "<p>GENEVA — Delegations from both governments met in Geneva on Thursday to resume talks on the ceasefire, the United Nations said.</p>"
            + "<p>The talks are expected to last three days, according to a spokesman for the envoy, who asked the parties to keep the truce.</p>"
            + "</article></body></html>";
    static final String FEED = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
            + "<item><title>One</title><description>Delegations met in Geneva on Thursday to resume talks on the ceasefire.</description></item>"
            + "<item><title>Two</title><description>Protesters gathered in Baghdad on Friday to demand reforms from the government.</description></item>"
            + "</channel></rss>";

    /** One server over its own store. */
    record Server(Store store, Corpus corpus, WatchRoutes watch, WebApp app, String token) {
        static Server start(Path db, WebOptions options, boolean analyse) throws Exception {
            Store store = Store.open(db);
            store.putAll(StoreFixture.readings());
            Corpus corpus = Corpus.open(db, 2);
            String token = Tokens.loadOrCreate(db).token();
            // no backoff and a fast timer: each timer tick is a later check for the failed deliveries
            WatchRoutes watch = new WatchRoutes(db, token, options, new Webhooks(Duration.ZERO, options.urlGuard()), Duration.ofMillis(200));
            StoreRoutes routes = new StoreRoutes(store, corpus, analyse ? SharedAnalyzer.get() : null, options, token, watch::afterIngest);
            WebApp app = new WebApp(analyse ? SharedAnalyzer.get() : null, options, List.of(routes, watch)).start("127.0.0.1", 0);
            return new Server(store, corpus, watch, app, token);
        }

        HttpResponse<String> send(String method, String path, String token, String contentType, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (token != null) b.header("Authorization", "Bearer " + token);
            if (contentType != null) b.header("Content-Type", contentType);
            try {
                return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }

        HttpResponse<String> json(String method, String path, String body) { return send(method, path, token, "application/json", body); }

        JsonNode get(String path) {
            HttpResponse<String> r = send("GET", path, null, null, null);
            assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
            return Http.json(r);
        }

        void stop() throws Exception {
            app.stop();
            watch.close();
            corpus.close();
            store.close();
        }
    }

    @BeforeAll
    static void start() throws Exception {
        site = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        site.createContext("/hook", ex -> {
            hookBodies.add(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        site.createContext("/flaky", ex -> {
            JsonNode match = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ex.getRequestBody().readAllBytes());
            int n = flakyTries.computeIfAbsent(match.path("article_id").asText() + "/" + match.path("event_id").asText(), k -> new AtomicInteger())
                    .incrementAndGet();
            ex.sendResponseHeaders(n <= 2 ? 503 : 204, -1);
            ex.close();
        });
        serve("/news.html", "text/html; charset=utf-8", PAGE, 200);
        serve("/feed.xml", "application/rss+xml", FEED, 200);
        serve("/missing", "text/plain", "gone", 404);
        serve("/list.opml", "text/x-opml", "<opml version=\"2.0\"><body><outline xmlUrl=\"/feed.xml\"/></body></opml>", 200);
        site.createContext("/moved", ex -> {
            ex.getResponseHeaders().add("Location", "/news.html");
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        site.start();
        Files.createDirectories(dir.resolve("open"));
        Files.createDirectories(dir.resolve("strict"));
        open = Server.start(dir.resolve("open/sitrep.db"), WebOptions.defaults().withPrivateUrls(true), true);
        strict = Server.start(dir.resolve("strict/sitrep.db"), WebOptions.defaults(), false);
    }

    private static void serve(String path, String type, String body, int status) {
        site.createContext(path, ex -> {
            pageHits.incrementAndGet();
            byte[] b = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(status, b.length);
            ex.getResponseBody().write(b);
            ex.close();
        });
    }

    @AfterAll
    static void stop() throws Exception {
        if (open != null) open.stop();
        if (strict != null) strict.stop();
        if (site != null) site.stop(0);
    }

    static String site(String path) { return "http://127.0.0.1:" + site.getAddress().getPort() + path; }

    @Test
    void changingRulesNeedsTheToken() {
        String rule = "{\"name\": \"tokenless\", \"type\": \"ASSAULT\"}";
        assertThat(open.send("POST", "/api/watch", null, "application/json", rule).statusCode()).isEqualTo(401);
        assertThat(open.send("POST", "/api/watch", "wrong-token", "application/json", rule).statusCode()).isEqualTo(403);
        assertThat(open.json("POST", "/api/watch", rule).statusCode()).isEqualTo(201);
        assertThat(open.send("PUT", "/api/watch/tokenless", null, "application/json", rule).statusCode()).isEqualTo(401);
        assertThat(open.send("PUT", "/api/watch/tokenless", "x" + open.token(), "application/json", rule).statusCode()).isEqualTo(403);
        assertThat(open.send("DELETE", "/api/watch/tokenless", null, null, null).statusCode()).isEqualTo(401);
        assertThat(open.send("DELETE", "/api/watch/tokenless", open.token().substring(1), null, null).statusCode()).isEqualTo(403);
        assertThat(open.get("/api/watch/tokenless").path("name").asText()).isEqualTo("tokenless"); // still there
    }

    @Test
    void addReplaceAndRemoveARule() {
        HttpResponse<String> added = open.json("POST", "/api/watch",
                "{\"name\": \"kirkuk\", \"actor\": [\"ISIS\"], \"type\": \"assault, threaten\", \"country\": [\"iq\"], \"near\": \"35.47,44.39\", "
                        + "\"radius\": \"30km\", \"min_sources\": 0}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(added.headers().firstValue("Location")).hasValue("/api/watch/kirkuk");
        JsonNode r = Http.json(added);
        assertThat(r.path("type").toString()).isEqualTo("[\"ASSAULT\",\"THREATEN\"]"); // normalised as sitrep watch add does
        assertThat(r.path("country").toString()).isEqualTo("[\"IQ\"]");
        assertThat(r.path("near").path("radius_km").asDouble()).isEqualTo(30.0);
        assertThat(r.path("matches").asInt()).isEqualTo(2); // checked at once: the fixture's assault and threat near Kirkuk
        assertThat(open.json("POST", "/api/watch", "{\"name\": \"kirkuk\", \"type\": \"PROTEST\"}").statusCode()).isEqualTo(409);
        assertThat(open.get("/api/watch").path("rules").toString()).contains("\"name\":\"kirkuk\"");

        HttpResponse<String> replaced = open.json("PUT", "/api/watch/kirkuk", "{\"type\": [\"PROTEST\"], \"country\": \"IQ\"}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode now = open.get("/api/watch/kirkuk");
        assertThat(now.path("type").toString()).isEqualTo("[\"PROTEST\"]");
        assertThat(now.path("actor")).isEmpty();
        assertThat(now.path("near").isNull()).isTrue();
        assertThat(open.json("PUT", "/api/watch/nobody", "{\"type\": \"PROTEST\"}").statusCode()).isEqualTo(404);
        assertThat(open.json("PUT", "/api/watch/kirkuk", "{\"name\": \"other\", \"type\": \"PROTEST\"}").statusCode()).isEqualTo(400);

        assertThat(open.send("DELETE", "/api/watch/kirkuk", open.token(), null, null).statusCode()).isEqualTo(204);
        assertThat(open.send("DELETE", "/api/watch/kirkuk", open.token(), null, null).statusCode()).isEqualTo(404);
        assertThat(open.send("GET", "/api/watch/kirkuk", null, null, null).statusCode()).isEqualTo(404);
        assertThat(open.send("GET", "/api/watch/kirkuk/deliveries", null, null, null).statusCode()).isEqualTo(404);
    }

    @Test
    void badRulesAreRefusedWithTheCommandLinesReasons() {
        assertError(open.json("POST", "/api/watch", "{\"name\": \"nothing\"}"), 400, "a rule needs at least one filter");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"bad name!\", \"type\": \"ASSAULT\"}"), 400, "a rule name is 1 to 64 letters");
        assertError(open.json("POST", "/api/watch", "{\"type\": \"ASSAULT\"}"), 400, "needs a name");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n1\", \"near\": \"north\"}"), 400, "near must be LAT,LON");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n2\", \"near\": \"95,10\"}"), 400, "out of range");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n3\", \"type\": \"ASSAULT\", \"radius\": 10}"), 400, "radius needs near");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n4\", \"type\": \"ASSAULT\", \"min_sources\": -1}"), 400, "must not be negative");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n5\", \"type\": \"ASSAULT\", \"min_sources\": \"two\"}"), 400, "whole number");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n6\", \"type\": \"ASSAULT\", \"webhook\": \"file:///etc/passwd\"}"), 400, "http:// or https://");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n7\", \"type\": \"ASSAULT\", \"since\": \"2019-01-01\"}"), 400, "unknown field 'since'");
        assertError(open.json("POST", "/api/watch", "{\"name\": \"n8\", \"type\": [1, 2]}"), 400, "list of strings");
        assertError(open.json("POST", "/api/watch", "[1]"), 400, "JSON object");
        assertError(open.json("POST", "/api/watch", "{"), 400, "malformed JSON");
        assertError(open.send("POST", "/api/watch", open.token(), "text/plain", "name=x"), 415, "application/json");
        assertThat(open.get("/api/watch").path("rules").toString()).doesNotContain("\"n1\"", "\"n3\"", "\"n6\"");
    }

    @Test
    void aRuleAddedOverTheApiFiresWhenAMatchingArticleIsPostedAndItsWebhooksAreRetried() throws Exception {
        // the rule asks for a type the example article's analysis finds, so it is the analyzer's reading that matches
        Event first = TheExample.reading().events().get(0);
        String type = first.plover();
        assertThat(open.json("POST", "/api/watch", "{\"name\": \"example\", \"type\": \"" + type + "\", \"from_now\": true, \"webhook\": \""
                + site("/hook") + "\"}").statusCode()).isEqualTo(201);
        assertThat(open.json("POST", "/api/watch", "{\"name\": \"flaky\", \"type\": [\"" + type + "\"], \"from_now\": true, \"webhook\": \""
                + site("/flaky") + "\"}").statusCode()).isEqualTo(201);
        assertThat(open.get("/api/watch/example").path("matches").asInt()).isZero(); // from now: the fixture's events are not matched

        String text = Files.readString(TheExample.TEXT);
        HttpResponse<String> ingest = open.send("POST", "/api/ingest?published=2019-11-19", open.token(), "text/plain; charset=utf-8", text);
        assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(201);
        long id = Http.json(ingest).path("id").asLong();
        assertThat(Http.json(ingest).path("watch_matches").asInt()).isGreaterThanOrEqualTo(2); // both rules, checked before the reply

        JsonNode matches = open.get("/api/watch/example/matches");
        assertThat(matches.path("total").asInt()).isPositive();
        matches.path("items").forEach(m -> {
            assertThat(m.path("article_id").asLong()).isEqualTo(id);
            assertThat(m.path("event_type").asText()).isEqualTo(type);
            assertThat(m.path("evidence").asText()).isNotBlank();
        });
        assertThat(open.get("/api/watch/example").path("last_match_at").asText()).isNotBlank();

        // the webhook receiver gets each match, in the background
        int total = matches.path("total").asInt();
        java.util.function.Supplier<List<String>> ours = () -> hookBodies.stream().filter(b -> b.contains("\"rule\":\"example\"")).toList();
        awaitTrue(() -> ours.get().size() >= total);
        assertThat(ours.get()).hasSize(total).allSatisfy(b -> assertThat(b).contains("\"article_id\":" + id));

        // the flaky receiver fails twice per match; the server's later checks retry until it answers 2xx
        java.util.function.Function<String, List<JsonNode>> of = part -> {
            List<JsonNode> out = new java.util.ArrayList<>();
            open.get("/api/watch/flaky/deliveries").path(part).forEach(a -> { if (a.path("article_id").asLong() == id) out.add(a); });
            return out;
        };
        awaitTrue(() -> of.apply("outstanding").isEmpty() && of.apply("attempts").size() == 3 * total);
        String event = of.apply("attempts").get(0).path("event").asText();
        List<JsonNode> attempts = of.apply("attempts").stream().filter(a -> a.path("event").asText().equals(event)).toList();
        assertThat(attempts).extracting(a -> a.path("attempt").asInt()).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(a -> a.path("status").asInt()).containsExactly(503, 503, 204);
        assertThat(attempts.get(0).path("error").asText()).isEqualTo("HTTP 503");
        assertThat(attempts).allSatisfy(a -> assertThat(a.path("at").asText()).isNotBlank());
    }

    @Test
    void aPageIsIngestedFromItsUrlWhenPrivateAddressesAreAllowed() {
        HttpResponse<String> r = open.json("POST", "/api/ingest", "{\"url\": \"" + site("/moved") + "\", \"published\": \"2023-05-04\"}");
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        JsonNode reading = open.get("/api/articles/" + Http.json(r).path("id").asLong());
        assertThat(reading.path("article").path("title").asText()).isEqualTo("Talks resume in Geneva");
        assertThat(reading.path("article").path("url").asText()).endsWith("/news.html"); // the page the redirect led to
        assertThat(reading.path("article").path("text").asText()).contains("Delegations from both governments");

        assertError(open.json("POST", "/api/ingest", "{\"url\": \"" + site("/feed.xml") + "\"}"), 400, "feed of 2 items");
        assertError(open.json("POST", "/api/ingest", "{\"url\": \"" + site("/missing") + "\"}"), 502, "HTTP status 404");
        int hits = pageHits.get();
        assertError(open.json("POST", "/api/ingest", "{\"url\": \"" + site("/list.opml") + "\"}"), 400, "OPML list is not read here");
        assertThat(pageHits.get()).isEqualTo(hits + 1); // the list only: none of its feeds
        assertError(open.json("POST", "/api/ingest", "{\"url\": \"ftp://127.0.0.1/x\"}"), 400, "only http and https");
        assertError(open.json("POST", "/api/ingest", "{\"url\": \"" + site("/news.html") + "\", \"published\": \"soon\"}"), 400, "ISO date");
        assertThat(open.send("POST", "/api/ingest", null, "application/json", "{\"url\": \"" + site("/news.html") + "\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void withoutTheAllowancePrivateAddressesAreRefused() {
        int hits = pageHits.get();
        for (String url : List.of(site("/news.html"), "http://10.0.0.1/news", "http://169.254.169.254/latest/meta-data/", "http://[::1]:8080/x",
                "http://localhost:" + site.getAddress().getPort() + "/news.html", "http://[::ffff:127.0.0.1]/")) {
            HttpResponse<String> r = strict.json("POST", "/api/ingest", "{\"url\": \"" + url + "\"}");
            assertError(r, 400, "--allow-private-urls");
            assertError(strict.send("POST", "/api/analyze", null, "application/json", "{\"url\": \"" + url + "\"}"), 400, "refused");
            assertError(strict.json("POST", "/api/watch", "{\"name\": \"hook\", \"type\": \"ASSAULT\", \"webhook\": \"" + url + "\"}"), 400, "webhook: refused");
        }
        assertThat(pageHits.get()).isEqualTo(hits); // nothing was fetched
        assertThat(strict.get("/api/watch").path("rules")).isEmpty();
        // the allowed server takes the same webhook
        assertThat(open.json("POST", "/api/watch", "{\"name\": \"local-hook\", \"type\": \"ASSAULT\", \"webhook\": \"" + site("/hook") + "\"}")
                .statusCode()).isEqualTo(201);
    }

    @Test
    void theOpenApiDocumentListsTheNewRoutes() {
        JsonNode paths = strict.get("/api/openapi.json").path("paths");
        assertThat(paths.path("/api/watch").has("post")).isTrue();
        assertThat(paths.path("/api/watch/{name}").has("put")).isTrue();
        assertThat(paths.path("/api/watch/{name}").has("delete")).isTrue();
        assertThat(paths.path("/api/watch/{name}/deliveries").has("get")).isTrue();
    }

    static void assertError(HttpResponse<String> r, int status, String reason) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(Http.json(r).path("error").asText()).contains(reason);
    }

    static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError("not within 20 s");
            Thread.sleep(100);
        }
    }
}

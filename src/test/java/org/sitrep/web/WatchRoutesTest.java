package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.store.Store;
import org.sitrep.watch.WatchRule;
import org.sitrep.watch.WatchStore;
import org.sitrep.watch.Watcher;
import org.sitrep.watch.Webhooks;

/** The watch routes in-process over StoreFixture's store (no analyzer: these routes never analyse). */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS) // so PostgresWatchRoutesTest can name its store
class WatchRoutesTest {

    @TempDir
    static Path dir;
    static WebApp app;
    static WatchRoutes routes;
    static Http http;
    static final ObjectMapper JSON = new ObjectMapper();

    /** The store this class serves: a file in its folder (PostgresWatchRoutesTest: a PostgreSQL database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    void start() throws Exception {
        String db = location("sitrep.db");
        try (Store s = Store.open(db)) {
            s.putAll(StoreFixture.readings());
        }
        try (WatchStore ws = WatchStore.open(db)) {
            ws.add(new WatchRule("iraq-assaults", List.of(), List.of("ASSAULT"), List.of(), List.of("IQ"), null, List.of(), 0,
                    "http://127.0.0.1:9/secret-token"), false);
        }
        new Watcher(new Webhooks(java.time.Duration.ofMillis(1))).run(db); // nothing listens on port 9: logged, not fatal
        routes = new WatchRoutes(db, "0123456789abcdef0123456789abcdef", WebOptions.defaults());
        app = new WebApp(null, WebOptions.defaults(), List.of(routes)).start("127.0.0.1", 0);
        http = new Http(app);
    }

    @AfterAll
    void stop() {
        if (app != null) app.stop();
        if (routes != null) routes.close();
    }

    @Test
    void listsRulesWithoutTheirWebhookUrls() throws Exception {
        HttpResponse<String> r = http.get("/api/watch");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("secret-token");
        JsonNode rule = JSON.readTree(r.body()).get("rules").get(0);
        assertThat(rule.get("name").asText()).isEqualTo("iraq-assaults");
        assertThat(rule.get("webhook").asBoolean()).isTrue();
        assertThat(rule.get("matches").asInt()).isEqualTo(2);
        assertThat(rule.get("feed").asText()).isEqualTo("/api/watch/iraq-assaults/feed.atom");
        assertThat(rule.get("last_match_at").asText()).isNotBlank();
    }

    @Test
    void theDeliveryLogShowsAttemptsWithoutTheUrl() throws Exception {
        HttpResponse<String> r = http.get("/api/watch/iraq-assaults/deliveries");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("secret-token");
        JsonNode o = JSON.readTree(r.body());
        assertThat(o.get("attempts")).hasSize(2).allSatisfy(a -> {
            assertThat(a.get("host").asText()).isEqualTo("127.0.0.1");
            assertThat(a.get("attempt").asInt()).isEqualTo(1);
            assertThat(a.get("status").isNull()).isTrue();
            assertThat(a.get("error").asText()).isNotBlank();
        });
        assertThat(o.get("outstanding")).hasSize(2).allSatisfy(p -> assertThat(p.get("state").asText()).isEqualTo("pending"));
        assertThat(http.get("/api/watch/nope/deliveries").statusCode()).isEqualTo(404);
    }

    @Test
    void matchesArePaged() throws Exception {
        HttpResponse<String> r = http.get("/api/watch/iraq-assaults/matches?limit=1");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode o = JSON.readTree(r.body());
        assertThat(o.get("total").asInt()).isEqualTo(2);
        assertThat(o.get("items")).hasSize(1);
        assertThat(o.get("items").get(0).get("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(http.get("/api/watch/nope/matches").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/watch/iraq-assaults/matches?bogus=1").statusCode()).isEqualTo(400);
    }

    @Test
    void theFeedIsEscapedAtom() {
        HttpResponse<String> r = http.get("/api/watch/iraq-assaults/feed.atom");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        assertThat(r.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">").contains("Kirkuk")
                .doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(http.get("/api/watch/nope/feed.atom").statusCode()).isEqualTo(404);
    }

    @Test
    void theOpenApiDocumentListsTheRoutes() {
        assertThat(http.get("/api/openapi.json").body()).contains("/api/watch/{name}/feed.atom").contains("/api/watch/{name}/matches");
    }
}

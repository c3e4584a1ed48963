package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.SharedAnalyzer;
import org.sitrep.pipeline.TheExample;
import org.sitrep.store.Corpus;
import org.sitrep.store.Store;

/**
 * The store routes in-process on a free port, over a small store: hand-made readings with events (StoreFixture) and
 * the example article as the real analyzer reads it. One request runs the analyzer (the ingest of a short text).
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS) // so PostgresStoreRoutesTest can name its store
class StoreRoutesTest {

    @TempDir
    static Path dir;
    static Store store;
    static Corpus corpus;
    static Tokens tokens;
    static WebApp app;
    static Http http;
    static long exampleId;

    /** The store this class serves: a file in its folder (PostgresStoreRoutesTest: a PostgreSQL database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    void start() throws Exception {
        String db = location("data/sitrep.db");
        Files.createDirectories(dir.resolve("data")); // the token's folder, whichever the store
        store = Store.open(db);
        store.putAll(StoreFixture.readings());
        // The event counts below are those of the hand-made readings: the example is here for its article page, so its
        // own events (which the events stage may refine) are left out of the store.
        Reading read = TheExample.reading();
        Reading example = new Reading(read.sitrep(), read.article(), read.sentences(), read.entities(), read.places(), read.times(),
                read.quantities(), read.quotes(), read.claims(), List.of(), read.problems());
        exampleId = store.put(example, null).id();
        corpus = Corpus.open(db, 2);
        tokens = Tokens.loadOrCreate(dir.resolve("data/sitrep.db"));
        WebOptions options = WebOptions.defaults();
        app = new WebApp(SharedAnalyzer.get(), options, List.of(new StoreRoutes(store, corpus, SharedAnalyzer.get(), options, tokens.token())))
                .start("127.0.0.1", 0);
        http = new Http(app);
    }

    @AfterAll
    void stop() throws Exception {
        if (app != null) app.stop();
        if (corpus != null) corpus.close();
        if (store != null) store.close();
    }

    static JsonNode ok(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path(field).asText()));
        return out;
    }

    @Test
    void articlesArePagedNewestFirstWithTheirTotal() {
        // dated articles only: the ingest test adds one without a date
        JsonNode all = ok("/api/articles?limit=3&since=2019-01-01");
        assertThat(all.path("total").asLong()).isEqualTo(9);
        assertThat(all.path("items")).hasSize(3);
        assertThat(all.path("items").get(0).path("title").asText()).startsWith("Senior ISIS members planning mass prison breaks");
        JsonNode last = ok("/api/articles?limit=3&offset=7&since=2019-01-01");
        assertThat(last.path("items")).hasSize(2);
        assertThat(texts(last.path("items"), "title")).containsExactly("Oil market report 2", "Oil market report 1");
        assertThat(ok("/api/articles?outlet=reuters").path("total").asLong()).isEqualTo(5);
        assertThat(ok("/api/articles?q=oil&since=2019-10-02&until=2019-10-03").path("total").asLong()).isEqualTo(2);
        JsonNode hit = ok("/api/articles?q=prison+Raqqa").path("items").get(0);
        assertThat(hit.path("title").asText()).isEqualTo("Attack planned on Raqqa prison");
        assertThat(hit.path("evidence").asText()).contains("Raqqa");
    }

    @Test
    void anArticleIsItsStoredReading() {
        JsonNode r = ok("/api/articles/" + exampleId);
        assertThat(r.path("article").path("publisher").asText()).isEqualTo("NRT Digital Media");
        assertThat(r.path("claims").size()).isPositive();
        assertThat(http.get("/api/articles/999999").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = http.get("/api/articles/abc");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.json(bad).path("error").asText()).contains("id");
    }

    @Test
    void eventsTakeEveryFilterOfSearch() {
        JsonNode all = ok("/api/events");
        assertThat(all.path("total").asLong()).isEqualTo(5);
        JsonNode first = all.path("items").get(0);
        assertThat(first.path("event_date").asText()).isEqualTo("2019-11-14");
        assertThat(ok("/api/events?type=ASSAULT").path("total").asLong()).isEqualTo(3);
        assertThat(ok("/api/events?type=assault,protest").path("total").asLong()).isEqualTo(4);
        assertThat(ok("/api/events?type=ASSAULT&type=THREATEN").path("total").asLong()).isEqualTo(4);
        assertThat(ok("/api/events?modality=planned,threatened").path("total").asLong()).isEqualTo(2);
        assertThat(ok("/api/events?actor=ISIS").path("total").asLong()).isEqualTo(3);
        assertThat(ok("/api/events?country=SY").path("total").asLong()).isEqualTo(1);
        assertThat(ok("/api/events?outlet=NRT").path("total").asLong()).isEqualTo(1);
        assertThat(ok("/api/events?since=2019-11-12&until=2019-11-13").path("total").asLong()).isEqualTo(2);
        assertThat(ok("/api/events?q=checkpoint").path("total").asLong()).isEqualTo(2);
        JsonNode near = ok("/api/events?near=35.47,44.39&radius=50km");
        assertThat(texts(near.path("items"), "event_type")).containsExactly("THREATEN", "ASSAULT");
        assertThat(near.path("total").asLong()).isEqualTo(2);
        JsonNode raqqa = ok("/api/events?actor=ISIS&type=ASSAULT&modality=planned&country=SY").path("items").get(0);
        assertThat(raqqa.path("evidence").asText()).isEqualTo("Islamic State militants planned an attack on a prison in Raqqa.");
        assertThat(raqqa.path("location").asText()).isEqualTo("Raqqa");
        assertThat(raqqa.path("source_chain").asText()).isEqualTo("Reuters");
        JsonNode page = ok("/api/events?limit=2&offset=4");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("total").asLong()).isEqualTo(5);
    }

    @Test
    void facetsCountEachDimensionWithoutItsOwnFilter() {
        JsonNode f = ok("/api/events/facets?type=ASSAULT");
        assertThat(f.path("type").path("ASSAULT").asLong()).isEqualTo(3);
        assertThat(f.path("type").path("PROTEST").asLong()).isEqualTo(1); // still offered: the type filter does not narrow the type facet
        assertThat(f.path("modality").path("happened").asLong()).isEqualTo(2);
        assertThat(f.path("modality").has("threatened")).isFalse();
        assertThat(f.path("actor").path("Islamic State").asLong()).isEqualTo(2);
        assertThat(f.path("country").path("IQ").asLong()).isEqualTo(2);
        assertThat(f.path("outlet").path("Reuters").asLong()).isEqualTo(1);
        assertThat(ok("/api/events/facets?near=35.47,44.39&radius=50").path("type").path("ASSAULT").asLong()).isEqualTo(1);
    }

    @Test
    void timelineAndMapLayer() {
        JsonNode days = ok("/api/events/timeline").path("days");
        assertThat(days).hasSize(5);
        assertThat(days.get(0).path("day").asText()).isEqualTo("2019-11-10");
        assertThat(days.get(0).path("type").asText()).isEqualTo("ASSAULT");
        assertThat(ok("/api/events/timeline?type=ASSAULT").path("days")).hasSize(3);
        HttpResponse<String> r = http.get("/api/events.geojson?country=SY");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
        JsonNode fc = Http.json(r);
        assertThat(fc.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.path("features")).hasSize(1);
        JsonNode raqqa = fc.path("features").get(0);
        assertThat(raqqa.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(39.0079); // lon first
        assertThat(raqqa.path("properties").path("event_type").asText()).isEqualTo("ASSAULT");
        assertThat(ok("/api/events.geojson").path("total").asLong()).isEqualTo(5);
    }

    @Test
    void statsSayWhatTheStoreHolds() {
        JsonNode s = ok("/api/stats");
        assertThat(s.path("articles").asLong()).isGreaterThanOrEqualTo(9);
        assertThat(s.path("events").asLong()).isEqualTo(5);
        assertThat(s.path("event_types").path("ASSAULT").asLong()).isEqualTo(3);
        assertThat(ok("/api/health").path("store").asBoolean()).isTrue();
    }

    @Test
    void badParametersAre400sThatNameTheParameter() {
        for (String[] c : new String[][] {{"/api/events?since=yesterday", "since"}, {"/api/events?limit=0", "limit"}, {"/api/events?offset=-1", "offset"},
                {"/api/events?near=abc", "near"}, {"/api/events?near=10,10&radius=far", "radius"}, {"/api/events?radius=5", "radius"},
                {"/api/events?typ=ASSAULT", "typ"}, {"/api/articles?type=ASSAULT", "type"}, {"/api/events?since=2019-12-01&until=2019-11-01", "since"},
                {"/api/events/facets?limit=3", "limit"}, {"/api/events.geojson?limit=99999", "limit"}, {"/api/stats?x=1", "x"},
                {"/api/events?near=95,10", "near"}, {"/api/events?duplicates=maybe", "duplicates"}}) {
            HttpResponse<String> r = http.get(c[0]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(400);
            assertThat(Http.json(r).path("error").asText()).as(c[0]).contains(c[1]);
        }
    }

    @Test
    void scriptInTheStoreComesBackAsDataOnly() {
        JsonNode hit = ok("/api/events?outlet=" + java.net.URLEncoder.encode("Outlet " + StoreFixture.SCRIPT, java.nio.charset.StandardCharsets.UTF_8))
                .path("items").get(0);
        assertThat(hit.path("title").asText()).isEqualTo("Headline " + StoreFixture.SCRIPT); // the exact string, as data
        assertThat(hit.path("actor1").asText()).isEqualTo("Mallory " + StoreFixture.SCRIPT);
        HttpResponse<String> r = http.get("/api/events?q=nothing+should+run");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebApp.CSP);
    }

    @Test
    void ingestNeedsTheTokenAndStoresOnce() throws Exception {
        String text = "Flooding closes roads in Basra\n\nHeavy rain flooded roads in Basra on Monday, the city council said.";
        assertThat(http.post("/api/ingest", "text/plain", text).statusCode()).isEqualTo(401);
        assertThat(send("Bearer wrong-token-wrong-token-wrong", text).statusCode()).isEqualTo(403);
        HttpResponse<String> added = send("Bearer " + tokens.token(), text);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonNode a = Http.json(added);
        assertThat(a.path("status").asText()).isEqualTo("added");
        assertThat(a.path("duplicate_of").isNull()).isTrue();
        long id = a.path("id").asLong();
        assertThat(ok("/api/articles/" + id).path("article").path("title").asText()).isEqualTo("Flooding closes roads in Basra");
        HttpResponse<String> again = send("Bearer " + tokens.token(), text);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Http.json(again).path("status").asText()).isEqualTo("exists");
        assertThat(Http.json(again).path("id").asLong()).isEqualTo(id);
        assertThat(ok("/api/articles?q=Basra+flooded").path("total").asLong()).isEqualTo(1);
        assertThat(Files.getPosixFilePermissions(tokens.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Tokens.loadOrCreate(dir.resolve("data/sitrep.db"))).satisfies(t -> {
            assertThat(t.created()).isFalse();
            assertThat(t.token()).isEqualTo(tokens.token());
        });
    }

    @Test
    void theCorpusAndArticlePagesHaveTheSecurityHeaders() {
        for (String page : List.of("/corpus.html", "/article.html")) {
            HttpResponse<String> r = http.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(page).hasValue(WebApp.CSP);
            assertThat(r.body()).as(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>");
        }
        assertThat(ok("/api/events?&type=ASSAULT").path("total").asLong()).isEqualTo(3); // an empty pair is no parameter
    }

    @Test
    void theNewRoutesAreInTheOpenApiDocument() {
        JsonNode paths = ok("/api/openapi.json").path("paths");
        for (String p : List.of("/api/articles", "/api/articles/{id}", "/api/events", "/api/events/facets", "/api/events/timeline",
                "/api/events.geojson", "/api/stats", "/api/ingest")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
    }

    static HttpResponse<String> send(String authorization, String text) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/ingest"))
                .header("Content-Type", "text/plain; charset=utf-8").header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(req, HttpResponse.BodyHandlers.ofString());
    }
}

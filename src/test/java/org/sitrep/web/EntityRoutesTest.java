package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.event;
import static org.sitrep.store.TestReadings.reading;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.pipeline.TheExample;
import org.sitrep.store.Corpus;
import org.sitrep.store.Facts;
import org.sitrep.store.Store;

/**
 * The entity, place, quote, claim, cluster and story routes in-process over a small store: the example article as the
 * analyzer reads it (Saad al-Allaq, his quotes, Gaziantep), the hand-made readings of the store routes' tests (one of
 * them a script-injection attempt in every field), and entities whose keys need URL encoding.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS) // so PostgresEntityRoutesTest can name its store
class EntityRoutesTest {

    @TempDir
    static Path dir;
    static Corpus corpus;
    static WebApp app;
    static Http http;

    static final String SLASHED = "AC/DC Relief Fund";
    static final String ACCENTED = "Şanlıurfa Kurdish Council";

    /** The store this class serves: a file in its folder (PostgresEntityRoutesTest: a PostgreSQL database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    @BeforeAll
    void start() throws Exception {
        String db = location("sitrep.db");
        try (Store store = Store.open(db)) {
            store.putAll(StoreFixture.readings());
            store.put(TheExample.reading(), null);
            String text = SLASHED + " and the " + ACCENTED + " sent aid to Urfa. The convoy arrived on Friday.";
            store.put(reading("Aid reaches Urfa", text, "Anadolu", "2019-11-20",
                    List.of(named("e1", "ORGANIZATION", SLASHED, text), named("e2", "ORGANIZATION", ACCENTED, text)),
                    List.of(new Place("p1", "Şanlıurfa", 298333L, "TR", "75", 37.1671, 38.7939, "city", "destination", null, false, List.of())),
                    List.of(event("v1", "AID", "happened", "e1", SLASHED, "p1", List.of("TR"), "2019-11-20", 0))), null);
        }
        corpus = Corpus.open(db, 2);
        app = new WebApp(org.sitrep.pipeline.SharedAnalyzer.get(), WebOptions.defaults(), List.of(new EntityRoutes(new Facts(corpus)))).start("127.0.0.1", 0);
        http = new Http(app);
    }

    static Entity named(String id, String type, String name, String text) {
        int at = text.indexOf(name);
        return new Entity(id, type, name, List.of(), List.of(), null, null, List.of(new Mention(name, at, at + name.length(), 0)));
    }

    @AfterAll
    void stop() {
        if (app != null) app.stop();
        if (corpus != null) corpus.close();
    }

    /** A key as one path segment: URLEncoder writes a space as "+", which a path keeps as a plus. */
    static String segment(String key) {
        return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static JsonNode ok(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Http.json(r);
    }

    static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path(field).asText()));
        return out;
    }

    @Test
    void alAllaqHasHisTitlesAndWhatHeSaid() {
        JsonNode list = ok("/api/entities?name=" + segment("Saad al-Allaq"));
        assertThat(list.path("total").asLong()).isEqualTo(1);
        String key = list.path("items").get(0).path("key").asText();
        assertThat(key).isEqualTo("PERSON:saad al-allaq");
        JsonNode allaq = ok("/api/entities/" + segment(key));
        assertThat(allaq.path("name").asText()).isEqualTo("Saad al-Allaq");
        assertThat(allaq.path("titles").has("Head of Iraqi Military Intelligence")).isTrue();
        assertThat(allaq.path("aliases").has("Allaq")).isTrue();
        assertThat(allaq.path("articles").asLong()).isEqualTo(1);
        assertThat(allaq.path("timeline").get(0).path("day").asText()).isEqualTo("2019-11-19");
        JsonNode said = allaq.path("said");
        assertThat(said.path("total").asLong()).isPositive();
        assertThat(said.path("items")).allSatisfy(q -> {
            assertThat(q.path("speaker_key").asText()).isEqualTo(key);
            assertThat(q.path("text").asText()).isNotBlank();
            assertThat(q.path("cue").asText()).isNotBlank();
        });
        assertThat(texts(said.path("items"), "text")).anySatisfy(t -> assertThat(t).contains("Huge international efforts"));
        // Paging the lists: one at a time, same total.
        JsonNode one = ok("/api/entities/" + segment(key) + "?limit=1&offset=1");
        assertThat(one.path("said").path("items")).hasSize(1);
        assertThat(one.path("said").path("total").asLong()).isEqualTo(said.path("total").asLong());
        // Quotes search by the same key, and claims with their source chain.
        assertThat(ok("/api/quotes?speaker=" + segment(key)).path("total").asLong()).isEqualTo(said.path("total").asLong());
        JsonNode claims = ok("/api/claims?speaker=" + segment(key) + "&q=" + segment("huge international"));
        assertThat(claims.path("items")).singleElement().satisfies(c -> assertThat(c.path("source_chain").asText()).endsWith("Saad al-Allaq"));
        assertThat(ok("/api/quotes?speaker=" + segment(key) + "&until=2019-11-18").path("total").asLong()).isZero();
    }

    @Test
    void gaziantepHasItsCoordinates() {
        JsonNode g = ok("/api/places/314830");
        assertThat(g.path("name").asText()).isEqualTo("Gaziantep");
        assertThat(g.path("lat").asDouble()).isEqualTo(37.0594);
        assertThat(g.path("lon").asDouble()).isEqualTo(37.3825);
        assertThat(g.path("country").asText()).isEqualTo("TR");
        assertThat(g.path("articles_mentioning").path("items").get(0).path("title").asText()).startsWith("Senior ISIS members");
        assertThat(texts(ok("/api/places?country=TR").path("items"), "key")).contains("314830", "298333");
        assertThat(ok("/api/places?q=gazian").path("items").get(0).path("key").asText()).isEqualTo("314830");
    }

    @Test
    void keysWithSlashesSpacesAndOtherLettersRoundTrip() {
        for (String name : List.of(SLASHED, ACCENTED)) {
            JsonNode item = ok("/api/entities?q=" + segment(name)).path("items").get(0);
            String key = item.path("key").asText();
            JsonNode e = ok("/api/entities/" + segment(key));
            assertThat(e.path("name").asText()).isEqualTo(name);
            assertThat(e.path("key").asText()).isEqualTo(key);
        }
        JsonNode fund = ok("/api/entities/" + segment("ORGANIZATION:" + SLASHED.toUpperCase()));
        assertThat(fund.path("events").path("items").get(0).path("type").asText()).isEqualTo("AID");
        assertThat(fund.path("events").path("items").get(0).path("role").asText()).isEqualTo("source");
        JsonNode urfa = ok("/api/places/" + segment("298333"));
        assertThat(urfa.path("events").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void unknownKeysAreJson404sAndBadOnesAre400s() {
        for (String path : List.of("/api/entities/" + segment("PERSON:nobody at all"), "/api/places/1234567", "/api/places/" + segment("Atlantis"),
                "/api/clusters/999999", "/api/stories/999999")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(Http.json(r).path("error").asText()).as(path).startsWith("no ");
        }
        for (String path : List.of("/api/entities/" + segment("Saad al-Allaq"), "/api/entities/" + segment("WIZARD:merlin"), "/api/clusters/abc",
                "/api/entities?type=WIZARD", "/api/entities?colour=red", "/api/quotes?since=yesterday", "/api/places?limit=0")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(Http.json(r).path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void aScriptInAnEntityNameComesBackAsData() {
        JsonNode item = ok("/api/entities?q=mallory").path("items").get(0);
        assertThat(item.path("name").asText()).isEqualTo("Mallory " + StoreFixture.SCRIPT);
        HttpResponse<String> r = http.get("/api/entities/" + segment(item.path("key").asText()));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(Http.json(r).path("name").asText()).isEqualTo("Mallory " + StoreFixture.SCRIPT);
        assertThat(Http.json(r).path("events").path("items").get(0).path("title").asText()).contains("<script>");
    }

    @Test
    void entityListsArePagedMostNamedFirst() {
        JsonNode first = ok("/api/entities?limit=2");
        assertThat(first.path("items")).hasSize(2);
        long total = first.path("total").asLong();
        assertThat(total).isGreaterThan(20);
        assertThat(first.path("items").get(0).path("articles").asLong()).isGreaterThanOrEqualTo(first.path("items").get(1).path("articles").asLong());
        assertThat(first.path("items").get(0).path("key").asText()).isEqualTo("ORGANIZATION:islamic state"); // in three articles
        JsonNode last = ok("/api/entities?limit=2&offset=" + (total - 1));
        assertThat(last.path("items")).hasSize(1);
        assertThat(ok("/api/entities?type=person").path("items")).allSatisfy(i -> assertThat(i.path("type").asText()).isEqualTo("PERSON"));
    }

    @Test
    void aClusterListsItsReportsAndItsStory() {
        JsonNode isis = ok("/api/entities/" + segment("ORGANIZATION:islamic state") + "?limit=50");
        JsonNode withCluster = null;
        for (JsonNode e : isis.path("events").path("items")) if (e.path("cluster").isNumber()) withCluster = e;
        assertThat(withCluster).isNotNull();
        JsonNode cluster = ok("/api/clusters/" + withCluster.path("cluster").asLong());
        assertThat(cluster.path("type").asText()).isEqualTo(withCluster.path("type").asText());
        assertThat(texts(cluster.path("items"), "article_id")).contains(withCluster.path("article_id").asText());
        assertThat(cluster.path("independent_sources").asLong()).isPositive();
        JsonNode story = ok("/api/stories/" + cluster.path("story").path("id").asLong());
        assertThat(texts(story.path("articles"), "article_id")).contains(withCluster.path("article_id").asText());
    }

    @Test
    void theRoutesAreInTheOpenApiDocument() {
        JsonNode paths = ok("/api/openapi.json").path("paths");
        for (String p : List.of("/api/entities", "/api/entities/{key}", "/api/places", "/api/places/{key}", "/api/quotes", "/api/claims",
                "/api/clusters/{id}", "/api/stories/{id}")) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
    }
}

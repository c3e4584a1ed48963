package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.SharedAnalyzer;
import org.sitrep.pipeline.TheExample;
import org.sitrep.report.JsonOutput;

/**
 * The REST API in-process on a free port, with the real analyzer (shared with the other tests). Few requests run the
 * analyzer: the example, one JSON body, one HTML page and the script-injection article; the refusals return before it.
 */
class WebAppTest {

    static final long LIMIT = 64 * 1024;
    static WebApp app;
    static Http http;

    @BeforeAll
    static void start() {
        app = new WebApp(SharedAnalyzer.get(), WebOptions.defaults().withMaxBodyBytes(LIMIT), List.of()).start("127.0.0.1", 0);
        http = new Http(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
    }

    @Test
    void theExampleComesBackAsAnalyzePrintsIt() throws IOException {
        HttpResponse<String> r = http.post("/api/analyze?published=2019-11-19", "text/plain; charset=utf-8",
                HttpRequest.BodyPublishers.ofFile(TheExample.TEXT));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode reading = Http.json(r);
        assertThat(reading.path("sitrep").asText()).isEqualTo(org.sitrep.model.Reading.CONTRACT_VERSION);
        JsonNode article = reading.path("article");
        assertThat(article.path("title").asText()).startsWith("Senior ISIS members planning mass prison breaks");
        assertThat(article.path("publisher").asText()).isEqualTo("NRT Digital Media");
        assertThat(article.path("published").asText()).isEqualTo("2019-11-19");
        assertThat(article.path("dateline").path("text").asText()).isEqualTo("SULAIMANI");
        assertThat(article.path("source").asText()).isEqualTo("api");
        assertThat(reading.path("places").findValuesAsText("role")).contains("dateline");
        assertThat(reading.path("times").get(0).path("value").asText()).isEqualTo("2019-11-18");
        JsonNode chain = reading.path("claims").get(0).path("chain");
        assertThat(chain.findValuesAsText("role")).startsWith("publisher", "outlet", "speaker");
        assertThat(chain.findValuesAsText("name")).contains("NRT Digital Media", "CNN", "Saad al-Allaq");

        // Byte for byte what `sitrep analyze --format json` prints, but for the source (a path there, "api" here).
        ObjectNode cli = (ObjectNode) new ObjectMapper().readTree(JsonOutput.line(TheExample.reading()));
        ((ObjectNode) cli.get("article")).put("source", "api");
        assertThat(reading).isEqualTo(cli);
        assertThat(r.body()).isEqualTo(JsonOutput.mapper().writeValueAsString(cli));
    }

    @Test
    void aJsonBodyCarriesTitleDateAndUrl() {
        String body = """
                {
                  "title": "Floods close roads in Mosul",
                  "published": "2024-03-02",
                  "url": "https://example.org/floods",
                  "text": "MOSUL — Heavy rain closed three roads in Mosul on Friday, the city's governor said. Officials said 40 families were moved to schools."
                }""";
        HttpResponse<String> r = http.post("/api/analyze", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = Http.json(r).path("article");
        assertThat(a.path("title").asText()).isEqualTo("Floods close roads in Mosul");
        assertThat(a.path("published").asText()).isEqualTo("2024-03-02");
        assertThat(a.path("url").asText()).isEqualTo("https://example.org/floods");
        assertThat(a.path("format").asText()).isEqualTo("jsonl");
        assertThat(a.path("source").asText()).isEqualTo("api");
        assertThat(Http.json(r).path("times").findValuesAsText("value")).contains("2024-03-01");
    }

    @Test
    void anHtmlPageIsReadForItsStory() {
        String page = "<!doctype html><html><head><title>Talks resume in Geneva</title>"
                + "<meta property=\"article:published_time\" content=\"2023-05-04T10:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article>"
                + "<h1>Talks resume in Geneva</h1>"
                + "<p>GENEVA — Delegations from both governments met in Geneva on Thursday to resume talks on the ceasefire, the United Nations said.</p>"
                + "<p>The talks are expected to last three days, according to a spokesman for the envoy, who asked the parties to keep the truce.</p>"
                + "</article><footer>Copyright</footer></body></html>";
        HttpResponse<String> r = http.post("/api/analyze", "text/html; charset=utf-8", page);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode a = Http.json(r).path("article");
        assertThat(a.path("format").asText()).isEqualTo("html");
        assertThat(a.path("title").asText()).isEqualTo("Talks resume in Geneva");
        assertThat(a.path("published").asText()).isEqualTo("2023-05-04");
        assertThat(a.path("text").asText()).contains("Delegations from both governments").doesNotContain("Copyright");
    }

    /** News text is untrusted: a script in it comes back as JSON data, never as something a browser would run. */
    @Test
    void aScriptInTheArticleComesBackAsInertData() {
        String attack = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String text = "BAGHDAD — Officials said " + attack + " that the bridge over the Tigris was closed on Monday after a protest.";
        String body = new ObjectMapper().createObjectNode().put("title", "<script>document.title='owned'</script>")
                .put("text", text).put("published", "2021-06-01").toString();
        HttpResponse<String> r = http.post("/api/analyze", "application/json", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        // Served as JSON that a browser may not sniff into HTML, under a policy that runs no inline script.
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.body()).startsWith("{");
        JsonNode a = Http.json(r).path("article");
        assertThat(a.path("text").asText()).contains(attack); // kept verbatim as data: offsets must still point into it
        assertThat(a.path("title").asText()).isEqualTo("<script>document.title='owned'</script>");
    }

    @Test
    void refusalsAreJsonWithAReasonAndTheRightStatus() {
        assertError(http.post("/api/analyze", "text/plain", ""), 400, "empty body");
        assertError(http.post("/api/analyze", "application/octet-stream", "x"), 415, "unsupported Content-Type");
        assertError(http.post("/api/analyze", "multipart/form-data; boundary=x", "--x--"), 415, "unsupported Content-Type");
        assertError(http.post("/api/analyze", "application/json", "{\"text\": "), 400, "malformed JSON");
        assertError(http.post("/api/analyze", "application/json", "[1, 2]"), 400, "must be an object");
        assertError(http.post("/api/analyze", "application/json", "{\"title\": \"t\"}"), 400, "no \"text\"");
        assertError(http.post("/api/analyze", "application/json", "{\"text\": \"x y\", \"published\": \"last week\"}"), 400, "ISO date");
        assertError(http.post("/api/analyze?published=2019-13-45", "text/plain", "Some text."), 400, "ISO date");
        assertError(http.post("/api/analyze", "text/plain", "\u0000\u0001binary"), 400, "cannot read the article");
        assertError(http.post("/api/analyze", "text/html", "<html><body><nav>Home</nav></body></html>"), 400, "no article text");
        String big = "word ".repeat((int) (LIMIT / 5) + 100);
        assertError(http.post("/api/analyze", "text/plain", big), 413, "too large");
        // Without a Content-Length (chunked), the limit still holds.
        assertError(http.post("/api/analyze", "text/plain",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes()))), 413, "too large");
        assertError(http.get("/api/analyze"), 405, "not allowed");
        assertError(http.get("/api/no-such-thing"), 404, "no such endpoint");
    }

    @Test
    void aFailingAnalysisIs500WithoutInternals() {
        WebApp failing = WebApp.of(new org.sitrep.pipeline.Analyzer((text, ref) -> {
            throw new IllegalStateException("boom in /secret/path");
        }), WebOptions.defaults()).start("127.0.0.1", 0);
        try {
            HttpResponse<String> r = new Http(failing).post("/api/analyze", "text/plain", "Officials said the road was closed on Monday.");
            assertError(r, 500, "analysis of this article failed");
            assertThat(r.body()).doesNotContain("secret").doesNotContain("Exception").doesNotContain("at org.");
        } finally {
            failing.stop();
        }
    }

    @Test
    void healthAndOpenApiDescribeWhatExists() {
        JsonNode health = Http.json(http.get("/api/health"));
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("contract").asText()).isEqualTo(org.sitrep.model.Reading.CONTRACT_VERSION);
        assertThat(health.path("store").asBoolean()).isFalse();
        JsonNode doc = Http.json(http.get("/api/openapi.json"));
        assertThat(doc.path("openapi").asText()).isEqualTo("3.1.0");
        assertThat(doc.path("paths").fieldNames()).toIterable()
                .containsExactlyInAnyOrder("/api/analyze", "/api/health", "/api/openapi.json", "/api/reading.schema.json");
        assertThat(doc.path("paths").path("/api/analyze").path("post").path("requestBody").path("content").fieldNames()).toIterable()
                .contains("text/plain", "text/html", "application/json");
        doc.path("paths").fieldNames().forEachRemaining(p -> {
            if (doc.path("paths").path(p).has("get")) assertThat(http.get(p).statusCode()).as(p).isEqualTo(200);
        });
        assertThat(Http.json(http.get("/api/reading.schema.json")).path("$id").asText()).startsWith("urn:sitrep:reading-schema");
    }

    @Test
    void theServerRefusesAPortInUse() {
        WebApp second = WebApp.of(SharedAnalyzer.get(), WebOptions.defaults());
        assertThatThrownBy(() -> second.start("127.0.0.1", app.port())).isInstanceOf(io.javalin.util.JavalinBindException.class);
    }

    static void assertError(HttpResponse<String> r, int status, String reason) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode e = Http.json(r);
        assertThat(e.path("status").asInt()).isEqualTo(status);
        assertThat(e.path("error").asText()).contains(reason);
    }
}

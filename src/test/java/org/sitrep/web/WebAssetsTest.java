package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.pipeline.Analyzer;

/**
 * The pages and assets: served from the jar with the security headers, nothing from another origin, and page code
 * that never turns text into HTML. Needs no models: the analyzer here is never called.
 */
class WebAssetsTest {

    static final List<String> PAGES = List.of("/", "/credits.html", "/corpus.html", "/article.html", "/watch.html", "/entity.html", "/place.html");
    static final List<String> SCRIPTS = List.of("/js/app.js", "/js/dom.js", "/js/text.js", "/js/sources.js", "/js/map.js", "/js/tables.js",
            "/js/reading.js", "/js/article.js", "/js/corpus.js", "/js/corpus-map.js", "/js/timeline.js", "/js/types.js", "/js/watch.js",
            "/js/links.js", "/js/items.js", "/js/entity.js", "/js/place.js");
    static final List<String> ASSETS = List.of("/app.css", "/favicon.svg", "/basemap/countries-110m.geojson",
            "/webjars/leaflet/1.9.4/dist/leaflet.js", "/webjars/leaflet/1.9.4/dist/leaflet.css");

    static WebApp app;
    static Http http;

    @BeforeAll
    static void start() {
        Analyzer unused = new Analyzer((text, ref) -> {
            throw new AssertionError("not called");
        });
        app = WebApp.of(unused, WebOptions.defaults()).start("127.0.0.1", 0);
        http = new Http(app);
    }

    @AfterAll
    static void stop() {
        if (app != null) app.stop();
    }

    @Test
    void pagesAndAssetsAreServedWithTheSecurityHeaders() {
        for (String path : concat(PAGES, SCRIPTS, ASSETS)) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValue(WebApp.CSP);
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
        assertThat(http.get("/").headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(http.get("/js/app.js").headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(http.get("/basemap/countries-110m.geojson").body()).contains("\"FeatureCollection\"").contains("\"Iraq\"");
        // The policy itself: nothing inline, nothing from elsewhere, no framing.
        assertThat(WebApp.CSP).contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        HttpResponse<String> missing = http.get("/no-such-page.html");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Security-Policy")).hasValue(WebApp.CSP);
    }

    /** Works offline: every script, style sheet, image and fetch is of this server. */
    @Test
    void nothingIsLoadedFromAnotherOrigin() {
        Pattern ref = Pattern.compile("(?:src|href)\\s*=\\s*\"([^\"]*)\"");
        for (String page : PAGES) {
            Matcher m = ref.matcher(http.get(page).body());
            while (m.find()) assertThat(m.group(1)).as(page).doesNotContain("//").doesNotStartWith("javascript:");
        }
        for (String path : concat(SCRIPTS, List.of("/app.css"))) {
            assertThat(http.get(path).body()).as(path).doesNotContainPattern("(?:fetch\\(|url\\(|import .* from )\\s*[\"']?(?:https?:)?//");
        }
    }

    /** Article text reaches the page only as text nodes and property values: no HTML parsing of data anywhere. */
    @Test
    void pageCodeNeverParsesTextAsHtml() {
        for (String path : SCRIPTS) {
            String js = http.get(path).body().replaceAll("(?m)^\\s*//.*$", ""); // comments may name what is not done
            assertThat(js).as(path).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                    "new Function", "setAttribute(\"on", "srcdoc", "DOMParser", "createContextualFragment");
            // Leaflet parses a string popup or tooltip as HTML: ours get DOM nodes.
            assertThat(js).as(path).doesNotContainPattern("bind(?:Popup|Tooltip)\\(\\s*[`\"']");
        }
        for (String page : PAGES) {
            String html = http.get(page).body();
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>"); // no inline script
            assertThat(html).as(page).doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContainPattern("\\sstyle\\s*=").doesNotContain("<style");
        }
    }

    /**
     * Every page's module and everything it imports, transitively, is served: a page whose import graph has a missing
     * module shows nothing at all. The entity page draws its timeline with timeline.js, the place page its map with map.js.
     */
    @Test
    void pagesLoadTheirModulesAndEveryImportResolves() {
        Pattern module = Pattern.compile("<script type=\"module\" src=\"(/js/[a-z-]+\\.js)\"");
        Pattern imports = Pattern.compile("(?m)^import [^;]*? from \"\\./([a-z-]+\\.js)\";");
        java.util.Map<String, java.util.Set<String>> graph = new java.util.HashMap<>();
        for (String page : PAGES) {
            Matcher m = module.matcher(http.get(page).body());
            if (!m.find()) continue; // credits.html has no script
            java.util.Deque<String> todo = new java.util.ArrayDeque<>(List.of(m.group(1)));
            java.util.Set<String> seen = new java.util.LinkedHashSet<>();
            while (!todo.isEmpty()) {
                String path = todo.pop();
                if (!seen.add(path)) continue;
                HttpResponse<String> r = http.get(path);
                assertThat(r.statusCode()).as(page + " imports " + path).isEqualTo(200);
                Matcher i = imports.matcher(r.body());
                while (i.find()) todo.push("/js/" + i.group(1));
            }
            graph.put(page, seen);
        }
        assertThat(graph.get("/entity.html")).contains("/js/entity.js", "/js/timeline.js", "/js/dom.js", "/js/links.js");
        assertThat(graph.get("/place.html")).contains("/js/place.js", "/js/map.js", "/js/dom.js", "/js/links.js");
        assertThat(graph.get("/article.html")).contains("/js/links.js"); // entity and place names link to their pages
        assertThat(graph.get("/corpus.html")).contains("/js/links.js");
        assertThat(http.get("/place.html").body()).contains("/webjars/leaflet/1.9.4/dist/leaflet.js");
    }

    @SafeVarargs
    static List<String> concat(List<String>... lists) {
        return java.util.Arrays.stream(lists).flatMap(List::stream).toList();
    }
}

package org.sitrep.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.sitrep.model.Claim;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.TheExample;

/**
 * The workbench's pages in a real browser (headless Chromium): what an analyst sees and clicks, checked against what
 * the API answers for the same question, so a page that drops, mangles or misplaces data fails here. Every page must
 * also leave no error in the console (a Content-Security-Policy violation is one). With -Dsitrep.screenshots=DIR the
 * tests save the README's screenshots there (target/screenshots otherwise).
 */
@Tag("browser")
@DisabledIfSystemProperty(named = "sitrep.browser", matches = "(?i)off", disabledReason = "browser tests switched off (-Dsitrep.browser=off)")
class WorkbenchBrowserTest {

    @TempDir
    static Path dir;
    static Workbench wb;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        wb = Workbench.start(dir);
        browser = wb.browser();
    }

    @AfterAll
    static void stop() throws Exception {
        if (wb != null) wb.close();
    }

    @BeforeEach
    void forgetEarlierErrors() {
        browser.errors(); // a failed test's errors are its own
    }

    static JsonNode api(String path) {
        var r = wb.http().get(path);
        assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(200);
        return Http.json(r);
    }

    static String q(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** Waits until a pager ("1–25 of 123") shows the given total. */
    static void awaitTotal(String pager, long total) {
        try {
            browser.until(d -> browser.texts(pager).stream().anyMatch(t -> t.contains(" of " + String.format("%,d", total))));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(pager + " never showed a total of " + total + ": " + browser.texts(pager) + " " + browser.texts("#status"), e);
        }
    }

    @Test
    void corpusPageSearchesNarrowsByFacetAndDrawsMapAndTimeline() throws Exception {
        browser.open("/corpus.html");
        assertThat(browser.one("#stats").getText()).startsWith("The store holds");
        long everything = api("/api/events").path("total").asLong();
        awaitTotal("#event-pager", everything);

        WebElement words = browser.one("#s-q");
        words.sendKeys("prison");
        browser.one("#search-form button[type=submit]").click();
        JsonNode events = api("/api/events?q=prison&limit=25");
        long total = events.path("total").asLong();
        assertThat(total).isPositive().isLessThan(everything);
        awaitTotal("#event-pager", total);
        assertThat(browser.driver().getCurrentUrl()).contains("q=prison");
        String example = TheExample.reading().article().title();
        assertThat(browser.texts("#event-list .hit .meta a")).contains(example)
                .containsExactlyElementsOf(titles(events.path("items")));
        assertThat(browser.texts("#event-list .evidence")).containsExactlyElementsOf(texts(events.path("items"), "evidence"));
        assertThat(browser.texts("#article-list .hit-head a")).contains(example);
        // The map: the located events as markers over the offline country outlines; the timeline: one bar per day.
        JsonNode points = api("/api/events.geojson?q=prison");
        assertThat(points.path("features").size()).isPositive();
        browser.until(d -> browser.all("#corpus-map path.leaflet-interactive").size() > 0);
        browser.until(d -> browser.all("#corpus-map path:not(.leaflet-interactive)").size() > 100); // ~177 countries
        assertThat(browser.one("#map-note").getText()).isEqualTo(points.path("total").asLong() + " located events.");
        assertThat(browser.all("#timeline svg g.bar")).hasSize(days(api("/api/events/timeline?q=prison").path("days")).size());
        browser.screenshot(Workbench.screenshots().resolve("corpus.png"), "header", "#event-list", 1500);

        // A facet narrows: the rarest event type among the hits.
        JsonNode types = api("/api/events/facets?q=prison").path("type");
        String rare = null;
        for (var e : types.properties()) {
            if (rare == null || e.getValue().asLong() < types.path(rare).asLong()) rare = e.getKey();
        }
        long narrowed = types.path(rare).asLong();
        assertThat(narrowed).isPositive().isLessThan(total);
        String type = rare;
        WebElement box = browser.await("#facets label.facet").stream()
                .filter(l -> l.getText().replaceAll("\\s*\\d+$", "").trim().equals(type)).findFirst().orElseThrow()
                .findElement(org.openqa.selenium.By.cssSelector("input"));
        box.click();
        awaitTotal("#event-pager", narrowed);
        assertThat(browser.driver().getCurrentUrl()).contains("type=" + q(type));
        assertThat(browser.texts("#event-list .badge.type")).hasSize((int) narrowed).allSatisfy(t -> assertThat(t.trim()).startsWith(type));
        assertThat(browser.one("#map-note").getText())
                .isEqualTo(api("/api/events.geojson?q=prison&type=" + q(type)).path("total").asLong() + " located events.");
        browser.assertNoErrors("the corpus page");
    }

    @Test
    void theExampleArticleShowsItsHighlightsEventsAndSourceChains() throws Exception {
        Reading example = TheExample.reading();
        browser.open("/article.html?id=" + wb.exampleId());
        browser.await("#claims .chain");
        assertThat(browser.one("#article-meta h2").getText()).isEqualTo(example.article().title());
        assertThat(browser.texts("#text")).containsExactly(example.article().text());
        assertThat(browser.all("#text span.entity")).hasSizeGreaterThanOrEqualTo(example.entities().size());
        assertThat(browser.all("#text span.place")).isNotEmpty();
        assertThat(browser.all("#text span.quote")).isNotEmpty();

        // Each claim's chain drawn node by node, outermost source first, then the evidence it cites.
        List<List<String>> drawn = new ArrayList<>();
        for (WebElement chain : browser.all("#claims .claim .chain")) {
            drawn.add(chain.findElements(org.openqa.selenium.By.cssSelector(".link .name")).stream().map(e -> e.getDomProperty("textContent")).toList());
        }
        List<List<String>> expected = new ArrayList<>();
        for (Claim c : example.claims()) {
            List<String> names = new ArrayList<>(c.chain().stream().map(s -> s.name() == null ? "?" : s.name()).toList());
            if (c.evidence() != null) names.add(c.evidence().text());
            expected.add(names);
        }
        assertThat(drawn).isEqualTo(expected);
        assertThat(drawn).anySatisfy(chain -> {
            assertThat(chain).hasSize(4);
            assertThat(chain.get(0)).isEqualTo("NRT Digital Media");
            assertThat(chain.get(1)).isEqualTo("CNN");
            assertThat(chain.get(2)).contains("al-Allaq");
            assertThat(chain.get(3)).contains("communications");
        });

        // The events with their evidence sentences, the trigger marked.
        assertThat(example.events()).isNotEmpty();
        assertThat(browser.all("#events tbody tr")).hasSize(example.events().size());
        for (var v : example.events()) {
            var s = example.sentences().get(v.sentence());
            assertThat(browser.texts("#events .evidence")).contains(example.article().text().substring(s.start(), s.end()));
        }
        assertThat(browser.all("#events .evidence mark")).isNotEmpty();
        browser.until(d -> browser.all("#map path.leaflet-interactive").size() == example.places().size());
        browser.screenshot(Workbench.screenshots().resolve("article.png"), "#article-meta", ".columns", 900);
        browser.assertNoErrors("the example's article page");
    }

    @Test
    void theAnalysePageRunsTheBundledExampleWithItsEventsOnTheMapAndItsSourceChains() {
        // what a newcomer does after the README's first command: ./sitrep serve, then one button
        browser.open("/");
        browser.one("#f-example").click();
        browser.until(d -> browser.one("#status").getText().startsWith("Read in") ? true : null);
        assertThat(browser.one("#article-meta h2").getText()).isEqualTo(TheExample.reading().article().title());
        assertThat(browser.all("#events tbody tr")).isNotEmpty();
        browser.until(d -> !browser.all("#map path.leaflet-interactive").isEmpty());
        assertThat(browser.all("#claims .claim .chain")).anySatisfy(chain -> assertThat(chain.findElements(org.openqa.selenium.By.cssSelector(".link .name"))
                .stream().map(e -> e.getDomProperty("textContent")).toList()).startsWith("NRT Digital Media", "CNN"));
        browser.assertNoErrors("the analyse page on the bundled example");
    }

    @Test
    void theAnalysePageReadsAPastedText() throws Exception {
        String text = """
                Floods close roads in Mosul
                MOSUL — Heavy rain closed three roads in Mosul on Friday, the provincial governor's office said.
                Civil defence teams moved 40 families from Hamam al-Alil to schools in the city, and the United Nations said it sent tents to Erbil.""";
        browser.open("/");
        browser.one("#f-text").sendKeys(text);
        browser.js("document.getElementById('f-published').value = '2024-03-02'");
        browser.one("#f-submit").click();
        browser.until(d -> browser.one("#status").getText().startsWith("Read in") ? true : null);
        JsonNode reading = Http.json(wb.http().post("/api/analyze?published=2024-03-02", "text/plain; charset=utf-8", text));
        List<String> names = texts(reading.path("entities"), "name");
        assertThat(names).isNotEmpty();
        assertThat(browser.texts("#entities tbody tr td:nth-child(2)")).containsExactlyElementsOf(names);
        assertThat(browser.texts("#places tbody tr td:nth-child(2)")).containsExactlyElementsOf(texts(reading.path("places"), "name")).contains("Mosul");
        assertThat(browser.one("#article-meta h2").getText()).isEqualTo("Floods close roads in Mosul");
        browser.until(d -> browser.all("#map path.leaflet-interactive").size() == reading.path("places").size());
        browser.screenshot(Workbench.screenshots().resolve("analyse.png"), "header", "#map", 1500);
        browser.assertNoErrors("the analyse page");
    }

    @Test
    void markupInAStoredArticleIsShownAsTextAndNeverRuns() {
        Reading r = Workbench.injection();
        browser.open("/article.html?id=" + wb.injectionId());
        browser.await("#text");
        browser.until(d -> !browser.all("#results:not([hidden])").isEmpty());
        assertNothingRan();
        assertThat(browser.one("#article-meta h2").getDomProperty("textContent")).isEqualTo(r.article().title());
        assertThat(browser.driver().getTitle()).isEqualTo("sitrep · " + r.article().title());
        assertThat(browser.texts("#text")).containsExactly(r.article().text());
        assertThat(browser.texts("#article-meta b")).containsExactly(r.article().publisher());
        assertThat(browser.texts("#entities tbody tr td:nth-child(2)")).containsExactly("Mallory " + Workbench.INJECTION);
        assertThat(browser.all("a[href^='javascript:']")).as("the article's javascript: URL is not a link").isEmpty();
        browser.assertNoErrors("the injection's article page");

        browser.open("/corpus.html?q=" + Workbench.INJECTION_WORD);
        awaitTotal("#article-pager", 1);
        awaitTotal("#event-pager", 1);
        assertThat(browser.texts("#article-list .hit-head a")).containsExactly(r.article().title());
        assertThat(browser.texts("#event-list .hit-head").get(0)).contains("Mallory " + Workbench.INJECTION, "Mosul " + Workbench.INJECTION);
        assertThat(browser.texts("#event-list .evidence")).containsExactly(r.article().text().substring(r.sentences().get(0).start(), r.sentences().get(0).end()));
        // The map's popup is built from DOM nodes too: open it.
        browser.until(d -> { // the map may redraw its markers once the points arrive: click one that is there
            browser.await("#corpus-map path.leaflet-interactive").get(0).click();
            return true;
        });
        assertThat(browser.await(".leaflet-popup-content a").get(0).getDomProperty("textContent")).isEqualTo(r.article().title());
        assertNothingRan();
        browser.assertNoErrors("the corpus page on the injection");
    }

    @Test
    void aWatchRuleAddedOnItsPageFiresWhenAMatchingArticleArrives() throws Exception {
        String rule = "prison-assaults";
        browser.open("/watch.html");
        browser.await("#rules");
        browser.one("#r-name").sendKeys(rule);
        browser.one("#r-type").sendKeys("ASSAULT");
        browser.one("#r-fromnow").click(); // the stored example's events must not count: only what arrives
        browser.one("#add-form button[type=submit]").click();
        // the page asks for the API token once, as an analyst would paste it
        Alert prompt = browser.until(ExpectedConditions.alertIsPresent());
        prompt.sendKeys(wb.token());
        prompt.accept();
        browser.until(d -> browser.one("#add-status").getText().startsWith("Added " + rule + ": 0 matches") ? true : null);

        String text = """
                Militants storm prison in Raqqa
                Islamic State fighters attacked a prison in Raqqa on Monday and freed dozens of inmates, local officials said.""";
        var ingest = wb.http().post("/api/ingest?published=2022-01-21", "text/plain; charset=utf-8", text, wb.token());
        assertThat(ingest.statusCode()).as(ingest.body()).isEqualTo(201);
        JsonNode added = Http.json(ingest);
        assertThat(added.path("watch_matches").asInt()).as(ingest.body()).isPositive();
        JsonNode matches = api("/api/watch/" + rule + "/matches");
        assertThat(matches.path("total").asInt()).isEqualTo(added.path("watch_matches").asInt());

        browser.open("/watch.html#" + rule);
        browser.driver().navigate().refresh(); // the page was already on this address: load it anew
        browser.until(d -> browser.texts("#rules tbody tr").stream().anyMatch(r -> r.startsWith(rule) && r.contains("ASSAULT")) ? true : null);
        List<WebElement> hits = browser.await("#matches .hit");
        assertThat(hits).hasSize(matches.path("total").asInt());
        assertThat(browser.texts("#matches .evidence")).allMatch(e -> text.contains(e)).anyMatch(e -> e.contains("attacked a prison"));
        assertThat(browser.texts("#matches .hit-head")).allMatch(h -> h.contains("ASSAULT"));
        assertThat(browser.one("#rule-links a").getAttribute("href")).endsWith("/api/watch/" + rule + "/feed.atom");
        browser.screenshot(Workbench.screenshots().resolve("watch.png"), "header", "#rule-card", 900);
        browser.assertNoErrors("the watch page");
        String feed = wb.http().get("/api/watch/" + rule + "/feed.atom").body();
        assertThat(feed).contains("<entry>").contains("attacked a prison");
    }

    /**
     * The example's article page links Saad al-Allaq to his entity page, which shows what the API says of him; the place
     * page draws Gaziantep on the map; an entity and a place whose names are markup are shown as text.
     */
    @Test
    void entityAndPlacePagesShowTheStoreAcrossArticles() {
        browser.open("/article.html?id=" + wb.exampleId());
        WebElement link = browser.until(d -> browser.all("#entities a").stream()
                .filter(a -> "Saad al-Allaq".equals(a.getDomProperty("textContent"))).findFirst().orElse(null));
        link.click();
        browser.until(d -> !browser.all("#results:not([hidden])").isEmpty());
        JsonNode allaq = api("/api/entities/" + q("PERSON:saad al-allaq").replace("+", "%20"));
        assertThat(browser.one("#entity-meta h2").getDomProperty("textContent")).startsWith("Saad al-Allaq");
        assertThat(browser.all("#said > li")).hasSize(allaq.path("said").path("items").size()).isNotEmpty();
        assertThat(browser.texts("#said .evidence")).first().asString().contains(allaq.path("said").path("items").get(0).path("text").asText());
        assertThat(browser.texts("#entity-meta td")).anySatisfy(t -> assertThat(t).contains("Head of Iraqi Military Intelligence"));
        assertThat(browser.all("#timeline svg g.bar")).hasSize(allaq.path("timeline").size());
        browser.assertNoErrors("al-Allaq's entity page");

        browser.open("/place.html?key=314830");
        browser.await("#map path.leaflet-interactive");
        assertThat(browser.one("#place-meta h2").getDomProperty("textContent")).isEqualTo("Gaziantep");
        assertThat(browser.texts("#place-meta td")).contains("37.0594, 37.3825");
        browser.assertNoErrors("Gaziantep's place page");

        String mallory = "Mallory " + Workbench.INJECTION;
        browser.open("/entity.html?key=" + q("PERSON:" + mallory));
        browser.until(d -> !browser.all("#results:not([hidden])").isEmpty());
        assertNothingRan();
        assertThat(browser.one("#entity-meta h2").getDomProperty("textContent")).startsWith(mallory);
        assertThat(browser.driver().getTitle()).isEqualTo("sitrep · " + mallory);
        assertThat(browser.texts("#events .hit-head a")).contains(mallory, "Mosul " + Workbench.INJECTION);
        browser.open("/place.html?name=" + q("Mosul " + Workbench.INJECTION));
        browser.until(d -> !browser.all("#results:not([hidden])").isEmpty());
        assertNothingRan();
        assertThat(browser.texts("#place-meta td")).anySatisfy(t -> assertThat(t).contains("Mosul " + Workbench.INJECTION));
        browser.assertNoErrors("the injection's entity and place pages");
    }

    static void assertNothingRan() {
        assertThat(browser.js("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.js("return document.querySelectorAll('main script, main img, main iframe, [onerror], [onload], [srcdoc]').length"))
                .as("elements made from the article's markup").isEqualTo(0L);
    }

    static List<String> texts(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path(field).asText()));
        return out;
    }

    static List<String> titles(JsonNode items) {
        List<String> out = new ArrayList<>();
        items.forEach(i -> out.add(i.path("title").asText()));
        return out;
    }

    static Set<String> days(JsonNode days) {
        Set<String> out = new HashSet<>();
        days.forEach(d -> out.add(d.path("day").asText()));
        return out;
    }
}

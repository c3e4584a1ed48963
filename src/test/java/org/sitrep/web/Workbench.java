package org.sitrep.web;

import static org.sitrep.store.TestReadings.entity;
import static org.sitrep.store.TestReadings.event;
import static org.sitrep.store.TestReadings.place;

import java.nio.file.Path;
import java.util.List;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.SharedAnalyzer;
import org.sitrep.pipeline.TheExample;
import org.sitrep.store.Corpus;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.TestReadings;

/**
 * The workbench as {@code sitrep serve --db} runs it (the same route groups on a free loopback port) over a temporary
 * store, and one Chromium looking at it. The store holds the bundled example as the analyzer reads it (with its
 * events), StoreFixture's hand-made readings (but its script-injection one) and {@link #INJECTION}'s article. A
 * browser test class starts one in {@code @BeforeAll}; a test of another page (the watch rules' page, say) only needs
 * {@link #browser()}, {@link #http()}, {@link #db()} and {@link #token()}.
 */
final class Workbench implements AutoCloseable {

    /** Markup in every text field of one stored article: none of it may run or become an element. */
    static final String INJECTION = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">"
            + "<svg onload=\"window.pwned=3\"></svg><iframe srcdoc=\"<script>parent.pwned=4</script>\"></iframe>";
    /** A word only the injection article has, to search for it. */
    static final String INJECTION_WORD = "quokkaquest";

    private final Path db;
    private final Store store;
    private final Corpus corpus;
    private final Tokens tokens;
    private final WebApp app;
    private final Browser browser;
    private final Http http;
    private final long exampleId;
    private final long injectionId;

    private Workbench(Path db, Store store, Corpus corpus, Tokens tokens, WebApp app, Browser browser, long exampleId, long injectionId) {
        this.db = db;
        this.store = store;
        this.corpus = corpus;
        this.tokens = tokens;
        this.app = app;
        this.browser = browser;
        this.http = new Http(app);
        this.exampleId = exampleId;
        this.injectionId = injectionId;
    }

    static Workbench start(Path dir) throws Exception {
        Browser.require(); // before seconds of model loading
        Path db = dir.resolve("sitrep.db");
        Store store = Store.open(db);
        Corpus corpus = null;
        WebApp app = null;
        try {
            long exampleId = store.put(TheExample.reading(), null).id();
            // StoreFixture's own injection article is left out: this one is near enough to it to be stored as its copy.
            store.putAll(StoreFixture.readings().stream().filter(r -> !r.article().text().contains(StoreFixture.SCRIPT)).toList());
            Store.Put injected = store.put(injection(), null);
            if (injected.duplicateOf() != null) throw new IllegalStateException("the injection article must not be a copy: its search hits are folded away");
            long injectionId = injected.id();
            corpus = Corpus.open(db, 2);
            Tokens tokens = Tokens.loadOrCreate(db);
            WebOptions options = WebOptions.defaults();
            // As ServeCommand builds them for a store: keep the two in step.
            app = new WebApp(SharedAnalyzer.get(), options, List.of(
                    new StoreRoutes(store, corpus, SharedAnalyzer.get(), options, tokens.token()), new WatchRoutes(db, tokens.token(), options)))
                    .start("127.0.0.1", 0);
            Browser browser = Browser.start("http://127.0.0.1:" + app.port());
            return new Workbench(db, store, corpus, tokens, app, browser, exampleId, injectionId);
        } catch (Exception | Error e) {
            if (app != null) app.stop();
            if (corpus != null) corpus.close();
            store.close();
            throw e;
        }
    }

    /** An article whose title, publisher, author, URL, text, entity, place and event all carry {@link #INJECTION}. */
    static Reading injection() {
        String title = "Headline " + INJECTION;
        String text = "Reporters saw " + INJECTION + " near the " + INJECTION_WORD + " market. Witnesses said nothing ran.";
        Article a = new Article(ContentHash.of(title, text), "test:injection", "txt", title, "Outlet " + INJECTION, "Author " + INJECTION,
                "javascript:window.pwned=5", null, "2019-11-15", "en", text, List.of());
        return new Reading(Reading.CONTRACT_VERSION, a, TestReadings.sentences(text),
                List.of(entity("e1", "PERSON", "Mallory " + INJECTION, null)), List.of(place("p1", "Mosul " + INJECTION, "IQ", 36.34, 43.13)),
                List.of(), List.of(), List.of(), List.of(),
                List.of(event("v1", "ASSAULT", "happened", "e1", "Mallory " + INJECTION, "p1", List.of("IQ"), "2019-11-15", 0)), List.of());
    }

    Browser browser() { return browser; }

    Http http() { return http; }

    Path db() { return db; }

    /** The API token, for the write endpoints. */
    String token() { return tokens.token(); }

    long exampleId() { return exampleId; }

    long injectionId() { return injectionId; }

    @Override
    public void close() throws StoreException {
        try {
            browser.close();
        } finally {
            app.stop();
            corpus.close();
            store.close();
        }
    }

    /** Where the tests write their screenshots: target/screenshots, or docs/screenshots with -Dsitrep.screenshots=docs/screenshots. */
    static Path screenshots() {
        return Path.of(System.getProperty("sitrep.screenshots", "target/screenshots"));
    }
}

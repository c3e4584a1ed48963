package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntSupplier;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Corpus;
import org.sitrep.store.DayCount;
import org.sitrep.store.Facets;
import org.sitrep.store.GeoPoint;
import org.sitrep.store.Hit;
import org.sitrep.store.Page;
import org.sitrep.store.Paged;
import org.sitrep.store.Query;
import org.sitrep.store.Stats;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The corpus routes: articles, events (every filter of {@code sitrep search}), facets, timeline, map points and stats,
 * read through a {@link Corpus} (many requests at once), and {@code POST /api/ingest}, which analyses an article (a
 * body, or a page the server fetches from {@code {"url": ...}}) and writes it through the one {@link Store} (one
 * writer at a time) behind the API token, then lets the watch rules see it.
 */
public final class StoreRoutes implements RouteGroup {

    static final int DEFAULT_LIMIT = 50;
    static final int FACET_TOP = 25;
    static final int MAX_POINTS = 5000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Store store;
    private final Corpus corpus;
    private final Analyses analyses;
    private final WebOptions options;
    private final String token;
    private final UrlSubmission urls;
    /** Called after an article is added: the new watch matches it made, or -1 (no rules). */
    private final IntSupplier afterAdd;
    /** The store's connection is for one thread at a time. */
    private final Object writer = new Object();

    /**
     * @param store  where ingested articles are written (the routes do not close it)
     * @param corpus the read side of the same file
     * @param token  the bearer token {@code POST /api/ingest} needs
     */
    public StoreRoutes(Store store, Corpus corpus, Analyzer analyzer, WebOptions options, String token) {
        this(store, corpus, analyzer, options, token, () -> -1);
    }

    /** @param afterAdd run after each article {@code POST /api/ingest} adds (the watch rules' check); returns the new matches or -1 */
    public StoreRoutes(Store store, Corpus corpus, Analyzer analyzer, WebOptions options, String token, IntSupplier afterAdd) {
        if (token == null || token.length() < 16) throw new IllegalArgumentException("the API token must be at least 16 characters");
        this.store = store;
        this.corpus = corpus;
        this.analyses = new Analyses(analyzer, options); // ingest analyses are as heavy as /api/analyze ones: the same bound
        this.options = options;
        this.token = token;
        this.urls = new UrlSubmission(options);
        this.afterAdd = afterAdd;
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/api/articles", this::articles);
        router.get("/api/articles/{id}", this::article);
        router.get("/api/events", this::events);
        router.get("/api/events/facets", this::facets);
        router.get("/api/events/timeline", this::timeline);
        router.get("/api/events.geojson", this::geojson);
        router.get("/api/stats", this::stats);
        router.post("/api/ingest", this::ingest);
    }

    @Override
    public ObjectNode openApiPaths() {
        return OpenApi.fragment("openapi-store.json");
    }

    private void articles(Context ctx) throws StoreException {
        Params.only(ctx, Params.ARTICLE, Params.PAGE);
        Query q = Params.query(ctx, false);
        Paged<Hit> page = corpus.articles(q, Params.page(ctx, DEFAULT_LIMIT));
        json(ctx, paged(page, HitJson::article));
    }

    private void article(Context ctx) throws StoreException {
        Params.only(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("id must be an article number, not '" + ctx.pathParam("id") + "'");
        }
        Optional<String> reading = corpus.reading(id);
        if (reading.isEmpty()) throw new ApiError(404, "no article " + id);
        ctx.contentType("application/json; charset=utf-8").result(reading.get());
    }

    private void events(Context ctx) throws StoreException {
        Params.only(ctx, Params.EVENT, Params.PAGE);
        Query q = Params.query(ctx, true);
        json(ctx, paged(corpus.events(q, Params.page(ctx, DEFAULT_LIMIT)), HitJson::event));
    }

    private void facets(Context ctx) throws StoreException {
        Params.only(ctx, Params.EVENT);
        Facets f = corpus.facets(Params.query(ctx, true), FACET_TOP);
        ObjectNode o = JSON.createObjectNode();
        counts(o.putObject("type"), f.types());
        counts(o.putObject("modality"), f.modalities());
        counts(o.putObject("actor"), f.actors());
        counts(o.putObject("country"), f.countries());
        counts(o.putObject("outlet"), f.outlets());
        json(ctx, o);
    }

    private void timeline(Context ctx) throws StoreException {
        Params.only(ctx, Params.EVENT);
        ArrayNode days = JSON.createArrayNode();
        for (DayCount d : corpus.timeline(Params.query(ctx, true))) {
            days.addObject().put("day", d.day()).put("type", d.type()).put("count", d.count());
        }
        ObjectNode o = JSON.createObjectNode();
        o.set("days", days);
        json(ctx, o);
    }

    private void geojson(Context ctx) throws StoreException {
        Params.only(ctx, Params.EVENT, java.util.Set.of("limit"));
        int max = Params.integer(ctx, "limit", MAX_POINTS, 1, MAX_POINTS);
        Paged<GeoPoint> points = corpus.points(Params.query(ctx, true), max);
        ObjectNode fc = JSON.createObjectNode().put("type", "FeatureCollection");
        fc.put("total", points.total()); // foreign members are allowed by RFC 7946: how many the query locates beyond this page
        ArrayNode features = fc.putArray("features");
        for (GeoPoint p : points.items()) features.add(HitJson.feature(p));
        ctx.contentType("application/geo+json; charset=utf-8").result(fc.toString());
    }

    private void stats(Context ctx) throws StoreException {
        Params.only(ctx);
        Stats s = corpus.stats();
        ObjectNode o = JSON.createObjectNode().put("articles", s.articles()).put("duplicates", s.duplicates()).put("sightings", s.sightings())
                .put("entities", s.entities()).put("places", s.places()).put("quotes", s.quotes()).put("claims", s.claims())
                .put("events", s.events()).put("clusters", s.clusters()).put("outlets", s.sources()).put("bytes", s.bytes())
                .put("first_published", s.firstPublished()).put("last_published", s.lastPublished()).put("stale", s.stale());
        counts(o.putObject("top_outlets"), s.topOutlets());
        counts(o.putObject("event_types"), s.eventTypes());
        counts(o.putObject("versions"), s.versions());
        json(ctx, o);
    }

    private void ingest(Context ctx) throws StoreException, InterruptedException {
        Tokens.check(token, ctx.header("Authorization")); // before the body is read: no work for a client without the token
        Params.only(ctx, java.util.Set.of("published"));
        byte[] body = Bodies.read(ctx, options.maxBodyBytes());
        UrlSubmission.Request url = UrlSubmission.request(ctx.header("Content-Type"), body, ctx.queryParam("published"));
        Article article;
        if (url != null) {
            UrlSubmission.Fetched page = urls.fetch(url);
            article = page.article();
            body = page.raw(); // the store keeps the page, as sitrep ingest URL does
        } else {
            article = Submission.read(ctx.header("Content-Type"), body, ctx.queryParam("published"), options.maxBodyBytes());
        }
        Optional<Corpus.Stored> known = corpus.byHash(article.id());
        if (known.isPresent()) { // the same content again: nothing to analyse (the CLI's ingest skips it the same way)
            json(ctx, put(known.get().id(), "exists", known.get().duplicateOf(), null));
            return;
        }
        Reading reading = analyses.analyze(article);
        Store.Put put;
        synchronized (writer) {
            put = store.put(reading, body);
        }
        boolean added = put.status() == Store.Status.ADDED;
        ObjectNode o = put(put.id(), added ? "added" : "exists", put.duplicateOf(), added && put.duplicateOf() != null ? put.similarity() : null)
                .put("events", reading.events().size());
        if (added) {
            int matches = afterAdd.getAsInt(); // matched now, so the response and GET /api/watch agree; webhooks are sent in the background
            if (matches >= 0) o.put("watch_matches", matches);
        }
        ctx.status(added ? 201 : 200);
        ctx.header("Location", "/api/articles/" + put.id());
        json(ctx, o);
    }

    private static ObjectNode put(long id, String status, Long duplicateOf, Double similarity) {
        ObjectNode o = JSON.createObjectNode().put("id", id).put("status", status).put("url", "/api/articles/" + id);
        if (duplicateOf == null) o.putNull("duplicate_of"); else o.put("duplicate_of", duplicateOf);
        if (similarity != null) o.put("similarity", similarity);
        return o;
    }

    private static <T> ObjectNode paged(Paged<T> page, java.util.function.Function<T, ObjectNode> item) {
        ObjectNode o = JSON.createObjectNode().put("total", page.total()).put("limit", page.limit()).put("offset", page.offset());
        ArrayNode items = o.putArray("items");
        for (T t : page.items()) items.add(item.apply(t));
        return o;
    }

    private static void counts(ObjectNode o, Map<String, Long> m) {
        m.forEach(o::put);
    }

    private static void json(Context ctx, ObjectNode o) {
        ctx.contentType("application/json; charset=utf-8").result(o.toString());
    }
}

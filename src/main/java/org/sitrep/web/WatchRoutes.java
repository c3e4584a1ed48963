package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.sitrep.store.Page;
import org.sitrep.store.StoreException;
import org.sitrep.watch.AtomFeed;
import org.sitrep.watch.Match;
import org.sitrep.watch.WatchRule;
import org.sitrep.watch.WatchStore;
import org.sitrep.watch.Watcher;
import org.sitrep.watch.Webhooks;

/**
 * The watch routes: the rules (read by anyone; added, replaced and removed with the API token), each rule's matches,
 * its Atom feed and its webhook delivery log. A webhook URL is never shown (it may hold a secret). The server checks
 * the rules after each article {@code POST /api/ingest} adds ({@link #afterIngest}) and when a rule is added or
 * replaced; deliveries run on one background thread, which also retries the failed ones whose backoff has passed
 * every {@code sweep}.
 */
public final class WatchRoutes implements RouteGroup, AutoCloseable {

    static final int FEED_ENTRIES = 100;
    static final Duration SWEEP = Duration.ofSeconds(30);

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The store: a SQLite file or a postgresql:// URL. */
    private final String db;
    private final String token;
    private final WebOptions options;
    private final Watcher watcher;
    /** Deliveries, one at a time: a slow webhook delays the next one, never a request. */
    private final ScheduledExecutorService deliveries;
    /** One check at a time in this server: two would scan the same articles for nothing. */
    private final Object checking = new Object();

    /** The server's routes: webhook retries every 30 s with the default backoff, the options' URL guard. */
    public WatchRoutes(Path db, String token, WebOptions options) {
        this(db.toString(), token, options);
    }

    /** The same for a --db value (a SQLite file or a postgresql:// URL). */
    public WatchRoutes(String db, String token, WebOptions options) {
        this(db, token, options, new Webhooks(Webhooks.DEFAULT_BACKOFF, options.urlGuard()), SWEEP);
    }

    public WatchRoutes(Path db, String token, WebOptions options, Webhooks webhooks, Duration sweep) {
        this(db.toString(), token, options, webhooks, sweep);
    }

    public WatchRoutes(String db, String token, WebOptions options, Webhooks webhooks, Duration sweep) {
        if (token == null || token.length() < 16) throw new IllegalArgumentException("the API token must be at least 16 characters");
        this.db = db;
        this.token = token;
        this.options = options;
        this.watcher = new Watcher(webhooks);
        this.deliveries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sitrep-watch-deliveries");
            t.setDaemon(true);
            return t;
        });
        deliveries.scheduleWithFixedDelay(this::deliver, sweep.toMillis(), sweep.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/api/watch", this::rules);
        router.post("/api/watch", this::add);
        router.get("/api/watch/{name}", this::rule);
        router.put("/api/watch/{name}", this::replace);
        router.delete("/api/watch/{name}", this::remove);
        router.get("/api/watch/{name}/matches", this::matches);
        router.get("/api/watch/{name}/feed.atom", this::feed);
        router.get("/api/watch/{name}/deliveries", this::deliveries);
    }

    @Override
    public ObjectNode openApiPaths() {
        return OpenApi.fragment("openapi-watch.json");
    }

    /**
     * Checks the rules over what was just stored and queues the due deliveries. Returns the new matches, or -1 when
     * the store has no rules or the check failed (the article is stored either way; the failure goes to stderr).
     */
    public int afterIngest() {
        if (!WatchStore.hasRules(db)) return -1;
        try (WatchStore ws = WatchStore.open(db)) {
            return check(ws);
        } catch (StoreException e) {
            System.err.println("sitrep serve: watch rules: " + e.getMessage());
            return -1;
        }
    }

    /** Matches now (the caller waits) and hands the deliveries to the background thread. */
    private int check(WatchStore ws) throws StoreException {
        int found;
        synchronized (checking) {
            found = watcher.match(ws).size();
        }
        deliveries.execute(this::deliver);
        return found;
    }

    private void deliver() {
        if (!WatchStore.hasRules(db)) return;
        try (WatchStore ws = WatchStore.open(db)) {
            watcher.deliver(ws);
        } catch (StoreException | RuntimeException e) { // the next sweep tries again; the thread must survive
            System.err.println("sitrep serve: webhook deliveries: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        deliveries.shutdownNow();
    }

    private void rules(Context ctx) throws StoreException {
        Params.only(ctx);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode items = o.putArray("rules");
        if (WatchStore.hasRules(db)) {
            try (WatchStore ws = WatchStore.open(db)) {
                for (WatchStore.Stored s : ws.rules()) items.add(RuleBody.json(s));
            }
        }
        json(ctx, o);
    }

    private void rule(Context ctx) throws StoreException {
        Params.only(ctx);
        try (WatchStore ws = open(ctx)) {
            json(ctx, RuleBody.json(ws.rule(ctx.pathParam("name")).orElseThrow()));
        }
    }

    private void add(Context ctx) throws StoreException {
        Tokens.check(token, ctx.header("Authorization"));
        Params.only(ctx);
        RuleBody.Parsed p = RuleBody.read(ctx.header("Content-Type"), Bodies.read(ctx, options.maxBodyBytes()), null, options.urlGuard());
        try (WatchStore ws = WatchStore.open(db)) {
            // a rule from the API is guarded: its webhook's address is checked again at each delivery, whoever delivers
            if (!ws.add(p.rule(), p.fromNow(), !options.allowPrivateUrls())) {
                throw new ApiError(409, "a rule named " + p.rule().name() + " exists (PUT /api/watch/" + p.rule().name() + " replaces it)");
            }
            check(ws); // as sitrep watch add + check: the reply and the page show the backlog's matches at once
            ctx.status(201).header("Location", "/api/watch/" + p.rule().name());
            json(ctx, RuleBody.json(ws.rule(p.rule().name()).orElseThrow()));
        }
    }

    private void replace(Context ctx) throws StoreException {
        Tokens.check(token, ctx.header("Authorization"));
        Params.only(ctx);
        String name = ctx.pathParam("name");
        RuleBody.Parsed p = RuleBody.read(ctx.header("Content-Type"), Bodies.read(ctx, options.maxBodyBytes()), name, options.urlGuard());
        if (!WatchStore.hasRules(db)) throw new ApiError(404, "no watch rule named " + name);
        try (WatchStore ws = WatchStore.open(db)) {
            if (!ws.replace(p.rule(), !options.allowPrivateUrls())) throw new ApiError(404, "no watch rule named " + name + " (POST /api/watch adds one)");
            check(ws);
            json(ctx, RuleBody.json(ws.rule(name).orElseThrow()));
        }
    }

    private void remove(Context ctx) throws StoreException {
        Tokens.check(token, ctx.header("Authorization"));
        Params.only(ctx);
        String name = ctx.pathParam("name");
        if (!WatchStore.hasRules(db)) throw new ApiError(404, "no watch rule named " + name);
        try (WatchStore ws = WatchStore.open(db)) {
            if (!ws.remove(name)) throw new ApiError(404, "no watch rule named " + name);
        }
        ctx.status(204);
    }

    private void matches(Context ctx) throws StoreException, IOException {
        Params.only(ctx, Params.PAGE);
        Page page = Params.page(ctx, StoreRoutes.DEFAULT_LIMIT);
        try (WatchStore ws = open(ctx)) {
            WatchStore.Stored s = ws.rule(ctx.pathParam("name")).orElseThrow();
            ObjectNode o = JSON.createObjectNode().put("rule", s.rule().name()).put("total", s.matches()).put("limit", page.limit()).put("offset", page.offset());
            ArrayNode items = o.putArray("items");
            for (Match m : ws.matches(s.rule().name(), page.limit(), page.offset())) items.add(JSON.readTree(m.json()));
            json(ctx, o);
        }
    }

    private void feed(Context ctx) throws StoreException {
        Params.only(ctx);
        try (WatchStore ws = open(ctx)) {
            WatchRule r = ws.rule(ctx.pathParam("name")).orElseThrow().rule();
            String xml = AtomFeed.of(r, ws.matches(r.name(), FEED_ENTRIES, 0), "/api/watch/" + r.name() + "/feed.atom");
            ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
        }
    }

    /** Every attempt (host only: the URL may hold a secret) and what is still owed. */
    private void deliveries(Context ctx) throws StoreException {
        Params.only(ctx);
        try (WatchStore ws = open(ctx)) {
            String name = ctx.pathParam("name");
            ObjectNode o = JSON.createObjectNode().put("rule", name);
            ArrayNode pending = o.putArray("outstanding");
            for (WatchStore.Pending p : ws.outbox(name)) {
                ObjectNode i = pending.addObject().put("article_id", p.articleId()).put("event", p.event()).put("attempts", p.attempts())
                        .put("state", p.state());
                if (p.state().equals("pending")) i.put("next_attempt_at", Instant.ofEpochMilli(p.nextAt()).toString());
            }
            ArrayNode attempts = o.putArray("attempts");
            for (WatchStore.Delivery d : ws.deliveries(name)) {
                ObjectNode i = attempts.addObject().put("article_id", d.articleId()).put("event", d.event()).put("host", host(d.url()))
                        .put("attempt", d.attempt()).put("at", d.at());
                if (d.status() == null) i.putNull("status"); else i.put("status", d.status());
                i.put("error", d.error());
            }
            json(ctx, o);
        }
    }

    private static String host(String url) {
        try {
            return URI.create(url).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The watch tables, when the named rule exists; else a 404. */
    private WatchStore open(Context ctx) throws StoreException {
        String name = ctx.pathParam("name");
        if (!WatchStore.hasRules(db)) throw new ApiError(404, "no watch rule named " + name);
        WatchStore ws = WatchStore.open(db);
        if (ws.rule(name).isEmpty()) {
            ws.close();
            throw new ApiError(404, "no watch rule named " + name);
        }
        return ws;
    }

    private static void json(Context ctx, ObjectNode o) {
        ctx.contentType("application/json; charset=utf-8").result(o.toString());
    }
}

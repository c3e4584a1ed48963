package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sitrep.store.Page;
import org.sitrep.store.StoreException;
import org.sitrep.watch.AtomFeed;
import org.sitrep.watch.Match;
import org.sitrep.watch.WatchRule;
import org.sitrep.watch.WatchStore;

/**
 * The watch routes (read-only): the rules, each rule's matches, and an Atom feed per rule. Rules are added with
 * {@code sitrep watch add}; a webhook URL is never shown (it may hold a secret and these routes need no token).
 */
public final class WatchRoutes implements RouteGroup {

    static final int FEED_ENTRIES = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path db;

    public WatchRoutes(Path db) { this.db = db; }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/api/watch", this::rules);
        router.get("/api/watch/{name}/matches", this::matches);
        router.get("/api/watch/{name}/feed.atom", this::feed);
    }

    @Override
    public ObjectNode openApiPaths() {
        return OpenApi.fragment("openapi-watch.json");
    }

    private void rules(Context ctx) throws StoreException {
        Params.only(ctx);
        ObjectNode o = JSON.createObjectNode();
        ArrayNode items = o.putArray("rules");
        if (WatchStore.hasRules(db)) {
            try (WatchStore ws = WatchStore.open(db)) {
                for (WatchStore.Stored s : ws.rules()) {
                    WatchRule r = s.rule();
                    ObjectNode i = items.addObject().put("name", r.name());
                    strings(i.putArray("actor"), r.actors());
                    strings(i.putArray("type"), r.types());
                    strings(i.putArray("modality"), r.modalities());
                    strings(i.putArray("country"), r.countries());
                    if (r.near() == null) i.putNull("near");
                    else i.putObject("near").put("lat", r.near().lat()).put("lon", r.near().lon()).put("radius_km", r.near().radiusKm());
                    strings(i.putArray("outlet"), r.outlets());
                    i.put("min_sources", r.minSources()).put("webhook", r.webhook() != null).put("matches", s.matches())
                            .put("checked_at", s.checkedAt()).put("feed", "/api/watch/" + r.name() + "/feed.atom");
                }
            }
        }
        ctx.contentType("application/json; charset=utf-8").result(o.toString());
    }

    private void matches(Context ctx) throws StoreException, IOException {
        Params.only(ctx, Params.PAGE);
        Page page = Params.page(ctx, StoreRoutes.DEFAULT_LIMIT);
        try (WatchStore ws = open(ctx)) {
            WatchStore.Stored s = ws.rule(ctx.pathParam("name")).orElseThrow();
            ObjectNode o = JSON.createObjectNode().put("rule", s.rule().name()).put("total", s.matches()).put("limit", page.limit()).put("offset", page.offset());
            ArrayNode items = o.putArray("items");
            for (Match m : ws.matches(s.rule().name(), page.limit(), page.offset())) items.add(JSON.readTree(m.json()));
            ctx.contentType("application/json; charset=utf-8").result(o.toString());
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

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}

package org.sitrep.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.store.EntityKey;
import org.sitrep.store.FactViews;
import org.sitrep.store.Facts;
import org.sitrep.store.PlaceKey;
import org.sitrep.store.StoreException;

/**
 * The store by entity and place: entity and place lists and pages (store-wide keys, {@link EntityKey} and
 * {@link PlaceKey}, URL-encoded as one path segment), quote and claim search, event clusters and stories. Read-only,
 * through the {@link Facts} of the server's {@link org.sitrep.store.Corpus}.
 */
public final class EntityRoutes implements RouteGroup {

    static final int DETAIL_LIMIT = 20;

    /** The store's records as they are, in the API's snake case; every value is data (the UI puts it in text nodes). */
    private static final ObjectMapper JSON = new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
    private static final Set<String> ENTITY_LIST = Set.of("q", "name", "type", "actor");
    private static final Set<String> PLACE_LIST = Set.of("q", "name", "country");
    private static final Set<String> STATEMENTS = Set.of("speaker", "q", "since", "until", "outlet");

    private final Facts facts;

    public EntityRoutes(Facts facts) { this.facts = facts; }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.get("/api/entities", this::entities);
        router.get("/api/entities/{key}", this::entity);
        router.get("/api/places", this::places);
        router.get("/api/places/{key}", this::place);
        router.get("/api/quotes", ctx -> statements(ctx, false));
        router.get("/api/claims", ctx -> statements(ctx, true));
        router.get("/api/clusters/{id}", this::cluster);
        router.get("/api/stories/{id}", this::story);
    }

    @Override
    public ObjectNode openApiPaths() {
        return OpenApi.fragment("openapi-entities.json");
    }

    private void entities(Context ctx) throws StoreException {
        Params.only(ctx, ENTITY_LIST, Params.PAGE);
        for (String t : Params.list(ctx, "type")) {
            if (!EntityKey.TYPES.contains(t.toUpperCase(java.util.Locale.ROOT))) throw ApiError.badRequest("type must be one of " + EntityKey.TYPES.stream().sorted().toList() + ", not '" + t + "'");
        }
        json(ctx, facts.entities(text(ctx, "q"), text(ctx, "name"), Params.list(ctx, "type"), Params.list(ctx, "actor"),
                Params.page(ctx, StoreRoutes.DEFAULT_LIMIT)));
    }

    private void entity(Context ctx) throws StoreException {
        Params.only(ctx, Params.PAGE);
        String raw = ctx.pathParam("key");
        EntityKey key = EntityKey.parse(raw).orElseThrow(() -> ApiError.badRequest(
                "an entity key is TYPE:name with TYPE one of " + EntityKey.TYPES.stream().sorted().toList() + ", not '" + raw + "'"));
        Optional<FactViews.EntityView> view = facts.entity(key, Params.page(ctx, DETAIL_LIMIT));
        json(ctx, view.orElseThrow(() -> new ApiError(404, "no stored article names the entity " + key)));
    }

    private void places(Context ctx) throws StoreException {
        Params.only(ctx, PLACE_LIST, Params.PAGE);
        json(ctx, facts.places(text(ctx, "q"), text(ctx, "name"), Params.list(ctx, "country"), Params.page(ctx, StoreRoutes.DEFAULT_LIMIT)));
    }

    private void place(Context ctx) throws StoreException {
        Params.only(ctx, Params.PAGE);
        String raw = ctx.pathParam("key");
        PlaceKey key = PlaceKey.parse(raw).orElseThrow(() -> ApiError.badRequest("a place key is a GeoNames id or a place name, not '" + raw + "'"));
        Optional<FactViews.PlaceView> view = facts.place(key, Params.page(ctx, DETAIL_LIMIT));
        json(ctx, view.orElseThrow(() -> new ApiError(404, "no stored article names the place " + key)));
    }

    private void statements(Context ctx, boolean claims) throws StoreException {
        Params.only(ctx, STATEMENTS, Params.PAGE);
        org.sitrep.store.Query dates = Params.query(ctx, false); // the same date checks as every other route
        FactViews.StatementQuery q = new FactViews.StatementQuery(text(ctx, "speaker"), text(ctx, "q"), dates.since(), dates.until(), dates.outlets());
        var page = Params.page(ctx, StoreRoutes.DEFAULT_LIMIT);
        json(ctx, claims ? facts.claims(q, page) : facts.quotes(q, page));
    }

    private void cluster(Context ctx) throws StoreException {
        Params.only(ctx);
        long id = id(ctx, "an event cluster");
        json(ctx, facts.cluster(id).orElseThrow(() -> new ApiError(404, "no event cluster " + id)));
    }

    private void story(Context ctx) throws StoreException {
        Params.only(ctx);
        long id = id(ctx, "a story");
        json(ctx, facts.story(id).orElseThrow(() -> new ApiError(404, "no story " + id)));
    }

    private static long id(Context ctx, String what) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("id must be the number of " + what + ", not '" + ctx.pathParam("id") + "'");
        }
    }

    private static String text(Context ctx, String name) {
        List<String> values = ctx.queryParams(name);
        if (values.size() > 1) throw ApiError.badRequest(name + " takes one value");
        if (values.isEmpty() || values.get(0).isBlank()) return null;
        if (values.get(0).length() > 200) throw ApiError.badRequest(name + " is longer than 200 characters");
        return values.get(0).strip();
    }

    private static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}

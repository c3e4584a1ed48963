package org.sitrep.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.store.Page;
import org.sitrep.store.Query;

/**
 * Query parameters into the store's {@link Query}, with the same rules as {@code sitrep search}'s options: list
 * parameters take comma-separated values and may repeat, dates are ISO days, {@code near} is LAT,LON with a
 * {@code radius} in km (default 50, as on the command line). A bad or unknown parameter is a 400 that names it: a
 * misspelt filter silently ignored would return the unfiltered corpus.
 */
final class Params {

    static final Set<String> PAGE = Set.of("limit", "offset");
    static final Set<String> ARTICLE = Set.of("q", "outlet", "since", "until", "duplicates");
    static final Set<String> EVENT = Set.of("q", "type", "modality", "actor", "country", "near", "radius", "outlet", "since", "until", "duplicates");

    private Params() {}

    /** Refuses any parameter outside the allowed sets. */
    @SafeVarargs
    static void only(Context ctx, Set<String>... allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (name.isEmpty()) continue; // "?&limit=5": an empty pair, not a filter
            boolean ok = false;
            for (Set<String> s : allowed) ok |= s.contains(name);
            if (!ok) throw ApiError.badRequest("unknown parameter '" + name + "' (see /api/openapi.json)");
        }
    }

    static Query query(Context ctx, boolean events) {
        String since = date(ctx, "since"), until = date(ctx, "until");
        if (since != null && until != null && since.compareTo(until) > 0) throw ApiError.badRequest("since (" + since + ") is after until (" + until + ")");
        String q = ctx.queryParam("q");
        return new Query(q == null || q.isBlank() ? null : q, list(ctx, "actor"), list(ctx, "type"), list(ctx, "modality"),
                list(ctx, "country"), since, until, list(ctx, "outlet"), near(ctx), 0, bool(ctx, "duplicates"), events);
    }

    static Page page(Context ctx, int defaultLimit) {
        return new Page(integer(ctx, "limit", defaultLimit, 1, Page.MAX_LIMIT), integer(ctx, "offset", 0, 0, Page.MAX_OFFSET));
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= min && n <= max) return n;
        } catch (NumberFormatException ignored) { // reported below, with the range
        }
        throw ApiError.badRequest(name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }

    static List<String> list(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String s : v.split(",")) if (!s.isBlank()) out.add(s.strip());
        }
        if (out.size() > 50) throw ApiError.badRequest(name + " takes at most 50 values");
        return out;
    }

    private static boolean bool(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return false;
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw ApiError.badRequest(name + " must be true or false, not '" + v + "'");
        };
    }

    private static String date(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        try {
            return LocalDate.parse(v.strip()).toString();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest(name + " must be a date like 2019-11-01, not '" + v + "'");
        }
    }

    private static Query.Near near(Context ctx) {
        String near = ctx.queryParam("near"), radius = ctx.queryParam("radius");
        if (near == null || near.isBlank()) {
            if (radius != null && !radius.isBlank()) throw ApiError.badRequest("radius needs near=LAT,LON");
            return null;
        }
        String[] p = near.split(",");
        double lat, lon, km = 50;
        try {
            if (p.length != 2) throw new NumberFormatException();
            lat = Double.parseDouble(p[0].strip());
            lon = Double.parseDouble(p[1].strip());
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("near must be LAT,LON, e.g. near=37.06,37.38, not '" + near + "'");
        }
        if (radius != null && !radius.isBlank()) {
            try {
                km = Double.parseDouble(radius.strip().toLowerCase(Locale.ROOT).replaceFirst("\\s*km$", ""));
            } catch (NumberFormatException e) {
                throw ApiError.badRequest("radius must be a number of km, e.g. radius=100km, not '" + radius + "'");
            }
        }
        try {
            return new Query.Near(lat, lon, km);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest((e.getMessage().startsWith("radius") ? "radius" : "near") + ": " + e.getMessage());
        }
    }
}

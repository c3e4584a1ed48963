package org.sitrep.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.net.UrlGuard;
import org.sitrep.watch.WatchRule;
import org.sitrep.watch.WatchStore;

/**
 * A watch rule as JSON, both ways. In: the fields of {@code sitrep watch add} ({@code name, actor, type, modality,
 * country, near, radius, outlet, min_sources, webhook, from_now}; lists as arrays or comma-separated strings), built
 * by {@link WatchRule#of} exactly as the command line does, so both refuse the same input with the same reason. Out:
 * the rule without its webhook URL (it may hold a secret, and the read routes need no token).
 */
final class RuleBody {

    static final Set<String> FIELDS = Set.of("name", "actor", "type", "modality", "country", "near", "radius", "outlet", "min_sources",
            "webhook", "from_now");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A rule read from a request, and whether it checks only articles stored from now on. */
    record Parsed(WatchRule rule, boolean fromNow) {}

    private RuleBody() {}

    /**
     * @param pathName the rule's name from the path (PUT), or null (POST: the body names it)
     * @param guard    the webhook must pass it now; it is checked again at every delivery
     */
    static Parsed read(String contentType, byte[] body, String pathName, UrlGuard guard) {
        String mime = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mime.equals("application/json")) throw new ApiError(415, "send the rule as application/json");
        JsonNode o;
        try {
            o = JSON.readTree(body);
        } catch (IOException e) {
            throw ApiError.badRequest("malformed JSON");
        }
        if (o == null || !o.isObject()) throw ApiError.badRequest("the body must be a JSON object: {\"name\": ..., \"actor\": [...], \"type\": [...], ...}");
        for (Iterator<String> names = o.fieldNames(); names.hasNext(); ) {
            String f = names.next();
            if (!FIELDS.contains(f)) throw ApiError.badRequest("unknown field '" + f + "' (the fields are those of sitrep watch add: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
        }
        String name = text(o, "name");
        if (pathName != null) {
            if (name != null && !name.equals(pathName)) throw ApiError.badRequest("the body names the rule '" + name + "', the path '" + pathName + "'");
            if (o.has("from_now")) throw ApiError.badRequest("from_now applies when a rule is added; a replaced rule keeps its mark");
            name = pathName;
        }
        if (name == null) throw ApiError.badRequest("a rule needs a name");
        JsonNode min = o.get("min_sources");
        if (min != null && !min.isNull() && !(min.isIntegralNumber() && min.canConvertToInt())) {
            throw ApiError.badRequest("min_sources must be a whole number");
        }
        JsonNode fromNow = o.get("from_now");
        if (fromNow != null && !fromNow.isNull() && !fromNow.isBoolean()) throw ApiError.badRequest("from_now must be true or false");
        WatchRule rule;
        try {
            rule = WatchRule.of(name, list(o, "actor"), list(o, "type"), list(o, "modality"), list(o, "country"), text(o, "near"),
                    text(o, "radius"), list(o, "outlet"), min == null || min.isNull() ? 0 : min.asInt(), text(o, "webhook"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        if (rule.webhook() != null) {
            String refused = guard.refusal(URI.create(rule.webhook()));
            if (refused != null) throw ApiError.badRequest("webhook: " + refused);
        }
        return new Parsed(rule, fromNow != null && fromNow.asBoolean());
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) return null;
        if (n.isTextual() || n.isNumber() && field.equals("radius")) return n.asText();
        throw ApiError.badRequest(field + " must be a string");
    }

    private static List<String> list(JsonNode o, String field) {
        JsonNode n = o.get(field);
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) return out;
        if (n.isTextual()) {
            for (String s : n.asText().split(",")) if (!s.isBlank()) out.add(s.strip());
        } else if (n.isArray()) {
            for (JsonNode v : n) {
                if (!v.isTextual()) throw ApiError.badRequest(field + " must be a list of strings");
                out.add(v.asText());
            }
        } else {
            throw ApiError.badRequest(field + " must be a list of strings or one comma-separated string");
        }
        if (out.size() > 50) throw ApiError.badRequest(field + " takes at most 50 values");
        return out;
    }

    /** The rule as the list and the item routes show it. */
    static ObjectNode json(WatchStore.Stored s) {
        WatchRule r = s.rule();
        ObjectNode i = JSON.createObjectNode().put("name", r.name());
        strings(i.putArray("actor"), r.actors());
        strings(i.putArray("type"), r.types());
        strings(i.putArray("modality"), r.modalities());
        strings(i.putArray("country"), r.countries());
        if (r.near() == null) i.putNull("near");
        else i.putObject("near").put("lat", r.near().lat()).put("lon", r.near().lon()).put("radius_km", r.near().radiusKm());
        strings(i.putArray("outlet"), r.outlets());
        i.put("min_sources", r.minSources()).put("webhook", r.webhook() != null).put("matches", s.matches())
                .put("last_match_at", s.lastMatchAt()).put("checked_at", s.checkedAt())
                .put("feed", "/api/watch/" + r.name() + "/feed.atom");
        return i;
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}

package org.sitrep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.report.JsonOutput;
import org.sitrep.store.Hit;

/**
 * Hits as a table to read, CSV with ACLED-like columns, JSON Lines or GeoJSON features. News text is untrusted:
 * control characters (terminal escapes) are removed, CSV cells are quoted, and text cells that a spreadsheet would
 * run as a formula get a leading apostrophe.
 */
final class HitFormat {

    /** ACLED's column names where they fit, then sitrep's own. */
    static final List<String> CSV_COLUMNS = List.of("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
            "country", "admin1", "location", "latitude", "longitude", "geo_precision", "source", "source_chain", "modality", "notes",
            "fatalities", "evidence", "title", "url", "article_id", "event_id", "copies", "cluster", "story", "sources");

    private HitFormat() {}

    static Map<String, Object> fields(Hit h) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_date", h.when());
        m.put("time_precision", h.precision());
        m.put("event_type", h.plover());
        m.put("sub_event_type", h.mode());
        m.put("actor1", h.actor1());
        m.put("actor2", h.actor2());
        m.put("country", h.country());
        m.put("admin1", h.admin1());
        m.put("location", h.location());
        m.put("latitude", h.lat());
        m.put("longitude", h.lon());
        m.put("geo_precision", h.geoPrecision());
        m.put("source", h.publisher());
        m.put("source_chain", h.sourceChain());
        m.put("modality", h.modality());
        m.put("notes", h.summary());
        m.put("fatalities", h.fatalities());
        m.put("evidence", h.evidence());
        m.put("title", h.title());
        m.put("url", h.url());
        m.put("article_id", h.articleId());
        m.put("event_id", h.event());
        m.put("copies", h.copies());
        m.put("cluster", h.cluster());
        m.put("story", h.story());
        m.put("sources", h.sources());
        return m;
    }

    static String csvHeader() { return String.join(",", CSV_COLUMNS); }

    static String csv(Hit h) {
        List<String> cells = new ArrayList<>();
        for (Object v : fields(h).values()) cells.add(cell(v));
        return String.join(",", cells);
    }

    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Number) return v.toString();
        String s = clean(v.toString());
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) s = "'" + s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    static String json(Hit h) {
        try {
            return JsonOutput.mapper().writeValueAsString(fields(h));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One GeoJSON Feature; hits without coordinates have a null geometry (valid GeoJSON). */
    static ObjectNode feature(Hit h) {
        ObjectNode f = JsonOutput.mapper().createObjectNode();
        f.put("type", "Feature");
        if (h.lat() != null && h.lon() != null) {
            ObjectNode g = f.putObject("geometry");
            g.put("type", "Point");
            ArrayNode c = g.putArray("coordinates");
            c.add(h.lon());
            c.add(h.lat());
        } else {
            f.putNull("geometry");
        }
        f.set("properties", JsonOutput.mapper().valueToTree(fields(h)));
        return f;
    }

    /** A readable block per hit: what, who, where, when, and the evidence sentence. */
    static String table(Hit h, int n) {
        StringBuilder sb = new StringBuilder();
        sb.append(n).append(". ").append(clean(nz(h.when()))).append("  ").append(clean(nz(h.publisher())));
        if (h.isEvent()) {
            sb.append("  ").append(clean(nz(h.plover()))).append(h.mode() == null ? "" : "/" + clean(h.mode()))
                    .append(" (").append(clean(nz(h.modality()))).append(')');
            if (h.actor1() != null || h.actor2() != null) sb.append("  ").append(clean(nz(h.actor1()))).append(" -> ").append(clean(nz(h.actor2())));
            if (h.location() != null || h.country() != null) sb.append("  @ ").append(clean(nz(h.location()))).append(h.country() == null ? "" : " " + clean(h.country()));
        }
        if (h.copies() > 0) sb.append("  [+").append(h.copies()).append(h.copies() == 1 ? " copy]" : " copies]");
        if (h.cluster() != null) sb.append("  [event cluster ").append(h.cluster());
        else if (h.story() != null) sb.append("  [story ").append(h.story());
        if (h.cluster() != null || h.story() != null) {
            int sources = h.sources() == null ? 0 : h.sources();
            sb.append(": ").append(sources).append(sources == 1 ? " independent source]" : " independent sources]");
        }
        sb.append("\n   ").append(clean(nz(h.title())));
        if (h.evidence() != null) sb.append("\n   \u201c").append(clean(h.evidence())).append('\u201d');
        if (h.url() != null) sb.append("\n   ").append(clean(h.url()));
        return sb.append('\n').toString();
    }

    private static String nz(String s) { return s == null ? "-" : s; }

    /** Removes control characters (ESC and the like, which could drive a terminal) and folds whitespace runs. */
    static String clean(String s) {
        return s.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "").replaceAll("\\s+", " ").strip();
    }
}

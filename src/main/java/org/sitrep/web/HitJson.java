package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sitrep.store.GeoPoint;
import org.sitrep.store.Hit;

/**
 * Search hits as API JSON. The field names are those of {@code sitrep search --format jsonl} where they overlap
 * (snake case, ACLED-like), so a client can read both; every value is data, never markup (the UI puts it in text nodes).
 */
final class HitJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HitJson() {}

    static ObjectNode article(Hit h) {
        ObjectNode o = JSON.createObjectNode().put("article_id", h.articleId()).put("title", h.title()).put("publisher", h.publisher())
                .put("published", h.published()).put("url", h.url()).put("duplicate_of", h.duplicateOf()).put("copies", h.copies());
        return o.put("evidence", h.evidence());
    }

    static ObjectNode event(Hit h) {
        ObjectNode o = article(h);
        o.put("event_id", h.event()).put("event_date", h.when()).put("time_precision", h.precision()).put("event_type", h.plover())
                .put("sub_event_type", h.mode()).put("cameo", h.cameo()).put("modality", h.modality()).put("actor1", h.actor1())
                .put("actor2", h.actor2()).put("country", h.country()).put("admin1", h.admin1()).put("location", h.location())
                .put("latitude", h.lat()).put("longitude", h.lon()).put("geo_precision", h.geoPrecision())
                .put("source_chain", h.sourceChain()).put("fatalities", h.fatalities()).put("notes", h.summary()).put("cluster", h.cluster());
        return o;
    }

    static ObjectNode feature(GeoPoint p) {
        ObjectNode f = JSON.createObjectNode().put("type", "Feature");
        ObjectNode g = f.putObject("geometry").put("type", "Point");
        g.putArray("coordinates").add(p.lon()).add(p.lat());
        f.putObject("properties").put("article_id", p.articleId()).put("event_id", p.event()).put("event_type", p.type())
                .put("modality", p.modality()).put("event_date", p.date()).put("location", p.location()).put("title", p.title());
        return f;
    }
}

package org.sitrep.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.report.JsonOutput;

/**
 * Writes the fact tables of one reading (entities, mentions, places, quotes, claims, events and their actor and
 * country index rows) for an article row that already exists. Runs inside the caller's transaction.
 */
final class RowWriter {

    private static final ObjectMapper JSON = JsonOutput.mapper();
    /** What a quantity must count for it to be an event's fatalities. */
    private static final Pattern DEATHS = Pattern.compile("\\b(killed|dead|deaths?|died|fatalities|lives|bodies|slain)\\b",
            Pattern.CASE_INSENSITIVE);

    private RowWriter() {}

    static void write(Connection c, long article, Reading r) throws SQLException {
        String text = r.article().text();
        Map<String, Entity> entities = new HashMap<>();
        try (PreparedStatement e = c.prepareStatement("INSERT INTO entities(article_id,id,type,name,actor,aliases,titles,note) VALUES(?,?,?,?,?,?,?,?)");
             PreparedStatement m = c.prepareStatement("INSERT INTO mentions(article_id,entity,text,start,\"end\",sentence) VALUES(?,?,?,?,?,?)")) {
            for (Entity en : r.entities()) {
                entities.put(en.id(), en);
                bind(e, article, en.id(), en.type(), en.name(), en.actor(), json(en.aliases()), json(en.titles()), en.note());
                e.addBatch();
                for (Mention mn : en.mentions()) {
                    bind(m, article, en.id(), mn.text(), mn.start(), mn.end(), mn.sentence());
                    m.addBatch();
                }
            }
            e.executeBatch();
            m.executeBatch();
        }
        Map<String, Place> places = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO places(article_id,id,name,geonames_id,country,admin1,lat,lon,precision,role,entity,publisher_home) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Place pl : r.places()) {
                places.put(pl.id(), pl);
                bind(p, article, pl.id(), pl.name(), pl.geonamesId(), pl.country(), pl.admin1(), pl.lat(), pl.lon(), pl.precision(), pl.role(), pl.entity(),
                        pl.publisherHome() ? 1 : 0);
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement q = c.prepareStatement("INSERT INTO quotes(article_id,id,kind,text,start,\"end\",cue,speaker,speaker_entity,"
                + "addressee,reported_by,sentence) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (Quote qu : r.quotes()) {
                bind(q, article, qu.id(), qu.kind(), qu.text(), qu.start(), qu.end(), qu.cue() == null ? null : qu.cue().text(),
                        qu.speaker() == null ? null : qu.speaker().text(), qu.speaker() == null ? null : qu.speaker().entity(),
                        qu.addressee() == null ? null : qu.addressee().text(), qu.reportedBy(), qu.sentence());
                q.addBatch();
            }
            q.executeBatch();
        }
        Map<String, Claim> claims = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO claims(article_id,id,quote,text,start,\"end\",stance,chain,source_chain,evidence) "
                + "VALUES(?,?,?,?,?,?,?,?,?,?)")) {
            for (Claim cl : r.claims()) {
                claims.put(cl.id(), cl);
                bind(s, article, cl.id(), cl.quote(), cl.text(), cl.start(), cl.end(), cl.stance(), json(cl.chain()), chain(cl),
                        cl.evidence() == null ? null : cl.evidence().text());
                s.addBatch();
            }
            s.executeBatch();
        }
        Map<String, Quantity> quantities = new HashMap<>();
        for (Quantity qt : r.quantities()) quantities.put(qt.id(), qt);
        writeEvents(c, article, r, text, entities, places, claims, quantities);
    }

    private static void writeEvents(Connection c, long article, Reading r, String text, Map<String, Entity> entities,
                                    Map<String, Place> places, Map<String, Claim> claims, Map<String, Quantity> quantities)
            throws SQLException {
        try (PreparedStatement ev = c.prepareStatement("INSERT INTO events(article_id,id,plover,mode,cameo,modality,negated,trigger,"
                + "actor1,actor1_entity,actor1_code,actor2,actor2_entity,actor2_code,place,location,admin1,lat,lon,geo_precision,"
                + "countries,country,date,precision,claim,asserted_by,source_chain,sentence,evidence,summary,fatalities) "
                + "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
             PreparedStatement ac = c.prepareStatement(Dialect.of(c).insertIgnore("event_actors", "article_id,event,role,name"));
             PreparedStatement co = c.prepareStatement(Dialect.of(c).insertIgnore("event_countries", "article_id,event,country"))) {
            for (Event e : r.events()) {
                Place pl = e.place() == null ? null : places.get(e.place());
                Claim cl = e.claim() == null ? null : claims.get(e.claim());
                String chain = cl != null ? chain(cl) : r.article().publisher();
                bind(ev, article, e.id(), e.plover(), e.mode(), e.cameo(), e.modality(), e.negated() ? 1 : 0,
                        e.trigger() == null ? null : e.trigger().text(),
                        actorName(e.source(), entities), e.source() == null ? null : e.source().entity(), e.source() == null ? null : e.source().code(),
                        actorName(e.target(), entities), e.target() == null ? null : e.target().entity(), e.target() == null ? null : e.target().code(),
                        e.place(), pl == null ? null : pl.name(), pl == null ? null : pl.admin1(), pl == null ? null : pl.lat(),
                        pl == null ? null : pl.lon(), pl == null ? null : pl.precision(), json(e.countries()),
                        !e.countries().isEmpty() ? e.countries().get(0) : pl == null ? null : pl.country(),
                        e.date(), e.precision(), e.claim(), e.assertedBy(), chain, e.sentence(), sentence(r, e.sentence(), text),
                        e.summary(), fatalities(e, quantities));
                ev.addBatch();
                for (String[] a : actorNames(e, entities)) {
                    bind(ac, article, e.id(), a[0], a[1]);
                    ac.addBatch();
                }
                Set<String> countries = new LinkedHashSet<>(e.countries());
                if (pl != null && pl.country() != null) countries.add(pl.country());
                for (String country : countries) {
                    bind(co, article, e.id(), country);
                    co.addBatch();
                }
            }
            ev.executeBatch();
            ac.executeBatch();
            co.executeBatch();
        }
    }

    /** The name of an argument's entity, else its text as written. */
    static String actorName(Event.Argument a, Map<String, Entity> entities) {
        if (a == null) return null;
        Entity en = a.entity() == null ? null : entities.get(a.entity());
        return en != null ? en.name() : a.text();
    }

    /** Every name an actor filter can match: text as written, the entity's name and aliases, the actor code. */
    static List<String[]> actorNames(Event e, Map<String, Entity> entities) {
        java.util.ArrayList<String[]> out = new java.util.ArrayList<>();
        add(out, "source", e.source(), entities);
        add(out, "target", e.target(), entities);
        return out;
    }

    private static void add(List<String[]> out, String role, Event.Argument a, Map<String, Entity> entities) {
        for (String n : org.sitrep.place.EventSignatures.actorNames(a, entities)) out.add(new String[] {role, n});
    }

    static String sentence(Reading r, int index, String text) {
        for (Sentence s : r.sentences()) if (s.index() == index) return text.substring(s.start(), Math.min(s.end(), text.length()));
        return null;
    }

    /** "publisher > outlet > speaker", outermost first. */
    static String chain(Claim c) {
        return String.join(" > ", c.chain().stream().map(Claim.Source::name).filter(n -> n != null && !n.isBlank()).toList());
    }

    static Integer fatalities(Event e, Map<String, Quantity> quantities) {
        for (String id : e.quantities()) {
            Quantity q = quantities.get(id);
            if (q == null || q.value() == null) continue;
            String what = (q.counted() == null ? "" : q.counted()) + " " + q.text();
            if (DEATHS.matcher(what).find() || "KILL".equals(e.mode())) return (int) Math.round(q.value());
        }
        return null;
    }

    /** The reading's sentence spans as JSON, {@code [[start,end],…]} (column {@code articles.sentences}). */
    static String sentences(Reading r) {
        StringBuilder sb = new StringBuilder("[");
        for (Sentence s : r.sentences()) sb.append(sb.length() == 1 ? "" : ",").append('[').append(s.start()).append(',').append(s.end()).append(']');
        return sb.append(']').toString();
    }

    /** The raw input as kept in {@code articles.raw}: gzip, or null without one. */
    static byte[] gzip(byte[] raw) {
        if (raw == null) return null;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(raw.length / 3 + 64);
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(raw);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("gzip in memory failed", e);
        }
        return out.toByteArray();
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) ps.setNull(i + 1, Types.NULL);
            else if (v instanceof String s) ps.setString(i + 1, s);
            else if (v instanceof Integer n) ps.setInt(i + 1, n);
            else if (v instanceof Long n) ps.setLong(i + 1, n);
            else if (v instanceof Double d) ps.setDouble(i + 1, d);
            else if (v instanceof byte[] b) ps.setBytes(i + 1, b);
            else throw new IllegalArgumentException("cannot bind " + v.getClass());
        }
    }
}

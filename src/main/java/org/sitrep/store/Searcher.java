package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Turns a {@link Query} into one parameterised SELECT, in the {@link Dialect} of the connection. Values only ever
 * reach the database as bound parameters; the full text query is rebuilt from its words (each quoted for FTS5, plain
 * words for PostgreSQL's plainto_tsquery), so query operators in user input are plain words.
 */
final class Searcher {

    private static final double EARTH_KM = 6371.0088;

    private final Connection c;
    private final Dialect d;

    Searcher(Connection c) throws SQLException {
        this.c = c;
        this.d = Dialect.of(c);
    }

    void run(Query q, boolean all, Consumer<Hit> sink) throws SQLException {
        boolean events = q.wantsEvents();
        List<Object> args = new ArrayList<>();
        // a radius is checked here, after the bounding box in SQL, so the limit can only be applied while reading
        int limit = all || q.limit() == 0 ? Integer.MAX_VALUE : q.limit();
        boolean limited = q.near() == null && limit != Integer.MAX_VALUE;
        StringBuilder keys = new StringBuilder(events ? "SELECT k.article_id ka, k.event ke, k.at kw FROM event_keys k WHERE 1=1"
                : "SELECT a.id ka, NULL ke, a.published kw FROM articles a WHERE 1=1");
        filters(d, q, events, keys, args);
        keys.append(events ? eventOrder(d) : articleOrder(d));
        if (limited) keys.append(" LIMIT ").append(limit);
        // The rows are read in full only for the hits (a late row lookup): sorting every match with its text and
        // evidence is what made a search on 100,000 articles slow (docs/workbench.md).
        StringBuilder sql = new StringBuilder("SELECT ");
        if (events) {
            sql.append(EVENT_COLUMNS).append(" FROM (").append(keys).append(") r CROSS JOIN events e ON e.article_id = r.ka AND e.id = r.ke ")
                    .append("CROSS JOIN articles a ON a.id = r.ka").append(EVENT_CLUSTER_JOIN);
        } else {
            sql.append(ARTICLE_COLUMNS).append(", a.text, a.sentences, x.story_id, st.independent_sources FROM (").append(keys)
                    .append(") r CROSS JOIN articles a ON a.id = r.ka LEFT JOIN story_articles x ON x.article_id = a.id LEFT JOIN stories st ON st.id = x.story_id");
        }
        sql.append(" ORDER BY r.kw").append(d.desc()).append(", r.ka, r.ke");
        List<String> words = words(q.text());
        try (PreparedStatement ps = c.prepareStatement(d.sql(sql.toString()))) {
            RowWriter.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                int n = 0;
                while (n < limit && rs.next()) {
                    Hit h = events ? event(rs) : article(rs, words);
                    if (q.near() != null && (h.lat() == null || km(q.near().lat(), q.near().lon(), h.lat(), h.lon()) > q.near().radiusKm())) continue;
                    sink.accept(h);
                    n++;
                }
            }
        }
    }

    void readings(Query q, Consumer<String> sink) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT a.reading FROM articles a WHERE 1=1");
        filters(d, q.withEvents(false), false, sql, args);
        if (q.wantsEvents()) { // event filters select the articles that hold a matching event
            StringBuilder sub = new StringBuilder("SELECT k.article_id FROM event_keys k WHERE 1=1");
            filters(d, q, true, sub, args);
            sql.append(" AND a.id IN (").append(sub).append(')');
        }
        sql.append(" ORDER BY a.id");
        try (PreparedStatement ps = c.prepareStatement(d.sql(sql.toString()))) {
            RowWriter.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) sink.accept(ReadingCodec.decode(rs, 1));
            }
        }
    }

    /**
     * The query's conditions, appended to a WHERE: on {@code articles a} for an article search, else on
     * {@code event_keys k} alone (schema 4), which holds every event value a filter reads, so counting and ordering
     * events needs neither the wide event rows nor the articles.
     */
    static void filters(Dialect d, Query q, boolean events, StringBuilder sql, List<Object> args) {
        List<String> words = words(q.text());
        if (!words.isEmpty()) {
            sql.append(" AND ").append(d.fullText(events ? "k.article_id" : "a.id"));
            args.add(d.fullTextValue(words));
        }
        if (events) { // copy IN (0, 1) lets the indexes, which lead with copy, serve a search that keeps the copies
            sql.append(q.duplicates() ? " AND k.copy IN (0, 1)" : " AND k.copy = 0");
        } else if (!q.duplicates()) { // index articles_copy_published (schema 4) serves this with the newest-first order
            sql.append(" AND a.duplicate_of IS NULL");
        }
        if (!q.outlets().isEmpty()) in(sql, args, d.nocase((events ? "k" : "a") + ".publisher"), d.nocaseParam(), q.outlets());
        // a range on the column itself, so an index serves it: ISO dates sort as text, and '~' sorts after any time part,
        // so for a yyyy-MM-dd bound this is the same as comparing the date's first ten characters
        String when = events ? "k.at" : "a.published";
        if (q.since() != null) { sql.append(" AND ").append(when).append(" >= ?"); args.add(q.since()); }
        if (q.until() != null) { sql.append(" AND ").append(when).append(" <= ? || '~'"); args.add(q.until()); }
        if (!events) return;
        if (!q.types().isEmpty()) in(sql, args, "k.plover", "?", q.types().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
        if (!q.modalities().isEmpty()) in(sql, args, "k.modality", "?", q.modalities().stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
        // the event's actor names and countries, each between unit separators (Schema.EVENT_KEYS); lower() folds
        // ASCII only, as the NOCASE collation of event_actors.name does
        if (!q.actors().isEmpty()) anyOf(d, sql, args, "k.actors", "lower(?)", q.actors());
        if (!q.countries().isEmpty()) anyOf(d, sql, args, "k.countries", "?", q.countries().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
        if (q.near() != null && d == Dialect.POSTGIS) { // the geography index (PostgresSchema.POSTGIS_INDEX), on PostGIS's sphere
            sql.append(" AND ST_DWithin(ST_MakePoint(k.lon, k.lat)::geography, ST_MakePoint(?, ?)::geography, ?, false)");
            args.add(q.near().lon());
            args.add(q.near().lat());
            args.add(q.near().radiusKm() * 1000);
        } else if (q.near() != null) { // a bounding box the index can use; the exact distance is checked on each row
            double dLat = Math.toDegrees(q.near().radiusKm() / EARTH_KM);
            double cos = Math.cos(Math.toRadians(q.near().lat()));
            double dLon = cos < 1e-6 ? 180 : Math.min(180, dLat / cos);
            sql.append(" AND k.lat BETWEEN ? AND ?");
            args.add(q.near().lat() - dLat);
            args.add(q.near().lat() + dLat);
            double lo = q.near().lon() - dLon, hi = q.near().lon() + dLon;
            if (dLon < 180 && lo >= -180 && hi <= 180) { // a box across the antimeridian is left to the distance check
                sql.append(" AND k.lon BETWEEN ? AND ?");
                args.add(lo);
                args.add(hi);
            }
            if (d.postgres()) { // the exact distance in SQL too, so counts and limits need no check in Java (SQLite: Corpus, Java)
                sql.append(" AND sitrep_km(?, ?, k.lat, k.lon) <= ?");
                args.add(q.near().lat());
                args.add(q.near().lon());
                args.add(q.near().radiusKm());
            }
        }
    }

    private static void anyOf(Dialect d, StringBuilder sql, List<Object> args, String column, String value, List<String> values) {
        sql.append(" AND (");
        String us = d.separator();
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : " OR ").append(d.contains(column, us + " || " + value + " || " + us));
        }
        sql.append(')');
        args.addAll(values);
    }

    private static void in(StringBuilder sql, List<Object> args, String column, String value, List<String> values) {
        sql.append(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) sql.append(i == 0 ? "" : ",").append(value);
        sql.append(')');
        args.addAll(values);
    }

    static List<String> words(String text) {
        if (text == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String t : text.split("[^\\p{L}\\p{N}]+")) if (!t.isEmpty()) out.add(t.toLowerCase(Locale.ROOT));
        return out;
    }

    /**
     * Newest first (NULL dates last: SQLite sorts NULL lowest, PostgreSQL is told), then by storage order; on
     * {@code event_keys k} the indexes end in {@code at DESC} and carry the key, so this order is read from an index
     * without a sort.
     */
    static String eventOrder(Dialect d) { return " ORDER BY k.at" + d.desc() + ", k.article_id, k.event"; }

    static String articleOrder(Dialect d) { return " ORDER BY a.published" + d.desc() + ", a.id"; }

    private static final String ARTICLE_COLUMNS = "a.id, a.title, a.publisher, a.published, a.url, a.duplicate_of, "
            + "(SELECT count(*) FROM articles d WHERE d.duplicate_of = a.id)";

    /** What {@link #event} reads, in its order; needs {@link #EVENT_CLUSTER_JOIN} besides events e and articles a. */
    static final String EVENT_COLUMNS = ARTICLE_COLUMNS + ", e.id, e.plover, e.mode, e.cameo, e.modality, e.actor1, e.actor2, e.country, "
            + "e.admin1, e.location, e.lat, e.lon, e.geo_precision, e.date, e.precision, e.source_chain, e.fatalities, e.summary, e.evidence, "
            + "e.cluster_id, cl.story_id, cl.independent_sources";
    static final String EVENT_CLUSTER_JOIN = " LEFT JOIN clusters cl ON cl.id = e.cluster_id";

    static Hit event(ResultSet rs) throws SQLException {
        return new Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), longOrNull(rs, 6), rs.getInt(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getString(15), rs.getString(16), rs.getString(17), doubleOrNull(rs, 18), doubleOrNull(rs, 19), rs.getString(20),
                rs.getString(21), rs.getString(22), rs.getString(23), intOrNull(rs, 24), rs.getString(25), rs.getString(26), longOrNull(rs, 27),
                longOrNull(rs, 28), intOrNull(rs, 29));
    }

    private static Hit article(ResultSet rs, List<String> words) throws SQLException {
        String evidence = bestSentence(rs.getString(8), rs.getString(9), words);
        return new Hit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), longOrNull(rs, 6), rs.getInt(7),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, evidence, null,
                longOrNull(rs, 10), intOrNull(rs, 11));
    }

    /** The sentence holding most of the query's words (the first sentence when there is no query). */
    static String bestSentence(String text, String sentencesJson, List<String> words) {
        List<int[]> spans = new ArrayList<>();
        for (String pair : sentencesJson.replaceAll("^\\[\\[|\\]\\]$", "").split("\\],\\[")) {
            String[] p = pair.split(",");
            if (p.length == 2) spans.add(new int[] {Integer.parseInt(p[0].strip()), Integer.parseInt(p[1].strip())});
        }
        if (spans.isEmpty()) return text.length() > 300 ? text.substring(0, 300) : text;
        int[] best = spans.get(0);
        int bestScore = -1;
        for (int[] s : spans) {
            List<String> in = words(text.substring(s[0], Math.min(s[1], text.length())));
            int score = 0;
            for (String w : words) if (in.contains(w)) score++;
            if (score > bestScore) { bestScore = score; best = s; }
        }
        return text.substring(best[0], Math.min(best[1], text.length()));
    }

    /** Great-circle distance (haversine). */
    static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    private static Long longOrNull(ResultSet rs, int i) throws SQLException { long v = rs.getLong(i); return rs.wasNull() ? null : v; }

    private static Integer intOrNull(ResultSet rs, int i) throws SQLException { int v = rs.getInt(i); return rs.wasNull() ? null : v; }

    private static Double doubleOrNull(ResultSet rs, int i) throws SQLException { double v = rs.getDouble(i); return rs.wasNull() ? null : v; }
}

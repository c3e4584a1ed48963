package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The events a {@link Query} matches among articles stored after a mark, in storage order: what a watch rule
 * (org.sitrep.watch) checks after each ingest. The filters are the {@link Searcher}'s, so a rule means exactly what
 * {@code sitrep search} with the same options means; only the article-id window and the order differ.
 */
public final class NewEvents {

    private NewEvents() {}

    /** The highest article id stored, 0 for an empty store. */
    public static long lastArticleId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(max(id), 0) FROM articles"); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Streams the events {@code q} matches whose article id is in ({@code after}, {@code upTo}], ordered by article id
     * and event id. The query's limit and text are ignored only in that it always returns events.
     */
    public static void scan(Connection c, Query q, long after, long upTo, Consumer<Hit> sink) throws SQLException {
        Query events = q.withEvents(true);
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(Searcher.EVENT_COLUMNS)
                .append(" FROM event_keys k CROSS JOIN events e ON e.article_id = k.article_id AND e.id = k.event CROSS JOIN articles a ON a.id = k.article_id")
                .append(Searcher.EVENT_CLUSTER_JOIN).append(" WHERE k.article_id > ? AND k.article_id <= ?");
        args.add(after);
        args.add(upTo);
        Searcher.filters(Dialect.of(c), events, true, sql, args);
        sql.append(" ORDER BY k.article_id, k.event");
        try (PreparedStatement ps = c.prepareStatement(Dialect.of(c).sql(sql.toString()))) {
            RowWriter.bind(ps, args.toArray());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Hit h = Searcher.event(rs);
                    Query.Near n = q.near();
                    if (n != null && (h.lat() == null || Searcher.km(n.lat(), n.lon(), h.lat(), h.lon()) > n.radiusKm())) continue;
                    sink.accept(h);
                }
            }
        }
    }

    /** The independent sources of an event's cluster, or null when the event has no cluster (counts not computed yet). */
    public static Integer independentSources(Connection c, Long cluster) throws SQLException {
        if (cluster == null) return null;
        try (PreparedStatement ps = c.prepareStatement("SELECT independent_sources FROM clusters WHERE id = ?")) {
            ps.setLong(1, cluster);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : null;
            }
        }
    }
}

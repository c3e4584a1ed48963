package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.sqlite.Function;

/**
 * The store's read side for many threads at once (the workbench server): a few read-only connections on the store's
 * file, each used by one request at a time. WAL lets them read while a {@link Store} writes. The filters are the
 * {@link Searcher}'s, so {@code sitrep search} and the API cannot drift apart; this class adds what a browsing client
 * needs beyond a hit list: totals, paging, facets, a timeline, map points and single readings.
 */
public final class Corpus implements AutoCloseable {

    /** The narrow per-event rows the filters read (schema 4); the wide event and article rows are joined for a page only. */
    private static final String EVENTS = " FROM event_keys k";
    private static final String PAGE_JOIN = " CROSS JOIN events e ON e.article_id = k.article_id AND e.id = k.event CROSS JOIN articles a ON a.id = k.article_id";
    /** Where the store is, as messages print it. */
    private final String file;
    /** The SQLite file, whose size the stats give; null for PostgreSQL. */
    private final Path path;
    private final List<Connection> all;
    /** A PostgreSQL store's location, to connect again when the server dropped a connection (a restart); null for SQLite. */
    private final PostgresUrl url;
    private final BlockingQueue<Connection> idle;
    /** One database, one dialect: what {@link Facts} builds its SQL in before it has a connection. */
    private final Dialect dialect;

    private Corpus(String file, Path path, PostgresUrl url, List<Connection> all) throws SQLException {
        this.file = file;
        this.path = path;
        this.url = url;
        this.dialect = Dialect.of(all.get(0));
        this.all = new java.util.concurrent.CopyOnWriteArrayList<>(all);
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    /**
     * Opens {@code connections} read-only connections on an existing store: a PostgreSQL URL ({@link PostgresUrl})
     * or a SQLite file.
     */
    public static Corpus open(String location, int connections) throws StoreException {
        if (!PostgresUrl.is(location)) return open(Path.of(location), connections);
        PostgresUrl url = PostgresUrl.parse(location);
        List<Connection> cs = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                cs.add(PostgresSchema.read(url));
                Dialect.of(cs.get(i)); // looks up PostGIS now, not in a request
            }
            return new Corpus(url.shown(), null, url, cs);
        } catch (StoreException | SQLException e) {
            for (Connection c : cs) closeQuietly(c);
            if (e instanceof StoreException se) throw se;
            throw new StoreException("cannot open the store " + url.shown() + ": " + e.getMessage(), e);
        }
    }

    /** Opens {@code connections} read-only connections on an existing SQLite store. */
    public static Corpus open(Path file, int connections) throws StoreException {
        if (!Files.exists(file)) throw new StoreException("no store at " + file);
        List<Connection> cs = new ArrayList<>();
        try {
            for (int i = 0; i < connections; i++) {
                Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
                cs.add(c);
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA busy_timeout=30000");
                    s.execute("PRAGMA query_only=1");
                }
                Function.create(c, "sitrep_km", new Km(), 4, Function.FLAG_DETERMINISTIC);
                Function.create(c, "sitrep_key", new Key(), 2, Function.FLAG_DETERMINISTIC);
            }
            return new Corpus(file.toString(), file, null, cs);
        } catch (SQLException e) {
            for (Connection c : cs) closeQuietly(c);
            throw new StoreException("cannot open the store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Articles matching the query's text, outlet and date filters (copies folded away unless it asks for them). */
    public Paged<Hit> articles(Query q, Page page) throws StoreException {
        Query aq = q.withEvents(false);
        if (aq.wantsEvents()) throw new IllegalArgumentException("an article list takes no event filters");
        return with("search", c -> {
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT count(*) FROM articles a WHERE 1=1");
            Searcher.filters(Dialect.of(c), aq, false, sql, args);
            long total = count(c, sql, args);
            return new Paged<>(window(c, aq, page), total, page.limit(), page.offset());
        });
    }

    /** Events matching every filter of the query, newest first, each with its evidence sentence. */
    public Paged<Hit> events(Query q, Page page) throws StoreException {
        Query eq = q.withEvents(true);
        return with("search", c -> {
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT count(*)").append(EVENTS).append(" WHERE 1=1");
            eventFilters(c, eq, sql, args);
            long total = count(c, sql, args);
            return new Paged<>(eventWindow(c, eq, page), total, page.limit(), page.offset());
        });
    }

    /**
     * One page of events in the Searcher's order, by a late row lookup: the matching events are sorted by their keys
     * and date alone (a top-N sort of offset + limit rows), and only the page's rows are then read in full with
     * their copies count. The Searcher reads and sorts every matching row with all its columns, which on 100,000
     * articles is most of a filtered search's time (docs/workbench.md).
     */
    private static List<Hit> eventWindow(Connection c, Query q, Page page) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder keys = new StringBuilder("SELECT k.article_id ka, k.event ke, k.at kw").append(EVENTS).append(" WHERE 1=1");
        eventFilters(c, q, keys, args);
        Dialect d = Dialect.of(c);
        keys.append(Searcher.eventOrder(d)).append(" LIMIT ? OFFSET ?");
        args.add(page.limit());
        args.add(page.offset());
        StringBuilder sql = new StringBuilder("SELECT ").append(Searcher.EVENT_COLUMNS).append(" FROM (").append(keys)
                .append(") r CROSS JOIN events e ON e.article_id = r.ka AND e.id = r.ke CROSS JOIN articles a ON a.id = r.ka")
                .append(Searcher.EVENT_CLUSTER_JOIN).append(" ORDER BY r.kw").append(d.desc()).append(", r.ka, r.ke");
        List<Hit> out = new ArrayList<>(page.limit());
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(Searcher.event(rs));
        }
        return out;
    }

    /** Counts by type, modality, actor, country and outlet, at most {@code top} values each. */
    public Facets facets(Query q, int top) throws StoreException {
        Query eq = q.withEvents(true);
        return with("count", c -> new Facets(
                facet(c, "k.plover", "", rebuild(eq, null, List.of(), null, null, null), top),
                facet(c, "k.modality", "", rebuild(eq, null, null, List.of(), null, null), top),
                facet(c, "CASE r.r WHEN 1 THEN k.actor1 ELSE k.actor2 END", ", (SELECT 1 r UNION ALL SELECT 2) r",
                        rebuild(eq, List.of(), null, null, null, null), top),
                facet(c, "x.country", " JOIN event_countries x ON x.article_id = k.article_id AND x.event = k.event",
                        rebuild(eq, null, null, null, List.of(), null), top),
                facet(c, "k.publisher", "", rebuild(eq, null, null, null, null, List.of()), top)));
    }

    /** Events per day and type, in day order. */
    public List<DayCount> timeline(Query q) throws StoreException {
        Query eq = q.withEvents(true);
        return with("count", c -> {
            List<Object> args = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT substr(k.at, 1, 10) d, COALESCE(k.plover, 'OTHER') t, count(*)")
                    .append(EVENTS).append(" WHERE 1=1");
            eventFilters(c, eq, sql, args);
            // the expression, not its name: PostgreSQL's HAVING does not see the select list
            sql.append(" GROUP BY d, t HAVING ").append(Dialect.of(c).isDay("substr(k.at, 1, 10)")).append(" ORDER BY d, t");
            List<DayCount> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new DayCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
            }
            return out;
        });
    }

    /** Located events for a map, newest first, at most {@code max}; the total says how many the query locates in all. */
    public Paged<GeoPoint> points(Query q, int max) throws StoreException {
        Query eq = q.withEvents(true);
        return with("search", c -> {
            List<Object> args = new ArrayList<>();
            StringBuilder where = new StringBuilder(" WHERE k.lat IS NOT NULL AND k.lon IS NOT NULL");
            eventFilters(c, eq, where, args);
            long total = count(c, new StringBuilder("SELECT count(*)").append(EVENTS).append(where), args);
            StringBuilder sql = new StringBuilder("SELECT k.article_id, k.event, k.plover, k.modality, k.lat, k.lon, k.at, e.location, a.title")
                    .append(EVENTS).append(PAGE_JOIN).append(where).append(Searcher.eventOrder(Dialect.of(c))).append(" LIMIT ").append(max);
            List<GeoPoint> out = new ArrayList<>();
            try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new GeoPoint(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5), rs.getDouble(6),
                            rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return new Paged<>(out, total, max, 0);
        });
    }

    /** The stored reading JSON of an article, exactly as {@code sitrep analyze} wrote it. */
    public Optional<String> reading(long id) throws StoreException {
        return with("read", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT reading FROM articles WHERE id=?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(ReadingCodec.decode(rs, 1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** A stored article's row id and the id of its earliest copy (null when it is not a copy). */
    public record Stored(long id, Long duplicateOf) {}

    /** The article stored under a content hash, if any. */
    public Optional<Stored> byHash(String contentHash) throws StoreException {
        return with("read", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, duplicate_of FROM articles WHERE content_hash=?")) {
                ps.setString(1, contentHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) return Optional.<Stored>empty();
                    long id = rs.getLong(1);
                    long dup = rs.getLong(2);
                    return Optional.of(new Stored(id, rs.wasNull() ? null : dup));
                }
            }
        });
    }

    public Stats stats() throws StoreException {
        return with("read", c -> StatsReader.read(c, file, path, Provenance.current()));
    }

    Dialect dialect() { return dialect; }

    @Override
    public void close() {
        for (Connection c : all) closeQuietly(c);
    }

    private List<Hit> window(Connection c, Query q, Page page) throws SQLException {
        // The Searcher has no offset: it reads offset + limit hits and the first offset are dropped (offsets are capped).
        List<Hit> out = new ArrayList<>(page.limit());
        int[] seen = {0};
        new Searcher(c).run(q.withLimit(page.offset() + page.limit()), false, h -> {
            if (seen[0]++ >= page.offset()) out.add(h);
        });
        return out;
    }

    private Map<String, Long> facet(Connection c, String expr, String join, Query q, int top) throws SQLException {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(expr).append(" v, count(*) n").append(EVENTS).append(join).append(" WHERE 1=1");
        eventFilters(c, q, sql, args);
        sql.append(" GROUP BY v HAVING ").append(expr).append(" IS NOT NULL ORDER BY n DESC, v LIMIT ").append(top);
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }

    /**
     * The Searcher's filters plus the exact radius on SQLite (the Searcher checks it in Java; here counts need it in
     * SQL; on PostgreSQL the Searcher's filters have it already).
     */
    private static void eventFilters(Connection c, Query q, StringBuilder sql, List<Object> args) throws SQLException {
        Dialect d = Dialect.of(c);
        Searcher.filters(d, q, true, sql, args);
        if (q.near() != null && !d.postgres()) {
            sql.append(" AND sitrep_km(?, ?, k.lat, k.lon) <= ?");
            args.add(q.near().lat());
            args.add(q.near().lon());
            args.add(q.near().radiusKm());
        }
    }

    /** The query with some list filters replaced (null keeps one): a facet is counted without its own filter. */
    private static Query rebuild(Query q, List<String> actors, List<String> types, List<String> modalities, List<String> countries,
                                 List<String> outlets) {
        return new Query(q.text(), actors != null ? actors : q.actors(), types != null ? types : q.types(),
                modalities != null ? modalities : q.modalities(), countries != null ? countries : q.countries(), q.since(), q.until(),
                outlets != null ? outlets : q.outlets(), q.near(), q.limit(), q.duplicates(), true);
    }

    private static long count(Connection c, StringBuilder sql, List<Object> args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static PreparedStatement prepare(Connection c, StringBuilder sql, List<Object> args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(Dialect.of(c).sql(sql.toString()));
        RowWriter.bind(ps, args.toArray());
        return ps;
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs one piece of work on an idle connection, waiting for one when all are busy. */
    <T> T with(String what, Work<T> work) throws StoreException {
        Connection c;
        try {
            c = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store", e);
        }
        try {
            try {
                return work.run(c);
            } catch (SQLException e) {
                if (url == null || Sql.alive(c)) throw e;
                c = renew(c); // the server dropped it (restarted, or an administrator ended it): once more on a new one
                return work.run(c);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot " + what + " the store " + file + ": " + e.getMessage(), e);
        } finally {
            idle.add(c);
        }
    }


    /** A new connection in place of a dead one (in {@link #all} too, so close() closes it). */
    private Connection renew(Connection dead) throws SQLException {
        closeQuietly(dead);
        try {
            Connection fresh = PostgresSchema.read(url);
            all.set(all.indexOf(dead), fresh);
            return fresh;
        } catch (StoreException e) {
            throw new SQLException(e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) { // closing a read-only connection loses nothing
        }
    }

    /** {@code sitrep_key(type, name)}: the entity's store-wide key ({@link EntityKey}), NULL without a name. */
    private static final class Key extends Function {
        @Override
        protected void xFunc() throws SQLException {
            String name = value_text(1);
            try {
                result(EntityKey.of(value_text(0), name).toString());
            } catch (IllegalArgumentException e) { // no name, or a type this sitrep does not know: no key
                result();
            }
        }
    }

    /** {@code sitrep_km(lat1, lon1, lat2, lon2)}: great-circle distance, NULL when a coordinate is missing. */
    private static final class Km extends Function {
        @Override
        protected void xFunc() throws SQLException {
            for (int i = 0; i < 4; i++) {
                if (value_type(i) == org.sqlite.core.Codes.SQLITE_NULL) {
                    result();
                    return;
                }
            }
            result(Searcher.km(value_double(0), value_double(1), value_double(2), value_double(3)));
        }
    }
}

package org.sitrep.watch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sitrep.store.PostgresUrl;
import org.sitrep.store.Query;
import org.sitrep.store.StoreException;

/**
 * The watch tables in the store's SQLite file or PostgreSQL database, over a connection of their own (the store's schema is not touched):
 * {@code watch_rules} (each rule and its mark, the last article id it was checked up to), {@code watch_matches}
 * (one row per rule and event, so checking twice adds nothing), {@code watch_outbox} (each match still to be POSTed
 * to its rule's webhook, with its attempts and when to try next) and {@code watch_deliveries} (every webhook attempt).
 * Every statement is parameterised. Transactions begin IMMEDIATE: a check reads then writes, and in WAL mode a
 * deferred transaction that another writer overtook cannot be upgraded (SQLITE_BUSY at once, no busy wait); the
 * server checks rules while it ingests and delivers, so two writers on this file are normal. On PostgreSQL
 * ({@link WatchSchema#POSTGRES}) the same tables hold the same rows; row locks do what IMMEDIATE does (see {@link Outbox#claim}).
 */
public final class WatchStore implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    private WatchStore(Connection c) { this.c = c; }

    /** True for a connection to PostgreSQL: the few statements that differ ask. */
    static boolean postgres(Connection c) {
        return !(c instanceof org.sqlite.SQLiteConnection);
    }

    /** {@code INSERT OR IGNORE} in the connection's dialect: {@code sql} is the INSERT without OR IGNORE. */
    static String insertIgnore(Connection c, String insert) {
        return postgres(c) ? insert + " ON CONFLICT DO NOTHING" : insert.replaceFirst("^INSERT ", "INSERT OR IGNORE ");
    }

    /** Opens the watch tables of an existing store (a SQLite file or a postgresql:// URL), creating them when absent. */
    public static WatchStore open(String db) throws StoreException {
        if (!PostgresUrl.is(db)) return open(Path.of(db));
        PostgresUrl url = PostgresUrl.parse(db);
        if (!org.sitrep.store.Store.exists(db)) throw new StoreException("no store at " + url.shown() + " (run sitrep ingest first, or give --db)");
        Connection c = null;
        try {
            c = DriverManager.getConnection(url.jdbc(), url.properties());
            try (Statement s = c.createStatement()) {
                for (String ddl : WatchSchema.POSTGRES) s.execute(ddl);
            }
            return new WatchStore(c);
        } catch (SQLException e) {
            if (c != null) try { c.close(); } catch (SQLException ignored) { /* reported below */ }
            throw new StoreException("cannot open the watch rules of " + url.shown() + ": " + e.getMessage(), e);
        }
    }

    /** Opens the watch tables of an existing store, creating them when absent. */
    public static WatchStore open(Path db) throws StoreException {
        if (!Files.exists(db)) throw new StoreException("no store at " + db + " (run sitrep ingest first, or give --db)");
        Connection c = null;
        try {
            java.util.Properties p = new java.util.Properties();
            p.setProperty("transaction_mode", "IMMEDIATE");
            c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath(), p);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=30000");
                s.execute("PRAGMA foreign_keys=ON");
                for (String ddl : WatchSchema.SQLITE) s.execute(ddl);
                if (!hasColumn(c, "watch_rules", "guarded")) { // tables made by an older sitrep
                    s.execute("ALTER TABLE watch_rules ADD COLUMN guarded INTEGER NOT NULL DEFAULT 0");
                }
            }
            return new WatchStore(c);
        } catch (SQLException e) {
            if (c != null) try { c.close(); } catch (SQLException ignored) { /* reported below */ }
            throw new StoreException("cannot open the watch rules of " + db + ": " + e.getMessage(), e);
        }
    }

    /** True when the store holds watch tables: ingest checks rules only then, and creates nothing itself. */
    public static boolean hasRules(String db) {
        if (!PostgresUrl.is(db)) return hasRules(Path.of(db));
        try {
            PostgresUrl url = PostgresUrl.parse(db);
            try (Connection c = DriverManager.getConnection(url.jdbc(), url.properties());
                 PreparedStatement ps = c.prepareStatement("SELECT 1 FROM information_schema.tables WHERE table_name = 'watch_rules' AND table_schema = current_schema()");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException | StoreException e) {
            return false;
        }
    }

    /** True when the file holds watch tables: ingest checks rules only then, and creates nothing itself. */
    public static boolean hasRules(Path db) {
        if (!Files.exists(db)) return false;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM sqlite_master WHERE type='table' AND name='watch_rules'");
             ResultSet rs = ps.executeQuery()) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pragma_table_info(?) WHERE name = ?")) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    Connection connection() { return c; }

    /** Adds a rule whose webhook is delivered without the SSRF guard (a rule from the command line, whose user is trusted). */
    public boolean add(WatchRule r, boolean fromNow) throws StoreException {
        return add(r, fromNow, false);
    }

    /**
     * Adds a rule; false when one of that name exists. {@code fromNow}: only articles stored from now on are checked.
     * {@code guarded}: its webhook's address is checked by the SSRF guard at every delivery, whoever runs the check
     * (a rule that came through the API: its host could resolve to a private address later).
     */
    public boolean add(WatchRule r, boolean fromNow, boolean guarded) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement(insertIgnore(c, "INSERT INTO watch_rules(name, actors, types, modalities, countries, near_lat, near_lon, "
                + "radius_km, outlets, min_sources, webhook, guarded, created_at, last_article_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,"
                + (fromNow ? "(SELECT COALESCE(max(id), 0) FROM articles)" : "0") + ")"))) {
            bind(ps, r, guarded);
            ps.setString(13, Instant.now().toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Replaces a rule's filters and webhook, keeping its matches, delivery log and mark (the new filters apply to the
     * articles stored after the last check); false when there is no rule of that name. Pending deliveries go to the new
     * webhook, or are dropped when it has none.
     */
    public boolean replace(WatchRule r, boolean guarded) throws StoreException {
        // the name is set to itself: the parameters stay bind()'s, in order, which PostgreSQL's driver needs (no ?NNN)
        try (PreparedStatement ps = c.prepareStatement("UPDATE watch_rules SET name = ?, actors = ?, types = ?, modalities = ?, countries = ?, "
                + "near_lat = ?, near_lon = ?, radius_km = ?, outlets = ?, min_sources = ?, webhook = ?, guarded = ? WHERE name = ?")) {
            bind(ps, r, guarded);
            ps.setString(13, r.name());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private static void bind(PreparedStatement ps, WatchRule r, boolean guarded) throws SQLException {
        ps.setString(1, r.name());
        ps.setString(2, json(r.actors()));
        ps.setString(3, json(r.types()));
        ps.setString(4, json(r.modalities()));
        ps.setString(5, json(r.countries()));
        if (r.near() == null) {
            for (int i = 6; i <= 8; i++) ps.setNull(i, Types.REAL);
        } else {
            ps.setDouble(6, r.near().lat());
            ps.setDouble(7, r.near().lon());
            ps.setDouble(8, r.near().radiusKm());
        }
        ps.setString(9, json(r.outlets()));
        ps.setInt(10, r.minSources());
        ps.setString(11, r.webhook());
        ps.setInt(12, guarded ? 1 : 0);
    }

    /** Removes a rule with its matches and delivery log; false when there is none of that name. */
    public boolean remove(String name) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM watch_rules WHERE name = ?")) {
            ps.setString(1, name);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * A rule with its mark, match count and the time of its latest match (or null).
     *
     * @param guarded its webhook is delivered through the SSRF guard (it came through the API)
     */
    public record Stored(WatchRule rule, long lastArticleId, String checkedAt, long matches, String lastMatchAt, boolean guarded) {}

    public List<Stored> rules() throws StoreException {
        return select("", null);
    }

    public Optional<Stored> rule(String name) throws StoreException {
        return select(" WHERE name = ?", name).stream().findFirst();
    }

    private List<Stored> select(String where, String arg) throws StoreException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, actors, types, modalities, countries, near_lat, near_lon, radius_km, outlets, "
                + "min_sources, webhook, last_article_id, checked_at, (SELECT count(*) FROM watch_matches m WHERE m.rule = r.name), "
                + "(SELECT max(matched_at) FROM watch_matches m WHERE m.rule = r.name), guarded "
                + "FROM watch_rules r" + where + " ORDER BY name")) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double lat = rs.getDouble(6);
                    Query.Near near = rs.wasNull() ? null : new Query.Near(lat, rs.getDouble(7), rs.getDouble(8));
                    WatchRule r = new WatchRule(rs.getString(1), list(rs.getString(2)), list(rs.getString(3)), list(rs.getString(4)),
                            list(rs.getString(5)), near, list(rs.getString(9)), rs.getInt(10), rs.getString(11));
                    out.add(new Stored(r, rs.getLong(12), rs.getString(13), rs.getLong(14), rs.getString(15), rs.getInt(16) != 0));
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    /** Records a match; false when the rule already matched this event (checking twice adds nothing). */
    boolean record(Match m) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                insertIgnore(c, "INSERT INTO watch_matches(rule, article_id, event, matched_at, payload) VALUES(?,?,?,?,?)"))) {
            ps.setString(1, m.rule());
            ps.setLong(2, m.articleId());
            ps.setString(3, m.event());
            ps.setString(4, m.matchedAt());
            ps.setString(5, m.json());
            return ps.executeUpdate() == 1;
        }
    }

    void mark(String rule, long lastArticleId, String checkedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE watch_rules SET last_article_id = "
                + (postgres(c) ? "GREATEST" : "max") + "(last_article_id, ?), checked_at = ? WHERE name = ?")) {
            ps.setLong(1, lastArticleId);
            ps.setString(2, checkedAt);
            ps.setString(3, rule);
            ps.executeUpdate();
        }
    }

    /** A rule's matches, newest first. */
    public List<Match> matches(String rule, int limit, int offset) throws StoreException {
        List<Match> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT rule, article_id, event, matched_at, payload FROM watch_matches WHERE rule = ? "
                + "ORDER BY matched_at DESC, article_id DESC, event DESC LIMIT ? OFFSET ?")) {
            ps.setString(1, rule);
            ps.setInt(2, limit);
            ps.setInt(3, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Match(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    /** One webhook attempt. */
    public record Delivery(String rule, long articleId, String event, String url, int attempt, Integer status, String error, String at) {}

    void log(Delivery d) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO watch_deliveries(rule, article_id, event, url, attempt, status, error, at) VALUES(?,?,?,?,?,?,?,?)")) {
            ps.setString(1, d.rule());
            ps.setLong(2, d.articleId());
            ps.setString(3, d.event());
            ps.setString(4, d.url());
            ps.setInt(5, d.attempt());
            if (d.status() == null) ps.setNull(6, Types.INTEGER); else ps.setInt(6, d.status());
            ps.setString(7, d.error());
            ps.setString(8, d.at());
            ps.executeUpdate();
        }
    }

    /** A rule's webhook attempts, oldest first. */
    public List<Delivery> deliveries(String rule) throws StoreException {
        List<Delivery> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rule, article_id, event, url, attempt, status, error, at FROM watch_deliveries WHERE rule = ? ORDER BY id")) {
            ps.setString(1, rule);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int status = rs.getInt(6);
                    Integer s = rs.wasNull() ? null : status;
                    out.add(new Delivery(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), s, rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    /**
     * A webhook delivery not done yet ({@code pending}, tried again at {@code nextAt}, epoch milliseconds) or given up
     * ({@code failed}: attempts ran out or the guard refused the address; {@code dropped}: the rule lost its webhook).
     */
    public record Pending(String rule, long articleId, String event, int attempts, String state, long nextAt) {}

    /** A rule's deliveries that are not done: pending, failed or dropped. */
    public List<Pending> outbox(String rule) throws StoreException {
        try {
            return Outbox.of(c, rule);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        try {
            c.close();
        } catch (SQLException ignored) { // nothing is pending: every statement auto-commits
        }
    }

    private static String json(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(String json) throws SQLException {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() {});
        } catch (JsonProcessingException e) {
            throw new SQLException("a watch rule's list is not JSON: " + json, e);
        }
    }

    static StoreException fail(SQLException e) {
        return new StoreException("watch rules: " + e.getMessage(), e);
    }
}

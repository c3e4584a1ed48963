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
import org.sitrep.store.Query;
import org.sitrep.store.StoreException;

/**
 * The watch tables in the store's SQLite file, over a connection of their own (the store's schema is not touched):
 * {@code watch_rules} (each rule and its mark, the last article id it was checked up to), {@code watch_matches}
 * (one row per rule and event, so checking twice adds nothing) and {@code watch_deliveries} (every webhook attempt).
 * Every statement is parameterised.
 */
public final class WatchStore implements AutoCloseable {

    static final List<String> DDL = List.of(
            """
            CREATE TABLE IF NOT EXISTS watch_rules(
              name TEXT PRIMARY KEY, actors TEXT NOT NULL, types TEXT NOT NULL, modalities TEXT NOT NULL, countries TEXT NOT NULL,
              near_lat REAL, near_lon REAL, radius_km REAL, outlets TEXT NOT NULL, min_sources INTEGER NOT NULL DEFAULT 0,
              webhook TEXT, created_at TEXT NOT NULL, last_article_id INTEGER NOT NULL DEFAULT 0, checked_at TEXT)""",
            """
            CREATE TABLE IF NOT EXISTS watch_matches(
              rule TEXT NOT NULL REFERENCES watch_rules(name) ON DELETE CASCADE, article_id INTEGER NOT NULL, event TEXT NOT NULL,
              matched_at TEXT NOT NULL, payload TEXT NOT NULL, PRIMARY KEY(rule, article_id, event)) WITHOUT ROWID""",
            "CREATE INDEX IF NOT EXISTS watch_matches_time ON watch_matches(rule, matched_at)",
            """
            CREATE TABLE IF NOT EXISTS watch_deliveries(
              id INTEGER PRIMARY KEY, rule TEXT NOT NULL REFERENCES watch_rules(name) ON DELETE CASCADE, article_id INTEGER NOT NULL,
              event TEXT NOT NULL, url TEXT NOT NULL, attempt INTEGER NOT NULL, status INTEGER, error TEXT, at TEXT NOT NULL)""",
            "CREATE INDEX IF NOT EXISTS watch_deliveries_rule ON watch_deliveries(rule, article_id, event)");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection c;

    private WatchStore(Connection c) { this.c = c; }

    /** Opens the watch tables of an existing store, creating them when absent. */
    public static WatchStore open(Path db) throws StoreException {
        if (!Files.exists(db)) throw new StoreException("no store at " + db + " (run sitrep ingest first, or give --db)");
        Connection c = null;
        try {
            c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=30000");
                s.execute("PRAGMA foreign_keys=ON");
                for (String ddl : DDL) s.execute(ddl);
            }
            return new WatchStore(c);
        } catch (SQLException e) {
            if (c != null) try { c.close(); } catch (SQLException ignored) { /* reported below */ }
            throw new StoreException("cannot open the watch rules of " + db + ": " + e.getMessage(), e);
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

    Connection connection() { return c; }

    /** Adds a rule; false when one of that name exists. {@code fromNow}: only articles stored from now on are checked. */
    public boolean add(WatchRule r, boolean fromNow) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO watch_rules(name, actors, types, modalities, countries, near_lat, near_lon, "
                + "radius_km, outlets, min_sources, webhook, created_at, last_article_id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,"
                + (fromNow ? "(SELECT COALESCE(max(id), 0) FROM articles)" : "0") + ")")) {
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
            ps.setString(12, Instant.now().toString());
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail(e);
        }
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

    /** A rule with its mark and match count. */
    public record Stored(WatchRule rule, long lastArticleId, String checkedAt, long matches) {}

    public List<Stored> rules() throws StoreException {
        return select("", null);
    }

    public Optional<Stored> rule(String name) throws StoreException {
        return select(" WHERE name = ?", name).stream().findFirst();
    }

    private List<Stored> select(String where, String arg) throws StoreException {
        List<Stored> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, actors, types, modalities, countries, near_lat, near_lon, radius_km, outlets, "
                + "min_sources, webhook, last_article_id, checked_at, (SELECT count(*) FROM watch_matches m WHERE m.rule = r.name) "
                + "FROM watch_rules r" + where + " ORDER BY name")) {
            if (arg != null) ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    double lat = rs.getDouble(6);
                    Query.Near near = rs.wasNull() ? null : new Query.Near(lat, rs.getDouble(7), rs.getDouble(8));
                    WatchRule r = new WatchRule(rs.getString(1), list(rs.getString(2)), list(rs.getString(3)), list(rs.getString(4)),
                            list(rs.getString(5)), near, list(rs.getString(9)), rs.getInt(10), rs.getString(11));
                    out.add(new Stored(r, rs.getLong(12), rs.getString(13), rs.getLong(14)));
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
                "INSERT OR IGNORE INTO watch_matches(rule, article_id, event, matched_at, payload) VALUES(?,?,?,?,?)")) {
            ps.setString(1, m.rule());
            ps.setLong(2, m.articleId());
            ps.setString(3, m.event());
            ps.setString(4, m.matchedAt());
            ps.setString(5, m.json());
            return ps.executeUpdate() == 1;
        }
    }

    void mark(String rule, long lastArticleId, String checkedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE watch_rules SET last_article_id = max(last_article_id, ?), checked_at = ? WHERE name = ?")) {
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

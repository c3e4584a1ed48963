package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The few places where the store's SQL differs between SQLite and PostgreSQL (docs/store.md, "PostgreSQL"). Every
 * class of the store writes one SQL text and asks the dialect of its connection for these pieces only, so the two
 * stores cannot drift apart in what a query means. Each piece is a constant fragment: values stay bound parameters.
 */
enum Dialect {
    SQLITE, POSTGRES, POSTGIS;

    /** PostgreSQL connections whose database has the PostGIS extension, looked up once per connection. */
    private static final Map<Connection, Dialect> PG = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    static Dialect of(Connection c) throws SQLException {
        if (c instanceof org.sqlite.SQLiteConnection) return SQLITE;
        Dialect known = PG.get(c);
        if (known != null) return known;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")) {
            Dialect d = rs.next() ? POSTGIS : POSTGRES;
            PG.put(c, d);
            return d;
        }
    }

    boolean postgres() { return this != SQLITE; }

    /**
     * A statement written for SQLite in this dialect. Only its join syntax differs: SQLite's CROSS JOIN … ON
     * (a join in the order written: SQLite's planner has no statistics) is a plain JOIN for PostgreSQL's planner.
     */
    String sql(String sqlite) {
        return postgres() ? sqlite.replace(" CROSS JOIN ", " JOIN ") : sqlite;
    }

    /** {@code INSERT … VALUES(?,…)} that leaves an existing row (any unique key) as it is. */
    String insertIgnore(String table, String columns) {
        String values = "VALUES(" + "?,".repeat(columns.split(",").length - 1) + "?)";
        return postgres() ? "INSERT INTO " + table + "(" + columns + ") " + values + " ON CONFLICT DO NOTHING"
                : "INSERT OR IGNORE INTO " + table + "(" + columns + ") " + values;
    }

    /** {@code INSERT … VALUES(?,…)} that replaces the row of the same {@code key} (its primary key). */
    String upsert(String table, String columns, String key) {
        String values = "VALUES(" + "?,".repeat(columns.split(",").length - 1) + "?)";
        if (!postgres()) return "INSERT OR REPLACE INTO " + table + "(" + columns + ") " + values;
        StringBuilder set = new StringBuilder();
        for (String col : columns.split(",")) {
            if (col.strip().equals(key)) continue;
            set.append(set.isEmpty() ? "" : ", ").append(col.strip()).append(" = EXCLUDED.").append(col.strip());
        }
        return "INSERT INTO " + table + "(" + columns + ") " + values + " ON CONFLICT(" + key + ") DO UPDATE SET " + set;
    }

    /** Runs an INSERT of one row and returns its new {@code id} (SQLite's rowid, PostgreSQL's identity column). */
    long insertId(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = postgres() ? c.prepareStatement(sql, new String[] {"id"}) : c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            RowWriter.bind(ps, values);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) throw new SQLException("no id for " + sql);
                return keys.getLong(1);
            }
        }
    }

    /**
     * The condition that an article id is among the full-text matches of one bound parameter, the query's words
     * joined by spaces (see {@link #fullTextValue}). SQLite: FTS5 with the Porter stemmer; PostgreSQL: the generated
     * {@code articles.fts} tsvector (english configuration, a Snowball stemmer) and {@code plainto_tsquery}, which
     * reads its input as plain words joined by AND, never as query syntax.
     */
    String fullText(String articleId) {
        return postgres() ? articleId + " IN (SELECT f.id FROM articles f WHERE f.fts @@ plainto_tsquery('english', ?))"
                : articleId + " IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)";
    }

    /** The bound value of {@link #fullText} for the query's words. */
    String fullTextValue(java.util.List<String> words) {
        if (postgres()) return String.join(" ", words);
        return String.join(" ", words.stream().map(s -> '"' + s.replace("\"", "\"\"") + '"').toList()); // each an FTS5 string
    }

    /** An expression compared without ASCII case: SQLite's NOCASE, lower() on PostgreSQL (its text columns are COLLATE "C", so ASCII too). */
    String nocase(String expr) {
        return postgres() ? "lower(" + expr + ")" : expr + " COLLATE NOCASE";
    }

    /** The parameter side of {@link #nocase}: PostgreSQL lowers both sides, SQLite's collation applies by itself. */
    String nocaseParam() {
        return postgres() ? "lower(?)" : "?";
    }

    /** Descending with NULLs last: SQLite sorts NULL lowest, PostgreSQL highest. */
    String desc() {
        return postgres() ? " DESC NULLS LAST" : " DESC";
    }

    /** The unit separator (character 31) between the values of event_keys.countries and .actors. */
    String separator() {
        return postgres() ? "chr(31)" : "char(31)";
    }

    /** The values of {@code expr} over a group, joined by {@code separator} (an SQL expression). */
    String groupConcat(String expr, String separator) {
        return postgres() ? "string_agg(" + expr + ", " + separator + ")" : "group_concat(" + expr + ", " + separator + ")";
    }

    /** True when {@code needle} occurs in {@code haystack}. */
    String contains(String haystack, String needle) {
        return postgres() ? "strpos(" + haystack + ", " + needle + ") > 0" : "instr(" + haystack + ", " + needle + ") > 0";
    }

    /** True when a text is a yyyy-MM-dd day. */
    String isDay(String expr) {
        return postgres() ? expr + " ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'" : expr + " GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";
    }

    /** LIKE without ASCII case, as SQLite's LIKE is by default. */
    String like() {
        return postgres() ? " ILIKE " : " LIKE ";
    }

    /**
     * A column of a grouped query that is not grouped on: SQLite takes it from some row of the group (a bare
     * column), PostgreSQL must be told which, so it takes the least.
     */
    String any(String expr) {
        return postgres() ? "min(" + expr + ")" : expr;
    }

    /** The elements of a JSON array column as rows of one column {@code value}, under {@code alias}. */
    String jsonEach(String column, String alias) {
        return postgres() ? "jsonb_array_elements_text(" + column + "::jsonb) " + alias + "(value)" : "json_each(" + column + ") " + alias;
    }
}

package org.sitrep.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * A large store for benchmarks only, made honestly from a real one: the analysed articles of a source store (copies
 * excluded) are copied again and again with every fact row, each round with new ids and content hashes
 * ({@code hash#round}) and publication dates moved by one day per round, until the target holds the requested number
 * of articles; the full-text index and the index keys are rebuilt from the copies. Nothing is analysed, and no
 * near-duplicate search or clustering runs (every round would be a copy of the first). Every article records
 * sitrep version {@link #SITREP_VERSION}. The copy runs inside SQLite (INSERT … SELECT), about a hundred times faster
 * than writing each reading through {@link Store#put}.
 */
public final class BenchStore {

    public static final String SITREP_VERSION = "bench-copy";

    /** Fact tables copied with their article: every column as it is but {@code article_id}. */
    private static final List<String> FACTS = List.of("sightings", "entities", "mentions", "places", "quotes", "claims", "events",
            "event_actors", "event_countries", "lsh");

    private BenchStore() {}

    /** @return the articles the target holds at the end */
    public static long fill(Path source, Path target, long articles, LongConsumer progress) throws StoreException {
        try (SqlStore t = SqliteStore.open(target, Provenance.current())) {
            Connection c = t.connection();
            c.commit();
            c.setAutoCommit(true); // ATTACH and the safety level need to be outside a transaction
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA synchronous=OFF");
                s.execute("PRAGMA cache_size=-262144");
                try (PreparedStatement ps = c.prepareStatement("ATTACH DATABASE ? AS src")) {
                    ps.setString(1, source.toAbsolutePath().toString());
                    ps.execute();
                }
                c.setAutoCommit(false);
                s.execute("INSERT OR IGNORE INTO sources(id, name) SELECT id, name FROM src.sources");
                long originals = count(c, "SELECT count(*) FROM src.articles WHERE duplicate_of IS NULL");
                long span = count(c, "SELECT COALESCE(max(id), 0) + 1 FROM src.articles");
                if (originals == 0) throw new StoreException(source + " holds no articles to copy");
                long n = count(c, "SELECT count(*) FROM main.articles");
                int round = (int) count(c, "SELECT COALESCE(max(id), 0) FROM main.articles") / (int) span;
                while (n < articles) {
                    round++;
                    long take = Math.min(originals, articles - n);
                    s.execute("DROP TABLE IF EXISTS temp.pick");
                    s.execute("CREATE TEMP TABLE pick AS SELECT id FROM src.articles WHERE duplicate_of IS NULL ORDER BY id LIMIT " + take);
                    long offset = round * span;
                    copyArticles(c, offset, round);
                    for (String table : FACTS) copyFacts(c, table, offset, round);
                    c.commit();
                    n += take;
                    progress.accept(n);
                }
                s.execute("INSERT INTO articles_fts(articles_fts) VALUES('rebuild')");
                c.commit();
                c.setAutoCommit(true);
                s.execute("DETACH DATABASE src");
                s.execute("PRAGMA synchronous=NORMAL");
                c.setAutoCommit(false);
                return n;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot fill " + target + " from " + source + ": " + e.getMessage(), e);
        }
    }

    private static void copyArticles(Connection c, long offset, int round) throws SQLException {
        List<String> cols = Schema.columns(c, "articles");
        List<String> select = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String col : cols) {
            switch (col) {
                case "id" -> { select.add("id + ?"); args.add(offset); }
                case "content_hash" -> { select.add("content_hash || '#' || ?"); args.add(round); }
                case "published" -> { select.add("COALESCE(date(substr(published, 1, 10), ?) || substr(published, 11), published)"); args.add("+" + round + " days"); }
                case "input" -> { select.add("'bench:' || ? || ':' || input"); args.add(round); }
                case "sitrep_version" -> { select.add("?"); args.add(SITREP_VERSION); }
                case "duplicate_of", "similarity" -> select.add("NULL");
                default -> select.add('"' + col + '"');
            }
        }
        insert(c, "articles", cols, select, "id IN (SELECT id FROM temp.pick)", args);
    }

    private static void copyFacts(Connection c, String table, long offset, int round) throws SQLException {
        List<String> cols = Schema.columns(c, table);
        List<String> select = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (String col : cols) {
            switch (col) {
                case "article_id" -> { select.add("article_id + ?"); args.add(offset); }
                case "cluster_id" -> select.add("NULL");
                case "input" -> { select.add("'bench:' || ? || ':' || input"); args.add(round); }
                default -> select.add('"' + col + '"');
            }
        }
        insert(c, table, cols, select, "article_id IN (SELECT id FROM temp.pick)", args);
    }

    /** Table and column names come from the schema, never from input; values are bound. */
    private static void insert(Connection c, String table, List<String> cols, List<String> select, String where, List<Object> args) throws SQLException {
        String sql = "INSERT INTO main." + table + "(" + String.join(",", cols.stream().map(x -> '"' + x + '"').toList()) + ") SELECT "
                + String.join(",", select) + " FROM src." + table + " WHERE " + where;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            RowWriter.bind(ps, args.toArray());
            ps.executeUpdate();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}

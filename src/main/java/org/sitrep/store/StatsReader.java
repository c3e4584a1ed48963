package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Counts for {@code sitrep stats}. */
final class StatsReader {

    private StatsReader() {}

    /**
     * @param name where the store is, as printed
     * @param file the SQLite file, whose size (with its journal) is the store's; null for PostgreSQL, whose database size is asked
     */
    static Stats read(Connection c, String name, Path file, Provenance p) throws SQLException {
        long bytes = file == null ? count(c, "SELECT pg_database_size(current_database())") : 0;
        for (String suffix : file == null ? new String[0] : new String[] {"", "-wal"}) {
            try {
                Path f = Path.of(file.toString() + suffix);
                if (Files.exists(f)) bytes += Files.size(f);
            } catch (IOException ignored) { // size is informative only
            }
        }
        String[] range = new String[2];
        try (PreparedStatement ps = c.prepareStatement("SELECT min(published), max(published) FROM articles WHERE published IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) { range[0] = rs.getString(1); range[1] = rs.getString(2); }
        }
        return new Stats(name, bytes, count(c, "SELECT count(*) FROM articles"),
                count(c, "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"), count(c, "SELECT count(*) FROM sightings"),
                count(c, "SELECT count(*) FROM entities"), count(c, "SELECT count(*) FROM places"), count(c, "SELECT count(*) FROM quotes"),
                count(c, "SELECT count(*) FROM claims"), count(c, "SELECT count(*) FROM events"),
                count(c, "SELECT count(*) FROM stories"), count(c, "SELECT count(*) FROM stories WHERE independent_sources >= 2"),
                count(c, "SELECT count(*) FROM clusters"),
                count(c, "SELECT count(*) FROM sources"), range[0], range[1],
                count(c, "SELECT count(*) FROM articles WHERE sitrep_version<>? OR contract_version<>? OR models<>?", p.sitrep(), p.contract(), p.models()),
                top(c, "SELECT publisher, count(*) n FROM articles WHERE publisher IS NOT NULL GROUP BY publisher ORDER BY n DESC, publisher LIMIT 10"),
                top(c, "SELECT plover, count(*) n FROM events WHERE plover IS NOT NULL GROUP BY plover ORDER BY n DESC, plover"),
                top(c, "SELECT sitrep_version || ' / contract ' || contract_version, count(*) n FROM articles GROUP BY 1 ORDER BY n DESC"));
    }

    private static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            RowWriter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    private static Map<String, Long> top(Connection c, String sql) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
        }
        return out;
    }
}

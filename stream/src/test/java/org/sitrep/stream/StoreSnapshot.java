package org.sitrep.stream;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What two stores must agree on, free of the row ids each assigns: the articles (content hashes), each copy's
 * original, each event (article hash, event id, type, modality, actors), the event clusters and the stories as
 * partitions (sets of members, not cluster ids), and how many sightings were recorded. Read with plain SQL through
 * JDBC, so the same check reads a SQLite and a PostgreSQL store (both have the same tables).
 */
record StoreSnapshot(Map<String, String> originals, Set<String> events, Set<Set<String>> eventClusters,
                     Set<Set<String>> stories, long sightings) {

    /** The snapshot of the store at a location: a SQLite file or a postgresql:// URL. */
    static StoreSnapshot of(String location) throws SQLException, org.sitrep.store.StoreException {
        try (Connection c = org.sitrep.store.PostgresStores.connect(location)) {
            return of(c);
        }
    }

    static StoreSnapshot of(Connection c) throws SQLException {
        Map<String, String> originals = new TreeMap<>();
        for (String[] r : rows(c, "SELECT a.content_hash, d.content_hash FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of", 2)) {
            originals.put(r[0], r[1] == null ? "-" : r[1]);
        }
        Set<String> events = new TreeSet<>();
        Map<String, Set<String>> clusters = new HashMap<>();
        for (String[] r : rows(c, "SELECT a.content_hash, e.id, e.plover, e.modality, e.actor1, e.actor2, e.cluster_id "
                + "FROM events e JOIN articles a ON a.id = e.article_id", 7)) {
            events.add(String.join(" | ", r[0], r[1], r[2], r[3], r[4], r[5]));
            if (r[6] != null) clusters.computeIfAbsent(r[6], k -> new TreeSet<>()).add(r[0] + "#" + r[1]);
        }
        Map<String, Set<String>> stories = new HashMap<>();
        for (String[] r : rows(c, "SELECT a.content_hash, x.story_id FROM story_articles x JOIN articles a ON a.id = x.article_id", 2)) {
            stories.computeIfAbsent(r[1], k -> new TreeSet<>()).add(r[0]);
        }
        long sightings = Long.parseLong(rows(c, "SELECT count(*) FROM sightings", 1).iterator().next()[0]);
        return new StoreSnapshot(originals, events, new HashSet<>(clusters.values()), new HashSet<>(stories.values()), sightings);
    }

    static long articleCount(String location) {
        if (!org.sitrep.store.PostgresUrl.is(location) && !java.nio.file.Files.exists(java.nio.file.Path.of(location))) return 0;
        try (Connection c = org.sitrep.store.PostgresStores.connect(location)) {
            return Long.parseLong(rows(c, "SELECT count(*) FROM articles", 1).iterator().next()[0]);
        } catch (SQLException | org.sitrep.store.StoreException e) { // not created yet, or busy: none counted this time
            return 0;
        }
    }

    long duplicates() { return originals.values().stream().filter(o -> !o.equals("-")).count(); }

    private static java.util.List<String[]> rows(Connection c, String sql, int columns) throws SQLException {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) row[i] = rs.getString(i + 1);
                out.add(row);
            }
        }
        return out;
    }
}

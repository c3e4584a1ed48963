package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitrep.places.PublisherHomes;

/** Learns each publisher's home division from the places of its stored stories (copies left out: one story, one vote). */
final class HomesReader {

    static final int RECENT = 100_000;

    private HomesReader() {}

    static PublisherHomes read(Connection c) throws SQLException {
        // The latest original articles, with the divisions of their town-, county- and state-level places (none for
        // some). A home changes slowly: the last RECENT articles tell it, and reading them takes the same time however
        // large the store grows (2.6 s for 100,000 at load 5, BENCHMARKS.md).
        // A place the home itself chose does not vote for it: a home learnt wrong would otherwise confirm itself.
        String sql = "SELECT a.id, a.publisher, a.url, p.country, p.admin1, p.precision FROM articles a "
                + "LEFT JOIN places p ON p.article_id = a.id AND p.precision IN ('city', 'admin2', 'admin1') AND COALESCE(p.publisher_home, 0) = 0 "
                + "WHERE a.duplicate_of IS NULL AND a.id > (SELECT COALESCE(MAX(id), 0) FROM articles) - " + RECENT + " ORDER BY a.id";
        Map<String, List<Set<PublisherHomes.Home>>> stories = new HashMap<>();
        long article = -1;
        Set<PublisherHomes.Home> current = null;
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getLong(1) != article) {
                    article = rs.getLong(1);
                    String key = PublisherHomes.key(rs.getString(2), rs.getString(3));
                    current = key == null ? null : new HashSet<>();
                    if (key != null) stories.computeIfAbsent(key, k -> new ArrayList<>()).add(current);
                }
                PublisherHomes.Home h = PublisherHomes.divisionOf(rs.getString(4), rs.getString(5), rs.getString(6));
                if (current != null && h != null) current.add(h);
            }
        }
        return PublisherHomes.learn(stories);
    }
}

package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.place.KeyValueState;
import org.sitrep.place.Placement;

/**
 * Loads what a placer needs of a store's articles into a state of its own, in store order: how a Flink job started
 * without a checkpoint on a store that already holds articles continues its copy groups, stories and event clusters
 * rather than starting them over. Keys as the placer makes them: stories by their founding article, clusters by their
 * founding event (the first of each, in article and event order).
 */
final class StateExport {

    private StateExport() {}

    static void into(Connection c, KeyValueState target) throws SQLException {
        StoreState stories = StoreState.load(c);
        Map<Long, String> clusterKeys = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.content_hash, a.published, a.text, r.content_hash, r.published, x.story_id, x.features "
                + "FROM articles a JOIN articles r ON r.id = COALESCE(a.duplicate_of, a.id) LEFT JOIN story_articles x ON x.article_id = a.id ORDER BY a.id")) {
            ps.setFetchSize(200); // PostgreSQL streams the rows instead of holding every text at once
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String hash = rs.getString(2);
                    long storyId = rs.getLong(7);
                    String story = rs.wasNull() ? null : stories.storyKey(storyId);
                    byte[] blob = rs.getBytes(8);
                    DocumentFeatures features = blob == null ? null : FeatureCodec.decode(hash, blob);
                    List<Placement.EventLink> events = story == null ? List.of() : events(c, id, hash, stories, clusterKeys);
                    Placement p = new Placement(hash, rs.getString(3), Fingerprint.of(rs.getString(4)), null, story, false, features, events);
                    target.applyStored(p, rs.getString(5), rs.getString(6));
                }
            }
        }
        target.markStarted();
        c.commit();
    }

    private static List<Placement.EventLink> events(Connection c, long article, String hash, StoreState stories, Map<Long, String> keys) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, cluster_id FROM events WHERE article_id=? AND cluster_id IS NOT NULL ORDER BY id")) {
            ps.setLong(1, article);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Object[] {rs.getString(1), rs.getLong(2)});
            }
        }
        List<Placement.EventLink> out = new ArrayList<>();
        for (Object[] r : rows) {
            String event = (String) r[0];
            String key = keys.get((Long) r[1]);
            if (key == null) {
                key = Placement.clusterKey(hash, event); // the first event of a cluster met in store order founded it
                keys.put((Long) r[1], key);
            }
            out.add(new Placement.EventLink(event, stories.signature(article, event), key, key.equals(Placement.clusterKey(hash, event))));
        }
        return out;
    }
}

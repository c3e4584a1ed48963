package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventSignature;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.place.Placement;
import org.sitrep.place.PlacerState;
import org.sitrep.place.StateException;

/**
 * The placer's state read from the store itself, for the local ingest's single writer: near-duplicate candidates
 * from the {@code lsh} table, event clusters from the event rows, and the story clustering state (document
 * frequencies, the features of each story's members) held in memory, rebuilt at open from the features stored per
 * article ({@code story_articles}) so a later run continues the same stories. Reads happen in the writer's
 * transaction; after a rollback the writer drops this object and loads it again.
 */
final class StoreState implements PlacerState {

    private final Connection c;
    private final Map<String, List<DocumentFeatures>> members = new HashMap<>();
    private final Map<String, Set<String>> postings = new HashMap<>();
    /** Document frequencies over the corpus, updated in place: copying them per article would cost more than clustering it. */
    private final Map<String, Integer> df = new HashMap<>();
    /** Story ids and their keys (the content hash of the founding article), both ways. */
    private final Map<Long, String> keyOfStory = new HashMap<>();
    private final Map<String, Long> storyOfKey = new HashMap<>();
    private int documents;

    private StoreState(Connection c) { this.c = c; }

    static StoreState load(Connection c) throws SQLException {
        StoreState k = new StoreState(c);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.content_hash, x.story_id, x.features FROM story_articles x JOIN articles a ON a.id = x.article_id "
                     + "WHERE x.features IS NOT NULL ORDER BY x.article_id")) {
            while (rs.next()) {
                DocumentFeatures f = FeatureCodec.decode(rs.getString(1), rs.getBytes(3));
                long story = rs.getLong(2);
                // the first member with features founded the story: its hash is the story's key
                String key = k.keyOfStory.computeIfAbsent(story, id -> f.id());
                k.storyOfKey.putIfAbsent(key, story);
                k.remember(key, f);
            }
        }
        return k;
    }

    @Override
    public boolean known(String contentHash) {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM articles WHERE content_hash=?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public List<Candidate> candidates(long[] bands, int limit) {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < bands.length; i++) in.append(i == 0 ? "?" : ",?");
        List<Long> ids = new ArrayList<>();
        List<Candidate> out = new ArrayList<>();
        try {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id FROM lsh WHERE key IN (" + in
                    + ") GROUP BY article_id ORDER BY count(*) DESC, article_id LIMIT ?")) {
                for (int i = 0; i < bands.length; i++) ps.setLong(i + 1, bands[i]);
                ps.setInt(bands.length + 1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) ids.add(rs.getLong(1));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT a.content_hash, a.text, r.content_hash, r.published "
                    + "FROM articles a JOIN articles r ON r.id = COALESCE(a.duplicate_of, a.id) WHERE a.id=?")) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) out.add(new Candidate(rs.getString(1), Fingerprint.of(rs.getString(2)), rs.getString(3), rs.getString(4)));
                    }
                }
            }
        } catch (SQLException e) {
            throw fail(e);
        }
        return out;
    }

    @Override
    public String storyOf(String contentHash) {
        try {
            Long story = storyId(contentHash);
            return story == null ? null : storyKey(story);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The story id of a stored article, or null. */
    Long storyId(String contentHash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT x.story_id FROM story_articles x JOIN articles a ON a.id = x.article_id WHERE a.content_hash=?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /** The id of the story a key names: the story of its founding article. */
    long storyIdOfKey(String key) throws SQLException {
        Long id = storyOfKey.get(key);
        if (id == null) id = storyId(key);
        if (id == null) throw new SQLException("no stored story founded by " + key);
        return id;
    }

    String storyKey(long story) throws SQLException {
        String key = keyOfStory.get(story);
        if (key != null) return key;
        // a story of copies only (its founder's features were never stored): named by its first member
        try (PreparedStatement ps = c.prepareStatement("SELECT a.content_hash FROM story_articles x JOIN articles a ON a.id = x.article_id "
                + "WHERE x.story_id=? ORDER BY x.features IS NULL, x.article_id LIMIT 1")) {
            ps.setLong(1, story);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("story " + story + " has no member");
                return rs.getString(1);
            }
        }
    }

    @Override
    public int documents() { return documents; }

    @Override
    public int documentFrequency(String feature) { return df.getOrDefault(feature, 0); }

    @Override
    public List<String> storiesWith(String feature) { return List.copyOf(postings.getOrDefault(feature, Set.of())); }

    @Override
    public List<DocumentFeatures> members(String story) { return members.getOrDefault(story, List.of()); }

    @Override
    public List<EventCluster> clusters(String story, String plover) {
        try {
            List<Object[]> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.article_id, e.id, e.cluster_id, a.content_hash FROM events e "
                    + "JOIN clusters k ON k.id = e.cluster_id JOIN articles a ON a.id = e.article_id "
                    + "WHERE k.story_id=? AND e.plover IS NOT DISTINCT FROM ? ORDER BY e.cluster_id, e.article_id, e.id")) {
                RowWriter.bind(ps, storyIdOfKey(story), plover);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)});
                }
            }
            Map<Long, String> keys = new LinkedHashMap<>();
            Map<Long, List<EventSignature>> events = new LinkedHashMap<>();
            for (Object[] r : rows) {
                // the first event of a cluster (lowest article, then event id) is the one that founded it
                keys.putIfAbsent((Long) r[2], Placement.clusterKey((String) r[3], (String) r[1]));
                events.computeIfAbsent((Long) r[2], k -> new ArrayList<>()).add(signature((Long) r[0], (String) r[1]));
            }
            List<EventCluster> out = new ArrayList<>();
            keys.forEach((id, key) -> out.add(new EventCluster(key, events.get(id))));
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** An event's signature from its rows, as {@code org.sitrep.place.EventSignatures} derives it from the reading. */
    EventSignature signature(long article, String event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.plover, e.location, e.date, a.published FROM events e "
                + "JOIN articles a ON a.id = e.article_id WHERE e.article_id=? AND e.id=?")) {
            RowWriter.bind(ps, article, event);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no event " + event + " of article " + article);
                String place = rs.getString(2);
                // lower-cased here, not by SQL: SQLite's lower() folds ASCII only, and the reading's side folds all of Unicode
                Set<String> actors = new HashSet<>();
                for (String name : values("SELECT x.name FROM event_actors x JOIN events e ON e.article_id = x.article_id AND e.id = x.event "
                        + "WHERE x.article_id=? AND x.event=? AND x.name IS DISTINCT FROM e.actor1_code AND x.name IS DISTINCT FROM e.actor2_code", article, event)) {
                    actors.add(name.toLowerCase(Locale.ROOT));
                }
                return new EventSignature(rs.getString(1), actors, place == null ? null : place.toLowerCase(Locale.ROOT), rs.getString(3),
                        values("SELECT country FROM event_countries WHERE article_id=? AND event=?", article, event), rs.getString(4));
            }
        }
    }

    private Set<String> values(String sql, Object... args) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            RowWriter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (rs.getString(1) != null) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /**
     * Nothing to do here: the state is the store's rows, and the writer updates the in-memory story state as it writes
     * them ({@link Clusters#write}), in the same transaction.
     */
    @Override
    public void apply(Placement p) {}

    void remember(String story, DocumentFeatures f) {
        documents++;
        for (String key : StoryClusterer.featureKeys(f)) df.merge(key, 1, Integer::sum);
        members.computeIfAbsent(story, s -> new ArrayList<>()).add(f);
        for (String key : StoryClusterer.featureKeys(f)) postings.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(story);
    }

    /** After the writer stored a new story: its id, so later reads need not look it up. */
    void named(String key, long story) {
        keyOfStory.put(story, key);
        storyOfKey.put(key, story);
    }

    private static StateException fail(SQLException e) { return new StateException("cannot read the store: " + e.getMessage(), e); }
}

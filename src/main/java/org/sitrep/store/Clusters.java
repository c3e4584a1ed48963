package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Reading;
import org.sitrep.place.EventSignatures;
import org.sitrep.place.Placement;
import org.sitrep.place.Placer;
import org.sitrep.report.JsonOutput;

/**
 * Writes where the {@link Placer} put an article (its story and event clusters) into the store's cluster tables, in
 * the caller's transaction, and recounts what changed. Story and cluster keys are content hashes; the store's ids are
 * looked up through the founding article and event, so a placement decided elsewhere (the Flink job's keyed state)
 * writes the same rows as one decided on the store's own state ({@link StoreState}).
 */
final class Clusters {

    private static final Placer PLACER = new Placer();

    private Clusters() {}

    /**
     * Loads the state and gives a story to every article that has none (a version-1 store), in id order, originals
     * before copies, in one transaction committed here, before the caller's own work.
     */
    static StoreState open(Connection c) throws SQLException {
        StoreState k = StoreState.load(c);
        List<Object[]> missing = new ArrayList<>();
        // benchmark copies (BenchStore) are left out of stories on purpose
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, r.content_hash FROM articles a LEFT JOIN articles r ON r.id = a.duplicate_of "
                + "WHERE NOT EXISTS (SELECT 1 FROM story_articles x WHERE x.article_id = a.id) AND a.sitrep_version <> ? "
                + "ORDER BY a.duplicate_of IS NOT NULL, a.id")) {
            s.setString(1, BenchStore.SITREP_VERSION);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) missing.add(new Object[] {rs.getLong(1), rs.getString(2)});
            }
        }
        for (Object[] m : missing) {
            long id = (Long) m[0];
            Placer.Clustered placed = PLACER.cluster(reading(c, id), (String) m[1], k);
            write(c, k, id, placed);
        }
        if (!missing.isEmpty()) c.commit();
        return k;
    }

    private static Reading reading(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reading FROM articles WHERE id=?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no article " + id);
                return JsonOutput.mapper().readValue(ReadingCodec.decode(rs, 1), Reading.class);
            }
        } catch (java.io.IOException e) {
            throw new SQLException("cannot read the stored reading of article " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Puts a newly stored article into its story and its events into their clusters, refreshes the counts of that
     * story and its clusters, and tells the store-backed state (when there is one) what it needs to remember.
     */
    static long write(Connection c, StoreState state, long articleId, Placer.Clustered placed) throws SQLException {
        long story;
        if (placed.newStory()) {
            story = Dialect.of(c).insertId(c, "INSERT INTO stories(reports) VALUES(0)");
        } else {
            story = state != null ? state.storyIdOfKey(placed.story()) : storyIdOfKey(c, placed.story());
        }
        try (PreparedStatement ps = c.prepareStatement(Dialect.of(c).upsert("story_articles", "article_id,story_id,features", "article_id"))) {
            RowWriter.bind(ps, articleId, story, placed.features() == null ? null : FeatureCodec.encode(placed.features()));
            ps.executeUpdate();
        }
        if (state != null) {
            if (placed.newStory()) state.named(placed.story(), story);
            if (placed.features() != null) state.remember(placed.story(), placed.features());
        }
        linkEvents(c, articleId, story, placed.events());
        refresh(c, story);
        return story;
    }

    /** After a re-analysis replaced an article's events: clusters its new events and drops clusters left empty. */
    static void relink(Connection c, StoreState state, long articleId, Reading r) throws SQLException {
        Long story = state.storyId(r.article().id());
        if (story == null) return;
        String key = state.storyOf(r.article().id());
        linkEvents(c, articleId, story, PLACER.events(r.article().id(), key, false, EventSignatures.of(r), state));
        refresh(c, story);
    }

    private static long storyIdOfKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT x.story_id FROM story_articles x JOIN articles a ON a.id = x.article_id WHERE a.content_hash=?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("no stored story founded by " + key);
                return rs.getLong(1);
            }
        }
    }

    /** Each event into its cluster: a new cluster row for an event that founds one, else the cluster of its founding event. */
    private static void linkEvents(Connection c, long articleId, long story, List<Placement.EventLink> links) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        for (Placement.EventLink l : links) {
            Long cluster = ids.get(l.cluster());
            if (cluster == null && l.founds()) {
                cluster = Dialect.of(c).insertId(c, "INSERT INTO clusters(story_id,plover) VALUES(?,?)", story, l.signature().plover());
            } else if (cluster == null) {
                cluster = clusterId(c, l.cluster());
            }
            ids.put(l.cluster(), cluster);
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET cluster_id=? WHERE article_id=? AND id=?")) {
                RowWriter.bind(ps, cluster, articleId, l.event());
                ps.executeUpdate();
            }
        }
    }

    /** The id of the cluster a key names: the cluster of its founding event. */
    private static long clusterId(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT e.cluster_id FROM events e JOIN articles a ON a.id = e.article_id "
                + "WHERE a.content_hash=? AND e.id=?")) {
            RowWriter.bind(ps, Placement.clusterArticle(key), Placement.clusterEvent(key));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) throw new SQLException("no stored event cluster " + key);
                return rs.getLong(1);
            }
        }
    }

    /** Independent sources: distinct outlets of the articles that are not copies (an article without outlet is its own). */
    private static final String SOURCE = "COALESCE('s' || a.source_id, 'a' || a.id)";

    /** Recounts a story and its event clusters; a copy re-rooted in this transaction changes both. */
    static void refresh(Connection c, long story) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE stories SET "
                + "reports=(SELECT count(*) FROM story_articles x WHERE x.story_id=stories.id), "
                + "independent_sources=(SELECT count(DISTINCT " + SOURCE + ") FROM story_articles x JOIN articles a ON a.id=x.article_id "
                + "  WHERE x.story_id=stories.id AND a.duplicate_of IS NULL), "
                + "first_seen=(SELECT min(a.published) FROM story_articles x JOIN articles a ON a.id=x.article_id WHERE x.story_id=stories.id), "
                + "last_seen=(SELECT max(a.published) FROM story_articles x JOIN articles a ON a.id=x.article_id WHERE x.story_id=stories.id), "
                + "title=(SELECT a.title FROM story_articles x JOIN articles a ON a.id=x.article_id WHERE x.story_id=stories.id "
                + "  ORDER BY a.published IS NULL, a.published, a.id LIMIT 1) WHERE id=?")) {
            ps.setLong(1, story);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM clusters WHERE story_id=? AND NOT EXISTS (SELECT 1 FROM events e WHERE e.cluster_id=clusters.id)")) {
            ps.setLong(1, story);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE clusters SET "
                + "reports=(SELECT count(DISTINCT e.article_id) FROM events e WHERE e.cluster_id=clusters.id), "
                + "independent_sources=(SELECT count(DISTINCT " + SOURCE + ") FROM events e JOIN articles a ON a.id=e.article_id "
                + "  WHERE e.cluster_id=clusters.id AND a.duplicate_of IS NULL), "
                + "country=(SELECT e.country FROM events e WHERE e.cluster_id=clusters.id AND e.country IS NOT NULL GROUP BY e.country "
                + "  ORDER BY count(*) DESC, e.country LIMIT 1), "
                + "first_date=(SELECT min(e.date) FROM events e WHERE e.cluster_id=clusters.id), "
                + "last_date=(SELECT max(e.date) FROM events e WHERE e.cluster_id=clusters.id), "
                + "first_seen=(SELECT min(a.published) FROM events e JOIN articles a ON a.id=e.article_id WHERE e.cluster_id=clusters.id), "
                + "last_seen=(SELECT max(a.published) FROM events e JOIN articles a ON a.id=e.article_id WHERE e.cluster_id=clusters.id) "
                + "WHERE story_id=?")) {
            ps.setLong(1, story);
            ps.executeUpdate();
        }
    }
}

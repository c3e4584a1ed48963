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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventSignature;
import org.sitrep.cluster.ReadingFeatures;
import org.sitrep.cluster.Story;
import org.sitrep.cluster.StoryClusterer;
import org.sitrep.cluster.Idf;
import org.sitrep.model.Reading;
import org.sitrep.report.JsonOutput;

/**
 * Story and event clusters of the store, kept up to date one article at a time by the single writer. The corpus
 * state the incremental clusterer needs (document frequencies, the members of each story) is rebuilt at open from the
 * features stored per article (table {@code story_articles}), so a later run continues the same stories. Every
 * write happens in the caller's transaction; after a rollback the caller drops this object and loads it again.
 */
final class Clusters {

    /** Stories looked at per new article: those sharing one of its most weighty features (see {@link #candidates}). */
    private static final int SALIENT = 12;

    private final StoryClusterer clusterer = new StoryClusterer();
    private final Map<Long, List<DocumentFeatures>> members = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();
    /** Document frequencies over the corpus, updated in place by the single writer (see {@link Idf}). */
    private final Map<String, Integer> df = new HashMap<>();
    private int documents;
    private final Idf idf = f -> Idf.of(documents, df.getOrDefault(f, 1));

    private Clusters() {}

    static Clusters load(Connection c) throws SQLException {
        Clusters k = new Clusters();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT a.content_hash, x.story_id, x.features FROM story_articles x JOIN articles a ON a.id = x.article_id "
                     + "WHERE x.features IS NOT NULL ORDER BY x.article_id")) {
            while (rs.next()) {
                DocumentFeatures f = FeatureCodec.decode(rs.getString(1), rs.getBytes(3));
                k.count(f);
                k.remember(rs.getLong(2), f);
            }
        }
        return k;
    }

    /**
     * Loads the state and gives a story to every article that has none (a version-1 store), in id order, originals
     * before copies, in one transaction committed here, before the caller's own work.
     */
    static Clusters open(Connection c) throws SQLException {
        Clusters k = load(c);
        List<long[]> missing = new ArrayList<>();
        // benchmark copies (BenchStore) are left out of stories on purpose
        try (PreparedStatement s = c.prepareStatement("SELECT a.id, a.duplicate_of FROM articles a "
                + "WHERE NOT EXISTS (SELECT 1 FROM story_articles x WHERE x.article_id = a.id) AND a.sitrep_version <> ? "
                + "ORDER BY a.duplicate_of IS NOT NULL, a.id")) {
            s.setString(1, BenchStore.SITREP_VERSION);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) missing.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        for (long[] m : missing) k.add(c, m[0], reading(c, m[0]), m[1] == 0 ? null : m[1]);
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

    int documents() { return documents; }

    private void count(DocumentFeatures f) {
        documents++;
        for (String key : StoryClusterer.featureKeys(f)) df.merge(key, 1, Integer::sum);
    }

    /**
     * Puts a newly stored article into a story (a copy into the story of the copy it was linked to) and its events
     * into event clusters, and refreshes the counts of that story and its clusters.
     *
     * @param copyOf a stored article this one copies (the root of its copy group before this article), or null
     */
    long add(Connection c, long articleId, Reading r, Long copyOf) throws SQLException {
        Long story = copyOf == null ? null : storyOf(c, copyOf);
        DocumentFeatures f = null;
        if (story == null) {
            f = ReadingFeatures.of(r);
            count(f); // the new document counts in its own IDF, as in a batch (TermStatistics.plus without the copy)
            StoryClusterer.Assignment a = clusterer.assign(f, candidates(f), idf);
            story = a.newStory() ? newStory(c) : Long.parseLong(a.storyId());
            remember(story, f);
        }
        try (PreparedStatement ps = c.prepareStatement(Dialect.of(c).upsert("story_articles", "article_id,story_id,features", "article_id"))) {
            RowWriter.bind(ps, articleId, story, f == null ? null : FeatureCodec.encode(f));
            ps.executeUpdate();
        }
        linkEvents(c, articleId, story);
        refresh(c, story);
        return story;
    }

    /** After a re-analysis replaced an article's events: clusters its new events and drops clusters left empty. */
    void relink(Connection c, long articleId) throws SQLException {
        Long story = storyOf(c, articleId);
        if (story == null) return;
        linkEvents(c, articleId, story);
        refresh(c, story);
    }

    private List<Story> candidates(DocumentFeatures f) {
        Set<Long> ids = new HashSet<>();
        for (String key : clusterer.salientFeatures(f, idf, SALIENT)) ids.addAll(postings.getOrDefault(key, Set.of()));
        List<Story> out = new ArrayList<>();
        for (long id : ids) out.add(new Story(Long.toString(id), members.get(id)));
        return out;
    }

    private void remember(long story, DocumentFeatures f) {
        members.computeIfAbsent(story, s -> new ArrayList<>()).add(f);
        for (String key : StoryClusterer.featureKeys(f)) postings.computeIfAbsent(key, k -> new HashSet<>()).add(story);
    }

    private static Long storyOf(Connection c, long articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT story_id FROM story_articles WHERE article_id=?")) {
            ps.setLong(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    private static long newStory(Connection c) throws SQLException {
        return Dialect.of(c).insertId(c, "INSERT INTO stories(reports) VALUES(0)");
    }

    /** Each unclustered event of the article joins the first cluster of its story holding the same event, else a new one. */
    private static void linkEvents(Connection c, long articleId, long story) throws SQLException {
        Map<String, EventSignature> fresh = signatures(c, "e.article_id=? AND e.cluster_id IS NULL", articleId);
        for (Map.Entry<String, EventSignature> e : fresh.entrySet()) {
            EventSignature sig = e.getValue();
            Long cluster = null;
            for (Map.Entry<Long, EventSignature> k : clustered(c, story, sig.plover())) {
                if (k.getValue().sameEvent(sig)) { cluster = k.getKey(); break; }
            }
            if (cluster == null) cluster = Dialect.of(c).insertId(c, "INSERT INTO clusters(story_id,plover) VALUES(?,?)", story, sig.plover());
            try (PreparedStatement ps = c.prepareStatement("UPDATE events SET cluster_id=? WHERE article_id=? AND id=?")) {
                RowWriter.bind(ps, cluster, articleId, e.getKey());
                ps.executeUpdate();
            }
        }
    }

    /**
     * The events of the story's clusters with this type, each with its cluster (lowest cluster id first). A new event
     * joins a cluster when it matches one of its events, not a union of them, so a cluster cannot collect an actor
     * from one report and a date from another and then swallow a third event that matches neither.
     */
    private static List<Map.Entry<Long, EventSignature>> clustered(Connection c, long story, String plover) throws SQLException {
        List<Map.Entry<Long, EventSignature>> out = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.article_id, e.id, e.cluster_id FROM events e JOIN clusters k ON k.id = e.cluster_id "
                + "WHERE k.story_id=? AND e.plover IS NOT DISTINCT FROM ? ORDER BY e.cluster_id, e.article_id, e.id")) {
            RowWriter.bind(ps, story, plover);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)});
            }
        }
        for (Object[] r : rows) {
            EventSignature s = signatures(c, "e.article_id=? AND e.id=?", r[0], r[1]).values().iterator().next();
            out.add(Map.entry((Long) r[2], s));
        }
        return out;
    }

    private static Map<String, EventSignature> signatures(Connection c, String where, Object... args) throws SQLException {
        Map<String, EventSignature> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.article_id, e.id, e.plover, e.location, e.date, a.published FROM events e JOIN articles a ON a.id = e.article_id WHERE "
                + where + " ORDER BY e.id")) {
            RowWriter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long article = rs.getLong(1);
                    String id = rs.getString(2), place = rs.getString(4);
                    // actor codes are left out: a whole country's actors share "USA"
                    out.put(id, new EventSignature(rs.getString(3), values(c, "SELECT lower(x.name) FROM event_actors x JOIN events e "
                            + "ON e.article_id = x.article_id AND e.id = x.event WHERE x.article_id=? AND x.event=? "
                            + "AND x.name IS DISTINCT FROM e.actor1_code AND x.name IS DISTINCT FROM e.actor2_code", article, id),
                            place == null ? null : place.toLowerCase(Locale.ROOT), rs.getString(5),
                            values(c, "SELECT country FROM event_countries WHERE article_id=? AND event=?", article, id), rs.getString(6)));
                }
            }
        }
        return out;
    }

    private static Set<String> values(Connection c, String sql, Object... args) throws SQLException {
        Set<String> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            RowWriter.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) if (rs.getString(1) != null) out.add(rs.getString(1));
            }
        }
        return out;
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

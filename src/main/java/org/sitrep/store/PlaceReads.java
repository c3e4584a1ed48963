package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.FactViews.ArticleRef;
import org.sitrep.store.FactViews.ClusterRef;
import org.sitrep.store.FactViews.ClusterView;
import org.sitrep.store.FactViews.EventRef;
import org.sitrep.store.FactViews.PlaceItem;
import org.sitrep.store.FactViews.PlaceView;
import org.sitrep.store.FactViews.Report;
import org.sitrep.store.FactViews.StoryRef;
import org.sitrep.store.FactViews.StoryView;

/** The place, event-cluster and story reads of {@link Facts}, each on one connection the caller holds. */
final class PlaceReads {

    private static final String ARTICLE = "SELECT a.id, a.title, a.publisher, a.published, a.duplicate_of FROM articles a ";

    private PlaceReads() {}

    static Paged<PlaceItem> places(Connection c, String text, String name, List<String> countries, Page page) throws SQLException {
        Dialect d = Dialect.of(c);
        List<Object> args = new ArrayList<>();
        StringBuilder from = new StringBuilder(" FROM places p JOIN articles a ON a.id = p.article_id WHERE a.duplicate_of IS NULL AND p.name IS NOT NULL");
        if (text != null) {
            from.append(" AND p.name").append(d.like()).append("? ESCAPE '\\'");
            args.add(Facts.contains(text));
        }
        if (name != null) {
            from.append(" AND ").append(d.nocase("p.name")).append(" = ").append(d.nocaseParam());
            args.add(name.strip());
        }
        Facts.in(from, "p.country", countries.stream().map(s -> s.toUpperCase(java.util.Locale.ROOT)).toList(), args);
        // One row per key: a GeoNames point, or a name where there is none (lower() folds ASCII, as the key's NOCASE lookup does).
        from.append(" GROUP BY COALESCE(CAST(p.geonames_id AS TEXT), 'name:' || lower(p.name))");
        long total = Sql.count(c, "SELECT count(*) FROM (SELECT 1" + from + ") t", args);
        List<PlaceItem> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT " + d.any("p.geonames_id") + ", " + d.any("p.name") + ", " + d.any("p.country")
                + ", count(DISTINCT p.article_id) n" + from + " ORDER BY n DESC, " + d.nocase(d.any("p.name")) + " LIMIT ? OFFSET ?", Sql.plus(args, page.limit(), page.offset())); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                Long id = Sql.lng(rs, 1);
                out.add(new PlaceItem(PlaceKey.of(id, rs.getString(2)).toString(), rs.getString(2), id, rs.getString(3), rs.getLong(4)));
            }
        }
        return new Paged<>(out, total, page.limit(), page.offset());
    }

    static Optional<PlaceView> place(Connection c, PlaceKey key, Page page) throws SQLException {
        List<Object> args = new ArrayList<>();
        String match;
        if (key.geonamesId() != null) {
            match = "p.geonames_id = ?";
            args.add(key.geonamesId());
        } else {
            EntityKey asName = new EntityKey("LOCATION", key.name()); // the same name match as an entity's, on the place's name
            match = "p.geonames_id IS NULL AND " + Facts.match(Dialect.of(c), asName, "'LOCATION'", "p.name", args);
        }
        String x = "WITH x AS (SELECT p.article_id, p.id FROM places p CROSS JOIN articles a ON a.id = p.article_id WHERE a.duplicate_of IS NULL AND "
                + match + ") ";
        long articles = Sql.count(c, x + "SELECT count(DISTINCT article_id) FROM x", args);
        if (articles == 0) return Optional.empty();
        Map<String, Long> names = Sql.counts(c, x + "SELECT p.name, count(DISTINCT p.article_id) n FROM x JOIN places p USING(article_id, id)"
                + " GROUP BY p.name ORDER BY n DESC, p.name LIMIT 20", args);
        Map<String, Long> roles = Sql.counts(c, x + "SELECT p.role, count(*) n FROM x JOIN places p USING(article_id, id) GROUP BY p.role ORDER BY n DESC, p.role", args);
        String name = names.isEmpty() ? key.toString() : names.keySet().iterator().next();
        // The point most of its rows give (a gazetteer point is the same in every article; a region's may differ).
        PlaceView[] view = new PlaceView[1];
        try (PreparedStatement ps = Sql.prepare(c, x + "SELECT p.geonames_id, p.country, p.admin1, p.lat, p.lon, p.precision, count(*) n FROM x"
                + " JOIN places p USING(article_id, id) GROUP BY p.geonames_id, p.country, p.admin1, p.lat, p.lon, p.precision ORDER BY n DESC LIMIT 1", args);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            long total = Sql.count(c, x + "SELECT count(*) FROM x JOIN events e ON e.article_id = x.article_id AND e.place = x.id", args);
            List<EventRef> events = Facts.events(c, x + Facts.EVENT.formatted("NULL") + "JOIN x ON x.article_id = e.article_id AND e.place = x.id", args, page);
            List<ArticleRef> refs = new ArrayList<>();
            try (PreparedStatement as = Sql.prepare(c, x + ARTICLE + "WHERE a.id IN (SELECT article_id FROM x)"
                    + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT ? OFFSET ?", Sql.plus(args, page.limit(), page.offset()));
                 ResultSet ar = as.executeQuery()) {
                while (ar.next()) refs.add(article(ar));
            }
            view[0] = new PlaceView(key.toString(), name, Sql.lng(rs, 1), rs.getString(2), rs.getString(3), Sql.dbl(rs, 4), Sql.dbl(rs, 5),
                    rs.getString(6), articles, names, roles, new Paged<>(events, total, page.limit(), page.offset()),
                    new Paged<>(refs, articles, page.limit(), page.offset()));
        }
        return Optional.of(view[0]);
    }

    static Optional<ClusterView> cluster(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = Sql.prepare(c, "SELECT k.id, k.plover, k.country, k.first_date, k.last_date, k.first_seen, k.last_seen, k.reports,"
                + " k.independent_sources, s.id, s.title, s.first_seen, s.last_seen, s.reports, s.independent_sources FROM clusters k"
                + " LEFT JOIN stories s ON s.id = k.story_id WHERE k.id = ?", List.of(id)); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            StoryRef story = Sql.lng(rs, 10) == null ? null
                    : new StoryRef(rs.getLong(10), rs.getString(11), rs.getString(12), rs.getString(13), rs.getLong(14), rs.getLong(15));
            List<Report> reports = new ArrayList<>();
            try (PreparedStatement rp = Sql.prepare(c, "SELECT a.id, a.title, a.publisher, a.published, a.duplicate_of, e.id, e.date, e.modality,"
                    + " e.actor1, e.actor2, e.location, e.evidence FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ?"
                    + " ORDER BY a.published IS NULL, a.published, a.id, e.id", List.of(id)); ResultSet r = rp.executeQuery()) {
                while (r.next()) {
                    reports.add(new Report(r.getLong(1), r.getString(2), r.getString(3), r.getString(4), Sql.lng(r, 5), r.getString(6), r.getString(7),
                            r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getString(12)));
                }
            }
            return Optional.of(new ClusterView(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7), rs.getLong(8), rs.getLong(9), story, reports));
        }
    }

    static Optional<StoryView> story(Connection c, long id) throws SQLException {
        StoryRef story;
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, title, first_seen, last_seen, reports, independent_sources FROM stories WHERE id = ?",
                List.of(id)); ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) return Optional.empty();
            story = new StoryRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5), rs.getLong(6));
        }
        List<ArticleRef> articles = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, ARTICLE + "JOIN story_articles sa ON sa.article_id = a.id WHERE sa.story_id = ?"
                + " ORDER BY a.published IS NULL, a.published, a.id", List.of(id)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) articles.add(article(rs));
        }
        List<ClusterRef> clusters = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, "SELECT id, plover, country, first_date, last_date, reports, independent_sources FROM clusters"
                + " WHERE story_id = ? ORDER BY independent_sources DESC, reports DESC, id", List.of(id)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                clusters.add(new ClusterRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7)));
            }
        }
        return Optional.of(new StoryView(story, articles, clusters));
    }

    private static ArticleRef article(ResultSet rs) throws SQLException {
        return new ArticleRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Sql.lng(rs, 5));
    }
}

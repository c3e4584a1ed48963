package org.sitrep.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.FactViews.EntityItem;
import org.sitrep.store.FactViews.EntityView;
import org.sitrep.store.FactViews.EventRef;
import org.sitrep.store.FactViews.Statement;
import org.sitrep.store.FactViews.StatementQuery;

/**
 * The store across articles, by entity and place rather than by article: entity and place lists and pages, quote and
 * claim search, event clusters and stories (docs/store.md, "Entities and places across the store"). Reads through
 * the {@link Corpus}'s read-only connections; every value reaches SQLite as a bound parameter. Copies of an earlier
 * article are left out everywhere, as in search: a republished quote is not a second quote.
 */
public final class Facts {

    static final String STATEMENT = "SELECT a.id, a.title, a.publisher, a.published, q.id, q.kind, %s, q.cue, COALESCE(s.name, q.speaker), "
            + "sitrep_key(s.type, s.name), c.id, c.stance, c.source_chain";
    static final String EVENT = "SELECT e.article_id, e.id, e.plover, e.modality, COALESCE(e.date, a.published), e.actor1, e.actor2, %s, "
            + "e.location, e.country, e.lat, e.lon, e.evidence, e.cluster_id, a.title, a.published FROM events e JOIN articles a ON a.id = e.article_id ";

    private final Corpus corpus;

    public Facts(Corpus corpus) { this.corpus = corpus; }

    /**
     * Entities across the store, most often named first: those whose name or an alias contains {@code text}, or whose
     * name is {@code name} (case-insensitive), of the given types and actor codes (empty lists do not filter).
     */
    public Paged<EntityItem> entities(String text, String name, List<String> types, List<String> actors, Page page) throws StoreException {
        Dialect d = corpus.dialect();
        List<Object> args = new ArrayList<>();
        StringBuilder from = new StringBuilder(" FROM entities e JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL AND e.name IS NOT NULL");
        if (text != null) {
            from.append(" AND (e.name").append(d.like()).append("? ESCAPE '\\' OR e.aliases").append(d.like()).append("? ESCAPE '\\')");
            args.add(contains(text));
            args.add(contains(text));
        }
        if (name != null) {
            from.append(" AND ").append(d.nocase("e.name")).append(" = ").append(d.nocaseParam());
            args.add(name.strip());
        }
        in(from, "e.type", types.stream().map(t -> t.toUpperCase(Locale.ROOT)).toList(), args);
        in(from, "e.actor", actors, args);
        from.append(" GROUP BY e.type, ").append(d.nocase("e.name"));
        return corpus.with("read", c -> {
            long total = Sql.count(c, "SELECT count(*) FROM (SELECT 1" + from + ") t", args);
            List<EntityItem> out = new ArrayList<>();
            List<Object> pageArgs = Sql.plus(args, page.limit(), page.offset());
            try (PreparedStatement ps = Sql.prepare(c, "SELECT e.type, " + d.any("e.name") + ", count(DISTINCT e.article_id) n, "
                    + (d.postgres() ? "string_agg(DISTINCT e.actor, ',')" : "group_concat(DISTINCT e.actor)") + from
                    + " ORDER BY n DESC, " + d.nocase("e.name") + " LIMIT ? OFFSET ?", pageArgs); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String codes = rs.getString(4);
                    out.add(new EntityItem(EntityKey.of(rs.getString(1), rs.getString(2)).toString(), rs.getString(1), rs.getString(2), rs.getLong(3),
                            codes == null ? List.of() : List.of(codes.split(","))));
                }
            }
            return new Paged<>(out, total, page.limit(), page.offset());
        });
    }

    /** One entity across the store, its three lists paged with {@code page}; empty when no article names it. */
    public Optional<EntityView> entity(EntityKey key, Page page) throws StoreException {
        Dialect d = corpus.dialect();
        List<Object> args = new ArrayList<>();
        // CROSS JOIN keeps SQLite from starting at the articles (its plan without statistics): the name index first.
        String x = "WITH x AS (SELECT e.article_id, e.id FROM entities e CROSS JOIN articles a ON a.id = e.article_id WHERE a.duplicate_of IS NULL AND "
                + match(d, key, "e.type", "e.name", args) + ") ";
        return corpus.with("read", c -> {
            long articles = Sql.count(c, x + "SELECT count(DISTINCT article_id) FROM x", args);
            if (articles == 0) return Optional.<EntityView>empty();
            Map<String, Long> names = Sql.counts(c, x + "SELECT e.name, count(DISTINCT e.article_id) n FROM x JOIN entities e USING(article_id, id)"
                    + " GROUP BY e.name ORDER BY n DESC, e.name LIMIT 20", args);
            Map<String, Long> aliases = Sql.counts(c, x + "SELECT j.value, count(DISTINCT e.article_id) n FROM x JOIN entities e USING(article_id, id),"
                    + " " + d.jsonEach("e.aliases", "j") + " GROUP BY j.value ORDER BY n DESC, j.value LIMIT 50", args);
            Map<String, Long> titles = Sql.counts(c, x + "SELECT j.value, count(DISTINCT e.article_id) n FROM x JOIN entities e USING(article_id, id),"
                    + " " + d.jsonEach("e.titles", "j") + " GROUP BY j.value ORDER BY n DESC, j.value LIMIT 50", args);
            Map<String, Long> codes = Sql.counts(c, x + "SELECT e.actor, count(DISTINCT e.article_id) n FROM x JOIN entities e USING(article_id, id)"
                    + " WHERE e.actor IS NOT NULL GROUP BY e.actor ORDER BY n DESC, e.actor LIMIT 20", args);
            long mentions = Sql.count(c, x + "SELECT count(*) FROM x JOIN mentions m ON m.article_id = x.article_id AND m.entity = x.id", args);
            List<DayCount> timeline = new ArrayList<>();
            try (PreparedStatement ps = Sql.prepare(c, x + "SELECT substr(a.published, 1, 10) d, count(*) FROM x JOIN mentions m ON m.article_id = x.article_id"
                    + " AND m.entity = x.id JOIN articles a ON a.id = x.article_id GROUP BY d HAVING " + d.isDay("substr(a.published, 1, 10)") + " ORDER BY d", args);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) timeline.add(new DayCount(rs.getString(1), "mentions", rs.getLong(2)));
            }
            String said = " FROM x JOIN quotes q ON q.article_id = x.article_id AND q.speaker_entity = x.id";
            // Said about it: a quote by someone else with one of its mentions inside the quote's span. The reading's own
            // coreference (mentions include aliases) decides what names it, not a string match over the store.
            String about = " FROM quotes q" + joins() + " WHERE q.article_id IN (SELECT article_id FROM x) AND (q.article_id, q.id) IN (SELECT q.article_id, q.id FROM x JOIN quotes q"
                    + " ON q.article_id = x.article_id JOIN mentions m ON m.article_id = x.article_id AND m.entity = x.id"
                    + " AND m.start >= q.start AND m.\"end\" <= q.\"end\" WHERE q.speaker_entity IS NULL OR q.speaker_entity <> x.id)";
            String events = " FROM x JOIN events e ON e.article_id = x.article_id AND (e.actor1_entity = x.id OR e.actor2_entity = x.id)";
            Paged<Statement> saidPage = statements(c, x + "SELECT count(*)" + said, x + statementSql("q.text") + said + joins(), args, page);
            Paged<Statement> aboutPage = statements(c, x + "SELECT count(*)" + about, x + statementSql("q.text") + about, args, page);
            long eventTotal = Sql.count(c, x + "SELECT count(*)" + events, args);
            List<EventRef> eventItems = events(c, x + EVENT.formatted("CASE WHEN e.actor1_entity = x.id THEN 'source' ELSE 'target' END")
                    + "JOIN x ON x.article_id = e.article_id AND (e.actor1_entity = x.id OR e.actor2_entity = x.id)", args, page);
            String name = names.isEmpty() ? key.name() : names.keySet().iterator().next();
            return Optional.of(new EntityView(key.toString(), key.type(), name, names, aliases, titles, codes, articles, mentions, timeline,
                    saidPage, aboutPage, new Paged<>(eventItems, eventTotal, page.limit(), page.offset())));
        });
    }

    /** Places across the store, most often named first: name contains {@code text}, or is {@code name}; in the given countries. */
    public Paged<FactViews.PlaceItem> places(String text, String name, List<String> countries, Page page) throws StoreException {
        return corpus.with("read", c -> PlaceReads.places(c, text, name, countries, page));
    }

    /** One place across the store, its events and articles paged with {@code page}; empty when no article names it. */
    public Optional<FactViews.PlaceView> place(PlaceKey key, Page page) throws StoreException {
        return corpus.with("read", c -> PlaceReads.place(c, key, page));
    }

    /** An event cluster with its reports (copies included, marked by {@code duplicateOf}) and its story. */
    public Optional<FactViews.ClusterView> cluster(long id) throws StoreException {
        return corpus.with("read", c -> PlaceReads.cluster(c, id));
    }

    /** A story with its articles and event clusters. */
    public Optional<FactViews.StoryView> story(long id) throws StoreException {
        return corpus.with("read", c -> PlaceReads.story(c, id));
    }

    /** Quotes, newest article first: by speaker (an entity key or a name), words in the text, dates, outlets. */
    public Paged<Statement> quotes(StatementQuery query, Page page) throws StoreException {
        List<Object> args = new ArrayList<>();
        String where = " FROM quotes q" + joins() + " WHERE a.duplicate_of IS NULL" + statementFilters(corpus.dialect(), query, "q.text", args);
        return corpus.with("search", c -> statements(c, "SELECT count(*)" + where, statementSql("q.text") + where, args, page));
    }

    /** Claims (a quote with its stance and source chain), searched as {@link #quotes}, the words in the claim's text. */
    public Paged<Statement> claims(StatementQuery query, Page page) throws StoreException {
        List<Object> args = new ArrayList<>();
        String where = " FROM claims c JOIN articles a ON a.id = c.article_id LEFT JOIN quotes q ON q.article_id = c.article_id AND q.id = c.quote"
                + " LEFT JOIN entities s ON s.article_id = q.article_id AND s.id = q.speaker_entity WHERE a.duplicate_of IS NULL"
                + statementFilters(corpus.dialect(), query, "c.text", args);
        return corpus.with("search", c -> statements(c, "SELECT count(*)" + where, statementSql("c.text") + where, args, page));
    }

    private static String statementSql(String text) {
        return STATEMENT.formatted(text);
    }

    private static String joins() {
        return " JOIN articles a ON a.id = q.article_id LEFT JOIN entities s ON s.article_id = q.article_id AND s.id = q.speaker_entity"
                + " LEFT JOIN claims c ON c.article_id = q.article_id AND c.quote = q.id";
    }

    private static String statementFilters(Dialect d, StatementQuery query, String text, List<Object> args) {
        StringBuilder sql = new StringBuilder();
        if (query.speaker() != null && !query.speaker().isBlank()) {
            Optional<EntityKey> key = EntityKey.parse(query.speaker());
            // The articles first (through the name indexes), so the quotes are read by article, not scanned.
            if (key.isPresent()) {
                sql.append(" AND q.article_id IN (SELECT e.article_id FROM entities e WHERE ").append(match(d, key.get(), "e.type", "e.name", args))
                        .append(") AND ").append(match(d, key.get(), "s.type", "s.name", args));
            } else {
                String name = query.speaker().strip();
                String is = " = " + d.nocaseParam();
                sql.append(" AND q.article_id IN (SELECT article_id FROM entities WHERE " + d.nocase("name") + is + " UNION SELECT article_id FROM quotes"
                        + " WHERE " + d.nocase("speaker") + is + ") AND (" + d.nocase("s.name") + is + " OR " + d.nocase("q.speaker") + is + ")");
                args.addAll(List.of(name, name, name, name));
            }
        }
        if (query.text() != null && !query.text().isBlank()) {
            sql.append(" AND ").append(text).append(d.like()).append("? ESCAPE '\\'");
            args.add(contains(query.text()));
        }
        if (query.since() != null) {
            sql.append(" AND substr(a.published, 1, 10) >= ?");
            args.add(query.since());
        }
        if (query.until() != null) {
            sql.append(" AND substr(a.published, 1, 10) <= ?");
            args.add(query.until());
        }
        StringBuilder outlets = new StringBuilder();
        in(outlets, d.nocase("a.publisher"), d.nocaseParam(), query.outlets(), args);
        return sql.append(outlets).toString();
    }

    private static Paged<Statement> statements(Connection c, String countSql, String sql, List<Object> args, Page page) throws SQLException {
        long total = Sql.count(c, countSql, args);
        List<Statement> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, sql + " ORDER BY a.published IS NULL, a.published DESC, a.id DESC, q.start LIMIT ? OFFSET ?",
                Sql.plus(args, page.limit(), page.offset())); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Statement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13)));
            }
        }
        return new Paged<>(out, total, page.limit(), page.offset());
    }

    static List<EventRef> events(Connection c, String sql, List<Object> args, Page page) throws SQLException {
        List<EventRef> out = new ArrayList<>();
        try (PreparedStatement ps = Sql.prepare(c, sql + " ORDER BY COALESCE(e.date, a.published) IS NULL, COALESCE(e.date, a.published) DESC,"
                + " e.article_id DESC, e.id LIMIT ? OFFSET ?", Sql.plus(args, page.limit(), page.offset())); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new EventRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), rs.getString(10), Sql.dbl(rs, 11), Sql.dbl(rs, 12), rs.getString(13), Sql.lng(rs, 14),
                        rs.getString(15), rs.getString(16)));
            }
        }
        return out;
    }

    /**
     * The rows of an entity key. Its first word (its ASCII part) is a range on the name index (NOCASE folds ASCII
     * letters as the key does), and the exact key is then checked on those rows only, so "Islamic  State" in one
     * article and "islamic state" in another are one entity. A name that starts with another letter (SQLite folds no
     * other case: "Şahin", "şahin") is found by a scan with LIKE over its ASCII parts.
     */
    static String match(Dialect d, EntityKey key, String type, String name, List<Object> args) {
        String prefix = prefix(key.name());
        String candidates;
        if (!prefix.isEmpty()) { // PostgreSQL: a range on lower(name), which its name indexes hold
            candidates = d.nocase(name) + " >= " + d.nocaseParam() + " AND " + d.nocase(name) + " < " + d.nocaseParam();
            args.add(prefix);
            args.add(prefix + "\uDBFF\uDFFF"); // U+10FFFF: after every name that starts with the prefix
        } else {
            candidates = name + d.like() + "? ESCAPE '\\'";
            args.add(likeAscii(key.name()));
        }
        // Most rows are spelt as the key is (type equal, name equal but for ASCII case): SQLite decides those itself, and
        // only the others are handed to the key function, a call into Java per row.
        args.add(key.type());
        args.add(key.name());
        args.add(key.toString());
        return candidates + " AND ((" + type + " = ? AND lower(" + name + ") = ?) OR sitrep_key(" + type + ", " + name + ") = ?)";
    }

    /** The name's leading run of ASCII characters other than space. */
    static String prefix(String name) {
        int i = 0;
        while (i < name.length() && name.charAt(i) < 128 && name.charAt(i) != ' ') i++;
        return name.substring(0, i);
    }

    /** A LIKE pattern for a name: ASCII characters as themselves (escaped), each run of other characters or spaces as %. */
    static String likeAscii(String name) {
        StringBuilder p = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (ch >= 128 || ch == ' ') {
                if (p.isEmpty() || p.charAt(p.length() - 1) != '%') p.append('%');
            } else {
                if (ch == '%' || ch == '_' || ch == '\\') p.append('\\');
                p.append(ch);
            }
        }
        return p.toString();
    }

    /** "%text%" for LIKE, its wildcards escaped: user input is words, not a pattern. */
    static String contains(String text) {
        return "%" + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static void in(StringBuilder sql, String column, List<String> values, List<Object> args) {
        in(sql, column, "?", values, args);
    }

    /** {@code column IN (value, …)}, {@code value} being "?" or an expression of one ("lower(?)"). */
    static void in(StringBuilder sql, String column, String value, List<String> values, List<Object> args) {
        if (values.isEmpty()) return;
        sql.append(" AND ").append(column).append(" IN (").append((value + ",").repeat(values.size() - 1)).append(value).append(')');
        args.addAll(values);
    }
}

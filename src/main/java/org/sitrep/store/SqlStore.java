package org.sitrep.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.place.Placement;
import org.sitrep.place.Placer;
import org.sitrep.report.JsonOutput;

/**
 * The store's write and search path on one JDBC connection, to a SQLite file ({@link SqliteStore}) or a PostgreSQL
 * database ({@link PostgresSchema}); the few SQL differences are the {@link Dialect}'s. Each put is one transaction:
 * a killed process loses at most the article it was writing, never a committed one. Every statement is
 * parameterised: news text never becomes SQL.
 */
final class SqlStore implements Store {

    private static final Placer PLACER = new Placer();

    /** The file of a SQLite store (its size is in the stats), null for PostgreSQL. */
    private final Path file;
    /** Where the store is, as messages print it (a PostgreSQL URL without its password). */
    private final String name;
    /** The PostgreSQL server to connect to again when it drops the connection (restart, failover); null for SQLite. */
    private final PostgresUrl url;
    private Connection c;
    private final Dialect d;
    private final Provenance provenance;
    /**
     * The placer's state over this store, loaded on the first put that places its article here (search never needs
     * it, nor a writer given placements); null again after a rollback.
     */
    private StoreState clusters;

    SqlStore(Path file, String name, Connection c, Provenance provenance) throws SQLException {
        this(file, name, null, c, provenance);
    }

    SqlStore(Path file, String name, PostgresUrl url, Connection c, Provenance provenance) throws SQLException {
        this.file = file;
        this.name = name;
        this.url = url;
        this.c = c;
        this.d = Dialect.of(c);
        this.provenance = provenance;
    }

    Connection connection() { return c; }

    @Override
    public boolean contains(String contentHash) throws StoreException {
        try {
            boolean stored = idOf(contentHash) != null;
            c.commit(); // no transaction left open between calls: on PostgreSQL an idle one would hold back vacuum
            return stored;
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    @Override
    public Set<String> contentHashes() throws StoreException {
        Set<String> out = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT content_hash FROM articles")) {
            while (rs.next()) out.add(rs.getString(1));
            c.commit();
        } catch (SQLException e) {
            throw fail("read", e);
        }
        return out;
    }

    private Long idOf(String hash) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE content_hash=?")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public Put put(Reading r, byte[] raw) throws StoreException {
        return reconnecting(() -> r, () -> {
            StoreState k = clusters(); // before any write: loading may commit the stories of an older store
            Put p = write(k, r, raw, null);
            c.commit();
            return p;
        });
    }

    private interface Transaction<T> { T run() throws SQLException; }

    /**
     * Runs one transaction; when it fails because the PostgreSQL server dropped the connection (a restart, an
     * administrator, a failover), rolls back, connects again and runs it once more: a long-running writer survives a
     * server restart without losing the article. Any other failure is reported as it is.
     */
    private <T> T reconnecting(java.util.function.Supplier<Reading> failing, Transaction<T> work) throws StoreException {
        try {
            return work.run();
        } catch (SQLException | RuntimeException e) {
            StoreException failure = rollBack(failing.get(), e);
            if (url == null || Sql.alive(c)) throw failure;
            try {
                c.close();
            } catch (SQLException ignored) { // it is gone already
            }
            c = PostgresSchema.open(url);
            try {
                return work.run();
            } catch (SQLException | RuntimeException again) {
                throw rollBack(failing.get(), again);
            }
        }
    }


    @Override
    public Put put(Reading r, byte[] raw, Placement placement) throws StoreException {
        if (!placement.contentHash().equals(r.article().id())) throw new IllegalArgumentException("the placement is another article's");
        return reconnecting(() -> r, () -> {
            clusters = null; // placed elsewhere: a state read from this store would miss what this put writes
            Put p = write(null, r, raw, placement);
            c.commit();
            return p;
        });
    }

    @Override
    public void exportPlacerState(org.sitrep.place.KeyValueState target) throws StoreException {
        try {
            StateExport.into(c, target);
        } catch (SQLException e) {
            throw fail("read the placer state of", e);
        }
    }

    /**
     * All readings in one transaction: the same rows as a put of each in turn (each sees the ones before it), but
     * the pages they share are written to the journal once rather than once per article, which is most of the time
     * of writing a large store article by article. A failure rolls the whole batch back.
     */
    @Override
    public void putAll(List<Reading> readings) throws StoreException {
        Reading[] current = {null}; // the reading that failed, for the message
        reconnecting(() -> current[0], () -> {
            StoreState k = clusters();
            for (Reading r : readings) {
                current[0] = r;
                write(k, r, null, null);
            }
            c.commit();
            return null;
        });
    }

    private StoreException rollBack(Reading r, Exception e) {
        clusters = null; // its memory may hold what the rollback undid
        try {
            c.rollback();
        } catch (SQLException ignored) { // the original failure is the one to report
        }
        return new StoreException("cannot store " + (r == null ? "the readings" : r.article().source()) + ": " + e.getMessage(), e);
    }

    /**
     * One article's rows, in the caller's transaction: placed by the store's own state {@code k}, or by the given
     * placement (then {@code k} is null). An article stored already adds only a sighting, so a replayed placement
     * writes nothing twice.
     */
    private Put write(StoreState k, Reading r, byte[] raw, Placement given) throws SQLException {
        Article a = r.article();
        String now = Instant.now().toString();
        Long existing = idOf(a.id());
        if (existing != null) {
            sighting(existing, a, now);
            return new Put(existing, Status.EXISTS, null, 1.0);
        }
        Placement p = given != null ? given : PLACER.place(r, k);
        String json = JsonOutput.line(r);
        String insert = "INSERT INTO articles(content_hash,title,source_id,publisher,author,url,published,"
                + "language,dateline,format,input,text,sentences,raw,reading,reading_bytes,sitrep_version,contract_version,models,ingested_at) "
                + "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        Object[] values = {a.id(), a.title(), sourceId(outlet(a)), a.publisher(), a.author(), a.url(), a.published(),
                a.language(), a.dateline() == null ? null : a.dateline().text(), a.format(), a.source(), a.text(),
                RowWriter.sentences(r), RowWriter.gzip(raw), ReadingCodec.encode(json), ReadingCodec.plainBytes(json), provenance.sitrep(), r.sitrep(),
                provenance.models(), now};
        long id;
        if (d.postgres()) {
            // Another writer (a restarted or parallel job) may have stored the same article since idOf: then this is a sighting.
            Long added = insertUnlessStored(insert + " ON CONFLICT(content_hash) DO NOTHING", values);
            if (added == null) {
                long stored = idOf(a.id());
                sighting(stored, a, now);
                return new Put(stored, Status.EXISTS, null, 1.0);
            }
            id = added;
        } else {
            id = d.insertId(c, insert, values);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO articles_fts(rowid,title,text) VALUES(?,?,?)")) {
                RowWriter.bind(ps, id, a.title(), a.text());
                ps.executeUpdate();
            }
        }
        RowWriter.write(c, id, r);
        try (PreparedStatement ps = c.prepareStatement(d.insertIgnore("lsh", "key,article_id"))) {
            for (long key : p.fingerprint().bands()) {
                ps.setLong(1, key);
                ps.setLong(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        sighting(id, a, now);
        Long root = null, copyRoot = null;
        if (p.copy() != null) {
            copyRoot = idOf(p.copy().root());
            if (copyRoot == null) throw new SQLException("the placement links a copy of " + p.copy().root() + ", which is not stored");
            root = link(id, copyRoot, p.copy());
        }
        if (d.postgres()) { // no triggers there (EventKeys): the new article's keys, and the copy flag of a root it displaced
            EventKeys.refresh(c, id);
            if (copyRoot != null) EventKeys.refresh(c, copyRoot);
        }
        Clusters.write(c, k, id, new Placer.Clustered(p.story(), p.newStory(), p.features(), p.events()));
        return new Put(id, Status.ADDED, root, p.copy() == null ? 0 : p.copy().similarity());
    }

    /** PostgreSQL: inserts the article row and returns its id, or null when its content hash is stored already. */
    private Long insertUnlessStored(String sql, Object[] values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
            RowWriter.bind(ps, values);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : null;
            }
        }
    }

    /** The clustering state, loaded on first use (see {@link Clusters#open}); may commit, so call it before any write. */
    private StoreState clusters() throws SQLException {
        if (clusters == null) clusters = Clusters.open(c);
        return clusters;
    }

    /**
     * Links a new copy into its group so that every member points at the earliest published copy (ingest order is
     * not publication order). Returns the group's root.
     */
    private long link(long id, long root, Placement.Copy copy) throws SQLException {
        if (!copy.reroots()) {
            update("UPDATE articles SET duplicate_of=?, similarity=? WHERE id=?", root, copy.similarity(), id);
            return root;
        }
        update("UPDATE articles SET duplicate_of=? WHERE duplicate_of=?", id, root);
        update("UPDATE articles SET duplicate_of=?, similarity=? WHERE id=?", id, copy.similarity(), root);
        return id;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            RowWriter.bind(ps, values);
            ps.executeUpdate();
        }
    }

    private void sighting(long id, Article a, String now) throws SQLException {
        update(d.insertIgnore("sightings", "article_id,input,publisher,url,seen_at"), id, a.source(), a.publisher(), a.url(), now);
    }

    /**
     * Who published the article, for counting independent sources: its publisher, else the host of its URL (a wire
     * story saved without a credit line is still one outlet's report, not a source of its own), else null.
     */
    static String outlet(Article a) {
        if (a.publisher() != null && !a.publisher().isBlank()) return a.publisher();
        if (a.url() == null) return null;
        try {
            String host = java.net.URI.create(a.url().strip()).getHost();
            if (host == null || host.isBlank()) return null;
            host = host.toLowerCase(java.util.Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null; // a URL sitrep cannot parse names no outlet
        }
    }

    private Long sourceId(String publisher) throws SQLException {
        if (publisher == null || publisher.isBlank()) return null;
        update(d.insertIgnore("sources", "name"), publisher);
        // one source whatever the ASCII case of its name (sources.name is NOCASE in SQLite, indexed on lower() in PostgreSQL)
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sources WHERE " + d.nocase("name") + " = " + d.nocaseParam())) {
            ps.setString(1, publisher);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    @Override
    public List<Hit> search(Query q) throws StoreException {
        List<Hit> out = new ArrayList<>();
        forEach(q, false, out::add);
        return out;
    }

    @Override
    public void forEach(Query q, boolean all, Consumer<Hit> sink) throws StoreException {
        try {
            new Searcher(c).run(q, all, sink);
            c.commit();
        } catch (SQLException e) {
            throw fail("search", e);
        }
    }

    @Override
    public void readings(Query q, Consumer<String> sink) throws StoreException {
        try {
            new Searcher(c).readings(q, sink);
            c.commit();
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    @Override
    public List<String> stale() throws StoreException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT content_hash FROM articles WHERE sitrep_version<>? OR contract_version<>? "
                + "OR models<>? ORDER BY id")) {
            RowWriter.bind(ps, provenance.sitrep(), provenance.contract(), provenance.models());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
            c.commit();
        } catch (SQLException e) {
            throw fail("read", e);
        }
        return out;
    }

    /** The stored article of a content hash, as the reading recorded it: what {@code reanalyze} runs again. */
    @Override
    public Article article(String contentHash) throws StoreException {
        try (PreparedStatement ps = c.prepareStatement("SELECT reading FROM articles WHERE content_hash=?")) {
            ps.setString(1, contentHash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null;
                return JsonOutput.mapper().treeToValue(JsonOutput.mapper().readTree(ReadingCodec.decode(rs, 1)).get("article"), Article.class);
            } finally {
                c.commit();
            }
        } catch (SQLException | IOException e) {
            throw new StoreException("cannot read article " + contentHash + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void replace(Reading r) throws StoreException {
        try {
            StoreState k = clusters();
            Long id = idOf(r.article().id());
            if (id == null) throw new StoreException("no stored article " + r.article().id());
            for (String t : List.of("entities", "mentions", "places", "quotes", "claims", "events", "event_actors", "event_countries")) {
                update("DELETE FROM " + t + " WHERE article_id=?", id); // table names are constants, not input
            }
            RowWriter.write(c, id, r);
            if (d.postgres()) EventKeys.refresh(c, id);
            Clusters.relink(c, k, id, r);
            String json = JsonOutput.line(r);
            update("UPDATE articles SET reading=?, reading_bytes=?, sentences=?, sitrep_version=?, contract_version=?, models=? WHERE id=?",
                    ReadingCodec.encode(json), ReadingCodec.plainBytes(json), RowWriter.sentences(r), provenance.sitrep(), r.sitrep(), provenance.models(), id);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) { // report the original failure
            }
            clusters = null;
            throw new StoreException("cannot replace " + r.article().id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public org.sitrep.places.PublisherHomes publisherHomes() throws StoreException {
        try {
            var homes = HomesReader.read(c);
            c.commit();
            return homes;
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    @Override
    public Stats stats() throws StoreException {
        try {
            Stats s = StatsReader.read(c, name, file, provenance);
            c.commit();
            return s;
        } catch (SQLException e) {
            throw fail("read", e);
        }
    }

    @Override
    public void close() throws StoreException {
        try {
            if (!c.isClosed()) {
                c.commit();
                c.close();
            }
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }

    private StoreException fail(String what, SQLException e) {
        try {
            c.rollback(); // PostgreSQL refuses every later statement of a failed transaction
        } catch (SQLException ignored) { // the original failure is the one to report
        }
        return new StoreException("cannot " + what + " the store " + name + ": " + e.getMessage(), e);
    }
}

package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.sitrep.model.Reading;

/**
 * Readings of many articles, kept so they can be searched, exported and re-analysed: in one embedded SQLite file, or
 * in a PostgreSQL database (docs/store.md), with the same behaviour. One instance is used by one thread at a time; for parallel ingest, analysis runs
 * on many threads and a single writer thread calls {@link #put}.
 */
public interface Store extends AutoCloseable {

    /**
     * Opens the store at a location, creating it when absent: a PostgreSQL URL ({@link PostgresUrl}:
     * {@code postgresql://[user[:password]@]host[:port]/database}) or else the path of a SQLite file.
     */
    static Store open(String location) throws StoreException {
        return open(location, Provenance.current());
    }

    static Store open(String location, Provenance provenance) throws StoreException {
        if (!PostgresUrl.is(location)) return open(Path.of(location), provenance);
        PostgresUrl url = PostgresUrl.parse(location);
        java.sql.Connection c = PostgresSchema.open(url);
        try {
            return new SqlStore(null, url.shown(), url, c, provenance);
        } catch (java.sql.SQLException e) {
            try { c.close(); } catch (java.sql.SQLException ignored) { /* reported below */ }
            throw new StoreException("cannot open the store " + url.shown() + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when a store exists at the location: the SQLite file, or a PostgreSQL database holding the store's tables
     * (search, stats and export say so rather than create an empty store).
     */
    static boolean exists(String location) throws StoreException {
        return PostgresUrl.is(location) ? PostgresSchema.exists(PostgresUrl.parse(location)) : java.nio.file.Files.exists(Path.of(location));
    }

    /** Opens (creating when absent, with its parent folders) the SQLite store at {@code file}. */
    static Store open(Path file) throws StoreException {
        return SqliteStore.open(file, Provenance.current());
    }

    static Store open(Path file, Provenance provenance) throws StoreException {
        return SqliteStore.open(file, provenance);
    }

    /** True when an article with this content hash ({@code Article.id}) is stored. */
    boolean contains(String contentHash) throws StoreException;

    /** Every stored content hash: ingest skips those articles before spending analysis time on them. */
    java.util.Set<String> contentHashes() throws StoreException;

    /**
     * Stores a reading and its raw input in one transaction: all of it or, after a crash, none of it. An article
     * already stored (same content hash) adds only a sighting of the input. A near-duplicate is stored and linked to
     * the earliest copy.
     *
     * @param raw the input bytes the article was read from (a file, a JSON line, a feed item, a WARC payload), or null
     */
    Put put(Reading reading, byte[] raw) throws StoreException;

    /**
     * Stores a reading where a placer running outside the store put it ({@link org.sitrep.place.Placer} over a
     * state of its own, as the Flink job keeps in keyed state), in one transaction: the same rows as {@link #put}
     * writes when the store's own state gives the same placement. Idempotent: an article already stored (same content
     * hash) adds only a sighting, so a placement replayed after a restore writes no story, cluster or link twice. The
     * placement must refer only to stored articles (its copy root, story and cluster founders).
     */
    Put put(Reading reading, byte[] raw, org.sitrep.place.Placement placement) throws StoreException;

    /**
     * Loads what a placer needs of every stored article (fingerprints, copy groups, stories, event clusters) into a
     * state of its own, in store order, and marks it started: a placer that starts on a store already holding
     * articles continues its groups and clusters.
     */
    void exportPlacerState(org.sitrep.place.KeyValueState target) throws StoreException;

    /** Hits in the order of {@link Query}: events when the query filters on events, else articles. */
    List<Hit> search(Query query) throws StoreException;

    /** Streams every hit of the query (its limit ignored when {@code all}), for exports of any size. */
    void forEach(Query query, boolean all, Consumer<Hit> sink) throws StoreException;

    /** The full reading JSON of each article the query matches (duplicates only when the query asks). */
    void readings(Query query, Consumer<String> sink) throws StoreException;

    /** Articles whose stored reading came from another sitrep or contract version than this one's. */
    List<String> stale() throws StoreException;

    /** The stored article of a content hash as its reading recorded it (what {@code reanalyze} runs again), or null. */
    org.sitrep.model.Article article(String contentHash) throws StoreException;

    /** Replaces the analysis of a stored article (same content hash) with a new reading; the raw input is kept. */
    void replace(Reading reading) throws StoreException;

    Stats stats() throws StoreException;

    /**
     * Each publisher's home division as its stored stories show it ({@link org.sitrep.places.PublisherHomes}): what
     * ingest and reanalyze give the analyzer, so a local paper's open place names are read near home.
     */
    org.sitrep.places.PublisherHomes publisherHomes() throws StoreException;

    @Override
    void close() throws StoreException;

    /** What a put did. */
    record Put(long id, Status status, Long duplicateOf, double similarity) {}

    enum Status { ADDED, EXISTS }

    /** For tests and tools: puts several readings without raw input, in one transaction (all of them or none). */
    default void putAll(List<Reading> readings) throws StoreException {
        for (Reading r : readings) put(r, null);
    }
}

package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link StoreTest} on PostgreSQL, as the server's superuser: with PostGIS where the server has it ({@link PostgresPlainStoreTest}: without). */
class PostgresStoreTest extends StoreTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }

    @Test
    void theRadiusUsesPostgisWhenTheServerHasIt() throws Exception {
        // a database without the extension: the store creates it when the server offers it and it may
        try (SqlStore s = (SqlStore) Store.open(PostgresServer.get().database("bare", true))) {
            boolean offered;
            try (var st = s.connection().createStatement(); var rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")) {
                offered = rs.next();
            }
            assertThat(Dialect.of(s.connection())).isEqualTo(offered ? Dialect.POSTGIS : Dialect.POSTGRES);
        }
    }

    /** A server restart drops the writer's connection: the next put connects again and stores its article, once. */
    @Test
    void aWriterWhoseConnectionTheServerDroppedConnectsAgain() throws Exception {
        String db = location("dropped-writer");
        try (SqlStore s = (SqlStore) Store.open(db)) {
            s.put(TestReadings.article("Floods", FLOOD, "AP", "2020-01-02"), null);
            int pid;
            try (var st = s.connection().createStatement(); var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                pid = rs.getInt(1);
                s.connection().commit();
            }
            try (var admin = PostgresStores.connect(PostgresServer.get().database("admin")); var st = admin.createStatement()) {
                st.execute("SELECT pg_terminate_backend(" + pid + ", 5000)");
            }
            Store.Put p = s.put(StoreTest.prison(), null);
            assertThat(p.status()).isEqualTo(Store.Status.ADDED);
            assertThat(s.contentHashes()).hasSize(2);
            try (var st = s.connection().createStatement(); var rs = st.executeQuery("SELECT pg_backend_pid()")) {
                rs.next();
                assertThat(rs.getInt(1)).as("a new connection").isNotEqualTo(pid);
            }
        }
    }

    /**
     * A writer that finds an article absent and inserts it while another writer's transaction holds the same content
     * hash: the insert waits for that transaction, and when it commits the put is a sighting, not a failure.
     */
    @Test
    void aPutRacingAnotherWriterOfTheSameArticleIsASighting() throws Exception {
        String db = location("db");
        try (Store s = Store.open(db); java.sql.Connection other = PostgresStores.connect(db)) {
            s.put(TestReadings.article("Floods", FLOOD, "AP", "2020-01-02"), null); // the clustering state is loaded: the put below only waits on the insert
            other.setAutoCommit(false);
            try (var ps = other.prepareStatement("INSERT INTO articles(content_hash, title, text, sentences, reading, sitrep_version, contract_version, "
                    + "models, ingested_at) VALUES(?, 'other writer', 'text', '[]', ?, 'x', 'x', 'x', 'now') RETURNING id")) {
                ps.setString(1, prison().article().id());
                ps.setBytes(2, ReadingCodec.encode("{}"));
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    long theirs = rs.getLong(1);
                    var put = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                        try {
                            return s.put(prison(), null);
                        } catch (StoreException e) {
                            throw new java.util.concurrent.CompletionException(e);
                        }
                    });
                    Thread.sleep(500); // the put is now waiting on the other transaction's row
                    assertThat(put.isDone()).isFalse();
                    other.commit();
                    Store.Put p = put.get(30, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(p.status()).isEqualTo(Store.Status.EXISTS);
                    assertThat(p.id()).isEqualTo(theirs);
                }
            }
            assertThat(s.stats().articles()).isEqualTo(2);
        }
    }
}

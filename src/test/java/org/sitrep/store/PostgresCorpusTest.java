package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CorpusTest} on PostgreSQL, and what only a server does: drop the connections of a running workbench. */
class PostgresCorpusTest extends CorpusTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }

    @Test
    void aConnectionTheServerDroppedIsReplaced() throws Exception {
        String db = location("dropped");
        try (Store store = Store.open(db)) {
            store.put(StoreTest.prison(), null);
        }
        try (Corpus corpus = Corpus.open(db, 1)) {
            assertThat(corpus.events(Query.allEvents(), new Page(10, 0)).total()).isEqualTo(2);
            try (var admin = PostgresStores.connect(PostgresServer.get().database("admin")); var s = admin.createStatement()) {
                // what a server restart does to the workbench's connections
                s.execute("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity WHERE datname = '" + db.substring(db.lastIndexOf('/') + 1) + "'");
            }
            assertThat(corpus.events(Query.allEvents(), new Page(10, 0)).items()).extracting(Hit::event).containsExactlyInAnyOrder("v1", "v2");
            assertThat(corpus.facets(Query.allEvents(), 5).types()).containsKeys("ASSAULT", "COERCE");
        }
    }
}

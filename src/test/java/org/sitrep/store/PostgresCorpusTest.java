package org.sitrep.store;

/** {@link CorpusTest} on PostgreSQL. */
class PostgresCorpusTest extends CorpusTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

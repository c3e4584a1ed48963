package org.sitrep.store;

/** {@link StoreEventKeysTest} on PostgreSQL, where the store writes event_keys itself ({@link EventKeys}) instead of triggers. */
class PostgresStoreEventKeysTest extends StoreEventKeysTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }

    /** SQLite only: a store of schema 3 is a SQLite file (the PostgreSQL store starts at schema 4). */
    @Override
    void aVersion3StoreGetsItsEventKeysWhenOpened() {
    }
}

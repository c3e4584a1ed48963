package org.sitrep.store;

/** {@link StoreTest} on PostgreSQL. */
class PostgresStoreTest extends StoreTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

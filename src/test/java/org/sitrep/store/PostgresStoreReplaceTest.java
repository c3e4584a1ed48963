package org.sitrep.store;

/** {@link StoreReplaceTest} on PostgreSQL. */
class PostgresStoreReplaceTest extends StoreReplaceTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

package org.sitrep.store;

/** {@link StoreClusterTest} on PostgreSQL. */
class PostgresStoreClusterTest extends StoreClusterTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

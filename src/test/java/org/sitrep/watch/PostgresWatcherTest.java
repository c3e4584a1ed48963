package org.sitrep.watch;

import org.sitrep.store.PostgresStores;

/** {@link WatcherTest} with the store and its watch tables in PostgreSQL. */
class PostgresWatcherTest extends WatcherTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

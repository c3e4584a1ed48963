package org.sitrep.web;

import org.sitrep.store.PostgresStores;

/** {@link WatchRoutesTest} on a PostgreSQL store. */
class PostgresWatchRoutesTest extends WatchRoutesTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

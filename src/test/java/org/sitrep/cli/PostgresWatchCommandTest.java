package org.sitrep.cli;

import org.sitrep.store.PostgresStores;

/** {@link WatchCommandTest} with {@code --db postgresql://…}: the watch rules in the store's PostgreSQL database. */
class PostgresWatchCommandTest extends WatchCommandTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

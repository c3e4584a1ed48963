package org.sitrep.cli;

import org.sitrep.store.PostgresStores;

/** {@link ReanalyzeCommandTest} with {@code --db postgresql://…}. */
class PostgresReanalyzeCommandTest extends ReanalyzeCommandTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

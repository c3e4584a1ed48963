package org.sitrep.web;

import org.sitrep.store.PostgresStores;

/** {@link EntityRoutesTest} on a PostgreSQL store. */
class PostgresEntityRoutesTest extends EntityRoutesTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

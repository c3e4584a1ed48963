package org.sitrep.web;

import org.sitrep.store.PostgresStores;

/** {@link StoreRoutesTest} on a PostgreSQL store: the corpus API (articles, events, facets, timeline, map, stats, ingest) reads it. */
class PostgresStoreRoutesTest extends StoreRoutesTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }
}

package org.sitrep.store;

/** {@link FactsTest} on PostgreSQL: the entity, place, quote, claim, cluster and story reads of the web pages. */
class PostgresFactsTest extends FactsTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }

    /** SQLite only: a store of an older sitrep is a SQLite file (the PostgreSQL store starts at schema 4). */
    @Override
    void theIndexesAreAddedToAnExistingStoreWhenItIsOpened() {
    }
}

package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link StoreTest} on PostgreSQL as an ordinary user, who cannot create the PostGIS extension: the radius filter is
 * the bounding box and the haversine distance in SQL. {@link PostgresStoreTest} runs as the server's superuser, so
 * where the server has PostGIS that suite takes the PostGIS path.
 */
class PostgresPlainStoreTest extends StoreTest {

    private final PostgresStores stores = new PostgresStores(getClass(), "sitrep_user");

    @Override
    String location(String name) {
        return stores.location(name);
    }

    @Test
    void withoutPostgisTheRadiusIsTheBoxAndHaversine() throws Exception {
        try (SqlStore s = (SqlStore) Store.open(location("db"))) {
            assertThat(Dialect.of(s.connection())).isEqualTo(Dialect.POSTGRES);
        }
    }
}

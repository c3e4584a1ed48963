package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link StoreTest} on PostgreSQL, as the server's superuser: with PostGIS where the server has it ({@link PostgresPlainStoreTest}: without). */
class PostgresStoreTest extends StoreTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }

    @Test
    void theRadiusUsesPostgisWhenTheServerHasIt() throws Exception {
        // a database without the extension: the store creates it when the server offers it and it may
        try (SqlStore s = (SqlStore) Store.open(PostgresServer.get().database("bare", true))) {
            boolean offered;
            try (var st = s.connection().createStatement(); var rs = st.executeQuery("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")) {
                offered = rs.next();
            }
            assertThat(Dialect.of(s.connection())).isEqualTo(offered ? Dialect.POSTGIS : Dialect.POSTGRES);
        }
    }
}

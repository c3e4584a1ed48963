package org.sitrep.store;

import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL side of a shared store suite: each store name a test uses is a new database of the test server
 * ({@link PostgresServer}), made on first use; a test instance (one per test method) gets databases of its own.
 */
public final class PostgresStores {

    private final String purpose;
    private final Map<String, String> databases = new HashMap<>();

    public PostgresStores(Class<?> test) {
        this.purpose = test.getSimpleName();
    }

    /** The {@code postgresql://} URL of the store called {@code name}. */
    public String location(String name) {
        return databases.computeIfAbsent(name, n -> PostgresServer.get().database(purpose));
    }
}

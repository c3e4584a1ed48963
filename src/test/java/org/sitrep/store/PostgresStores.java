package org.sitrep.store;

import java.util.HashMap;
import java.util.Map;

/**
 * The PostgreSQL side of a shared store suite: each store name a test uses is a new database of the test server
 * ({@link PostgresServer}), made on first use; a test instance (one per test method) gets databases of its own.
 */
public final class PostgresStores {

    private final String purpose;
    /** The owner of the databases: null for the server's superuser, else an ordinary user. */
    private final String role;
    private final Map<String, String> databases = new HashMap<>();

    public PostgresStores(Class<?> test) {
        this(test, null);
    }

    /** Databases owned by an ordinary user {@code role}, who cannot create extensions (PostGIS among them). */
    public PostgresStores(Class<?> test, String role) {
        this.purpose = test.getSimpleName();
        this.role = role;
    }

    /** The {@code postgresql://} URL of the store called {@code name}. */
    public String location(String name) {
        return databases.computeIfAbsent(name, n -> role == null ? PostgresServer.get().database(purpose) : PostgresServer.get().databaseOf(role, purpose));
    }

    /** A connection to the store at a location, a SQLite file or a postgresql:// URL: for tests that look at its rows. */
    public static java.sql.Connection connect(String location) throws java.sql.SQLException, StoreException {
        if (!PostgresUrl.is(location)) return java.sql.DriverManager.getConnection("jdbc:sqlite:" + location);
        PostgresUrl url = PostgresUrl.parse(location);
        return java.sql.DriverManager.getConnection(url.jdbc(), url.properties());
    }
}

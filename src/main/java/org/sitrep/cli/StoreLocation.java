package org.sitrep.cli;

import java.nio.file.Path;
import org.sitrep.store.PostgresUrl;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * A {@code --db} value: the path of a SQLite file, or a PostgreSQL URL ({@code postgresql://user@host:port/db},
 * docs/store.md). The commands that read a store check it exists first, so a mistyped path or database name is
 * reported rather than created empty.
 */
final class StoreLocation {

    static final String DESCRIPTION = "The store: a SQLite file, or a PostgreSQL database as postgresql://[user[:password]@]host[:port]/database "
            + "(the password may come from PGPASSWORD). Default: ${DEFAULT-VALUE}.";

    private StoreLocation() {}

    /** Null when a store exists there, else the usage message to print. */
    static String missing(String db) {
        try {
            return Store.exists(db) ? null : "no store at " + shown(db) + " (run sitrep ingest first, or give --db)";
        } catch (StoreException e) {
            return e.getMessage();
        }
    }

    /** The location as messages print it (without a URL's password). */
    static String shown(String db) {
        return PostgresUrl.shown(db);
    }

    /**
     * A file sitrep keeps beside the store (the ingest error log, the server's API token): in the store's folder, or
     * for a PostgreSQL store in the folder of the default store, ./sitrep-data.
     */
    static Path beside(String db, String name) {
        Path store = PostgresUrl.is(db) ? Path.of(IngestCommand.DEFAULT_DB) : Path.of(db);
        return store.toAbsolutePath().resolveSibling(name);
    }
}

package org.sitrep.stream;

import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The one place the job turns its {@code --store} string into a store: a SQLite file path or a
 * {@code postgresql://user@host:port/db} URL (password in the URL or from PGPASSWORD), as the CLI's {@code --db}.
 */
public final class StoreLocation {

    private StoreLocation() {}

    public static Store open(String location) throws StoreException {
        return Store.open(location);
    }

    /** The location as it may be printed and shown in Flink's UI: a URL without its password. */
    public static String shown(String location) {
        if (!org.sitrep.store.PostgresUrl.is(location)) return location;
        try {
            return org.sitrep.store.PostgresUrl.parse(location).shown();
        } catch (StoreException e) {
            return "postgresql://(" + e.getMessage() + ")";
        }
    }
}

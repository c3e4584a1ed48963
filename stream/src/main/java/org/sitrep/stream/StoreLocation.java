package org.sitrep.stream;

import java.nio.file.Path;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The one place the job turns its {@code --store} string into a store. Today the location is a SQLite file; when the
 * core gains {@code Store.open(String)} (a file path or {@code postgresql://…}), the body becomes that call and the job,
 * its tests and its options stay as they are.
 */
public final class StoreLocation {

    private StoreLocation() {}

    public static Store open(String location) throws StoreException {
        return Store.open(Path.of(location));
    }
}

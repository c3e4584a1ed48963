package org.sitrep;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the shared evaluation data is (system property sitrep.shared, set by the build); tests skip without it. */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        return Path.of(System.getProperty("sitrep.shared", "../shared"));
    }

    /** The path under the shared folder, or the test is skipped when it is not there. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "shared data not present: " + p);
        return p;
    }
}

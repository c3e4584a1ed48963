package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sitrep.store.PostgresServer;
import org.sitrep.store.PostgresStores;
import picocli.CommandLine;

/** {@link SearchCommandTest} with {@code --db postgresql://…}: ingest, search, export and stats on a PostgreSQL store. */
class PostgresSearchCommandTest extends SearchCommandTest {

    private final PostgresStores stores = new PostgresStores(getClass());

    @Override
    String location(String name) {
        return stores.location(name);
    }

    /** A database of the test server without a store in it: search says so rather than create one. */
    @Override
    String missing() {
        return PostgresServer.get().database("empty");
    }

    @Test
    void aWrongPasswordOrDatabaseIsAUsageErrorThatShowsNoPassword() {
        String url = location("s.db").replace("sitrep@", "sitrep:secret@").replaceFirst("/[a-z0-9_]+$", "/no_such_database");
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new SearchCommand()).execute("x", "--db", url);
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no_such_database").doesNotContain("secret");
    }
}

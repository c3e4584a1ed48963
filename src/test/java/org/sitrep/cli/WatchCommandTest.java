package org.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;
import org.sitrep.store.Store;

/** {@code sitrep watch} end to end on a temp store: add, list, check (twice), matches, remove, and the exit codes. */
class WatchCommandTest {

    @TempDir
    Path dir;
    int code;
    String err;

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), errBytes = new ByteArrayOutputStream();
        PrintStream oldOut = System.out, oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        try {
            code = Main.commandLine().execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        err = errBytes.toString(StandardCharsets.UTF_8);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The --db value of this test's store called {@code name}: a file in its folder (PostgresWatchCommandTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    private String store() throws Exception {
        String db = location("sitrep.db");
        Entity isis = new Entity("e1", "ORGANIZATION", "Islamic State", List.of("ISIS"), List.of(), "IMGMUSISI", null,
                List.of(new Mention("Islamic State", 0, 13, 0)));
        String text = "Islamic State militants planned an attack on a prison in Raqqa. Guards were put on alert.";
        Article a = new Article(ContentHash.of("Raqqa", text), "test:raqqa", "txt", "Attack planned on Raqqa prison", "Reuters", null, null, null,
                "2019-11-12", "en", text, List.of());
        Event e = new Event("v1", "ASSAULT", null, null, "planned", false, new Event.Argument("attack", null, null, 0, 6),
                new Event.Argument("Islamic State", "e1", null, 0, 13), null, "p1", List.of("SY"), "2019-11-13", "day", List.of(), null, null, 0,
                "ASSAULT by Islamic State");
        Reading r = new Reading(Reading.CONTRACT_VERSION, a, List.of(new Sentence(0, 0, 63), new Sentence(1, 64, text.length())), List.of(isis),
                List.of(new Place("p1", "Raqqa", 1L, "SY", "01", 35.95, 39.0, "city", "event_location", null, false, List.of())),
                List.of(), List.of(), List.of(), List.of(), new ArrayList<>(List.of(e)), List.of());
        try (Store s = Store.open(db)) {
            s.put(r, null);
        }
        return db;
    }

    @Test
    void addListCheckMatchesRemove() throws Exception {
        String db = store();
        run("watch", "add", "prison-breaks", "--actor", "ISIS", "--type", "ASSAULT", "--modality", "planned,threatened", "--country", "IQ,SY", "--db", db);
        assertThat(code).as(err).isZero();
        run("watch", "add", "prison-breaks", "--actor", "x", "--db", db);
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        assertThat(run("watch", "list", "--db", db)).contains("prison-breaks --actor ISIS --type ASSAULT --modality planned,threatened --country IQ,SY")
                .contains("0 matches, not checked yet");
        String first = run("watch", "check", "--db", db);
        assertThat(code).isZero();
        assertThat(first.lines()).hasSize(1).first().asString().contains("\"rule\":\"prison-breaks\"").contains("\"event_type\":\"ASSAULT\"");
        assertThat(run("watch", "check", "--db", db)).isEmpty();
        assertThat(err).contains("0 new matches");
        assertThat(run("watch", "matches", "prison-breaks", "--db", db).lines()).hasSize(1);
        assertThat(run("watch", "list", "--db", db)).contains("1 matches, checked ");
        run("watch", "remove", "prison-breaks", "--db", db);
        assertThat(code).isZero();
        run("watch", "remove", "prison-breaks", "--db", db);
        assertThat(code).isEqualTo(Main.SOME_FAILED);
        run("watch", "matches", "prison-breaks", "--db", db);
        assertThat(code).isEqualTo(Main.SOME_FAILED);
    }

    @Test
    void usageErrors() throws Exception {
        String db = store();
        run("watch", "add", "bad name", "--actor", "ISIS", "--db", db);
        assertThat(code).isEqualTo(Main.USAGE);
        run("watch", "add", "nofilter", "--db", db);
        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(err).contains("at least one filter");
        run("watch", "add", "w", "--actor", "ISIS", "--webhook", "file:///etc/passwd", "--db", db);
        assertThat(code).isEqualTo(Main.USAGE);
        run("watch", "add", "w", "--actor", "ISIS", "--since", "2019-01-01", "--db", db);
        assertThat(code).isEqualTo(Main.USAGE);
        run("watch", "add", "w", "--near", "nowhere", "--db", db);
        assertThat(code).isEqualTo(Main.USAGE);
        run("watch", "list", "--db", dir.resolve("missing.db").toString());
        assertThat(code).isEqualTo(Main.USAGE);
        run("watch");
        assertThat(code).isEqualTo(Main.USAGE);
        run("watch", "add", "--help");
        assertThat(code).isZero();
    }
}

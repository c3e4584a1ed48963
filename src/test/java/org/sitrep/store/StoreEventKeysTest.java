package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;

/**
 * {@code event_keys} (schema 4), the narrow copy of event and article values the searches filter on: equal to what it
 * is derived from after every kind of write, and built from the stored events when a version-3 store is opened.
 */
class StoreEventKeysTest {

    @TempDir
    Path dir;

    /** Where this test's store called {@code name} is: a file in the test's folder (PostgresStoreEventKeysTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    /** The events' keys derived from the wide rows, independently of the triggers and the migration. */
    static final String DERIVED = "SELECT e.article_id, e.id, COALESCE(e.date, a.published), e.plover, e.modality, a.publisher, "
            + "CASE WHEN a.duplicate_of IS NULL THEN 0 ELSE 1 END, e.lat, e.lon, e.actor1, e.actor2, "
            + "(SELECT char(31) || group_concat(x.country, char(31)) || char(31) FROM event_countries x WHERE x.article_id = e.article_id AND x.event = e.id), "
            + "(SELECT char(31) || group_concat(lower(x.name), char(31)) || char(31) FROM event_actors x WHERE x.article_id = e.article_id AND x.event = e.id) "
            + "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY 1, 2";
    static final String STORED = "SELECT article_id, event, at, plover, modality, publisher, copy, lat, lon, actor1, actor2, countries, actors "
            + "FROM event_keys ORDER BY 1, 2";

    static final String WIRE = StoreTest.PRISON + " The United States has urged countries to take back their citizens held in the camps.";

    /** The prison story as another outlet ran it: a near-duplicate of {@link StoreTest#prison()}, with the same events. */
    static Reading wire(String publisher, String date) {
        Reading p = StoreTest.prison();
        return reading("Iraq spy chief warns of prison breaks", WIRE, publisher, date, p.entities(), p.places(), p.events());
    }

    @Test
    void copiesAndTheirRootsKeepTheirEventKeysInStep() throws Exception {
        String db = location("db");
        try (Store s = Store.open(db)) {
            Store.Put later = s.put(wire("Rudaw", "2019-11-20"), null);
            assertThat(later.duplicateOf()).isNull();
            assertThat(copyFlags(db)).containsExactly("1,0", "1,0");
            // the original, published a day earlier, arrives after its copy: it becomes the root, the copy's events hide
            Store.Put original = s.put(StoreTest.prison(), null);
            assertThat(original.duplicateOf()).isEqualTo(original.id());
            assertThat(copyFlags(db)).containsExactly("1,1", "1,1", "2,0", "2,0");
            // and a third copy, published later still, is a copy from the start
            Reading p = StoreTest.prison();
            assertThat(s.put(reading("Prison breaks feared", WIRE + " More to follow.", "AFP", "2019-11-21", p.entities(), p.places(), p.events()), null)
                    .duplicateOf()).isEqualTo(original.id());
            assertThat(copyFlags(db)).containsExactly("1,1", "1,1", "2,0", "2,0", "3,1", "3,1");
            assertThat(rows(db, STORED)).isEqualTo(rows(db, DERIVED));
            // searches see the flags: one report by default, all three with duplicates
            Query assaults = new Query(null, List.of(), List.of("ASSAULT"), List.of(), List.of(), null, null, List.of(), null, 10, false, true);
            assertThat(s.search(assaults)).extracting(Hit::publisher).containsExactly("NRT");
            assertThat(s.search(assaults.withDuplicates(true))).extracting(Hit::publisher).containsExactlyInAnyOrder("NRT", "Rudaw", "AFP");
        }
    }

    @Test
    void reanalysisReplacesTheEventKeysOfTheArticleOnly() throws Exception {
        String db = location("db");
        try (Store s = Store.open(db, StoreReplaceTest.OLD)) {
            s.put(StoreTest.prison(), null);
            s.put(StoreClusterTest.rewrite("Rudaw", "2019-11-20"), null);
        }
        List<String> rewriteKeys = rows(db, STORED).subList(2, 4);
        try (Store s = Store.open(db, StoreReplaceTest.NEW)) {
            Reading p = StoreTest.prison();
            // the new analysis codes the threat as a protest on another day, and drops the assault
            s.replace(new Reading(p.sitrep(), p.article(), p.sentences(), p.entities(), p.places(), List.of(), List.of(), List.of(), List.of(),
                    List.of(event("v2", "PROTEST", "happened", null, "Officials", "p1", List.of("IQ"), "2019-11-17", 2)), List.of()));
            assertThat(rows(db, STORED)).isEqualTo(rows(db, DERIVED));
            assertThat(rows(db, "SELECT event, at, plover, modality, lat, replace(countries, char(31), '/'), replace(actors, char(31), '/') FROM event_keys "
                    + "WHERE article_id = 1")).containsExactly("v2,2019-11-17,PROTEST,happened,36.5,/IQ/SY/,/officials/");
            assertThat(rows(db, STORED).subList(1, 3)).isEqualTo(rewriteKeys);
            Query protests = new Query(null, List.of(), List.of("PROTEST"), List.of(), List.of("SY", "IQ"), "2019-11-17", "2019-11-17", List.of(), null, 10, false, true);
            assertThat(s.search(protests)).extracting(Hit::event).containsExactly("v2");
            Query threats = new Query(null, List.of(), List.of(), List.of("threatened"), List.of(), null, null, List.of(), null, 10, false, true);
            assertThat(s.search(threats)).isEmpty();
        }
    }

    @Test
    void aVersion3StoreGetsItsEventKeysWhenOpened() throws Exception { // SQLite only: a version-3 store is a SQLite file
        Path db = dir.resolve("db");
        List<String> before = new ArrayList<>();
        try (Store s = Store.open(db)) {
            s.put(wire("Rudaw", "2019-11-20"), null);
            s.put(StoreTest.prison(), null); // the root: the Rudaw article becomes its copy
            s.put(StoreClusterTest.rewrite("AP", "2019-11-21"), null);
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), null);
            s.forEach(Query.allEvents().withDuplicates(true), true, h -> before.add(h.toString()));
        }
        List<String> keys = rows(db, STORED);
        // what sitrep with schema 3 left: no event_keys, no triggers, no articles_copy_published, version 3 in meta
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String trigger : rows(db, "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'event_keys%'")) {
                st.execute("DROP TRIGGER " + trigger);
            }
            st.execute("DROP TABLE event_keys");
            st.execute("DROP INDEX articles_copy_published");
            st.execute("ALTER TABLE places DROP COLUMN publisher_home");
            st.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'");
        }
        assertThat(schema(db)).isEqualTo(schema3());
        try (Store s = Store.open(db)) {
            List<String> after = new ArrayList<>();
            s.forEach(Query.allEvents().withDuplicates(true), true, h -> after.add(h.toString()));
            assertThat(after).isEqualTo(before).hasSize(6);
            assertThat(s.search(Query.allEvents().withLimit(10))).hasSize(4); // the copy's two events are hidden
            s.put(article("Quake", "An earthquake shook the border region at night. Houses collapsed in two villages.", "AFP", "2020-02-01"), null);
            s.put(reading("Clashes", "Fighters clashed near the dam on Friday. Two were wounded.", "AFP", "2020-02-02", List.of(), List.of(),
                    List.of(event("v1", "ASSAULT", "happened", null, "Fighters", null, List.of("SY"), null, 0))), null);
        }
        assertThat(rows(db, "SELECT value FROM meta WHERE key='schema_version'")).containsExactly(String.valueOf(Schema.VERSION));
        assertThat(rows(db, "SELECT name FROM pragma_table_info('places') WHERE name = 'publisher_home'")).hasSize(1);
        assertThat(rows(db, STORED).subList(0, keys.size())).isEqualTo(keys);
        assertThat(rows(db, STORED)).isEqualTo(rows(db, DERIVED)).hasSize(keys.size() + 1);
        assertThat(rows(db, "SELECT at, copy FROM event_keys WHERE plover = 'ASSAULT' AND publisher = 'AFP'")).containsExactly("2020-02-02,0");
    }

    /** The article id and copy flag of every event key. */
    private static List<String> copyFlags(String db) throws Exception {
        return rows(db, "SELECT article_id, copy FROM event_keys ORDER BY article_id, event");
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        return StoreClusterTest.rows(db, sql);
    }

    /** A query written for SQLite, on PostgreSQL in its words for the unit separator and group_concat. */
    private static List<String> rows(String db, String sql) throws Exception {
        return StoreClusterTest.rows(db, PostgresUrl.is(db) ? sql.replace("char(31)", "chr(31)").replace("group_concat(x.country, ", "string_agg(x.country, ")
                .replace("group_concat(lower(x.name), ", "string_agg(lower(x.name), ") : sql);
    }

    /** Every table, index and trigger a store holds, as SQLite recorded its definition. */
    private static List<String> schema(Path db) throws Exception {
        return rows(db, "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name");
    }

    /** The same of a file made by the schema-3 statements. */
    private List<String> schema3() throws Exception {
        Path db = dir.resolve("v3");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String ddl : Schema.V3) st.execute(ddl);
            st.execute("CREATE INDEX clusters_story ON clusters(story_id)"); // made by the migration, after a version-1 store's new column
        }
        List<String> out = schema(db);
        assertThat(out).hasSizeGreaterThan(20).noneMatch(r -> r.contains("event_keys"));
        return out;
    }
}

package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;

/** Stories and event clusters as the store fills them, across store sessions, with copies and re-analysis. */
class StoreClusterTest {

    @TempDir
    Path dir;

    /** Where this test's store called {@code name} is: a file in the test's folder (PostgresStoreClusterTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    /** The same prison-break warning rewritten by another outlet: the same story, not a near-duplicate. */
    static final String REWRITE = "Iraq's military intelligence chief warned that ISIS commanders are plotting prison breaks in Syria "
            + "and Iraq. According to the chief, Islamic State sleeper cells remain active across several provinces. "
            + "Thousands of ISIS fighters are held by Kurdish forces in Hasakah.";

    static Reading rewrite(String publisher, String date) {
        return reading("Spy chief: ISIS plotting jailbreaks", REWRITE, publisher, date,
                List.of(entity("e1", "ORGANIZATION", "Islamic State", "IMGMOSISI", "ISIS")),
                List.of(place("p1", "Hasakah", "SY", 36.50, 40.75)),
                List.of(event("v1", "ASSAULT", "planned", "e1", "ISIS commanders", "p1", List.of("SY"), "2019-11-18", 0),
                        // the same type but another day: another real-world event
                        event("v2", "ASSAULT", "happened", null, "Kurdish forces", null, List.of("SY"), "2019-10-01", 2)));
    }

    @Test
    void reportsOfOneEventShareAStoryAndAnEventClusterAcrossSessions() throws Exception {
        String db = location("db");
        try (Store s = Store.open(db)) {
            s.put(StoreTest.prison(), null); // NRT: v1 ASSAULT by ISIS on 2019-11-18, v2 COERCE
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), null);
        }
        try (Store s = Store.open(db)) { // a later run continues the same stories
            s.put(rewrite("Rudaw", "2019-11-20"), null);
            Stats st = s.stats();
            assertThat(st.stories()).isEqualTo(2);
            assertThat(st.corroborated()).isEqualTo(1);
            assertThat(st.clusters()).isEqualTo(3); // ISIS plans (2 reports), COERCE, the October assault
        }
        assertThat(rows(db, "SELECT reports, independent_sources FROM stories ORDER BY reports DESC")).containsExactly("2,2", "1,1");
        assertThat(rows(db, "SELECT plover, reports, independent_sources, first_date, last_seen FROM clusters ORDER BY reports DESC, plover, first_date"))
                .containsExactly("ASSAULT,2,2,2019-11-18,2019-11-20", "ASSAULT,1,1,2019-10-01,2019-11-20", "COERCE,1,1,null,2019-11-19");
        try (Store s = Store.open(db)) {
            List<Hit> hits = s.search(Query.text("prison"));
            assertThat(hits).allSatisfy(h -> assertThat(h.sources()).isEqualTo(2));
            assertThat(hits).extracting(Hit::story).containsOnly(hits.get(0).story());
            Hit v1 = s.search(Query.allEvents().withLimit(50)).stream().filter(h -> "v1".equals(h.event()) && "NRT".equals(h.publisher())).findFirst().orElseThrow();
            assertThat(v1.cluster()).isNotNull();
            assertThat(v1.sources()).isEqualTo(2);
        }
    }

    @Test
    void aCopyIsAReportButNotAnIndependentSource() throws Exception {
        String db = location("db");
        Reading p = StoreTest.prison();
        Reading copy = reading("Iraq spy chief warns of prison breaks", StoreTest.PRISON + " The United States urged countries to take back their citizens.",
                "Kurdistan24", "2019-11-21", p.entities(), p.places(), p.events());
        try (Store s = Store.open(db)) {
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), null); // IDF needs a corpus: with two documents every word is common
            s.put(p, null);
            s.put(rewrite("Rudaw", "2019-11-20"), null);
            assertThat(s.put(copy, null).duplicateOf()).isNotNull();
        }
        assertThat(rows(db, "SELECT reports, independent_sources FROM stories ORDER BY reports DESC")).containsExactly("3,2", "1,1");
        assertThat(rows(db, "SELECT reports, independent_sources FROM clusters WHERE first_date='2019-11-18'")).containsExactly("3,2");
    }

    @Test
    void reanalysisReclustersTheArticlesEvents() throws Exception {
        String db = location("db");
        try (Store s = Store.open(db)) {
            s.put(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), null);
            s.put(StoreTest.prison(), null);
            s.put(rewrite("Rudaw", "2019-11-20"), null);
            Reading r = rewrite("Rudaw", "2019-11-20");
            // re-analysed: the rewrite now codes only the October assault
            s.replace(new Reading(r.sitrep(), r.article(), r.sentences(), r.entities(), r.places(), List.of(), List.of(), List.of(), List.of(),
                    List.of(r.events().get(1)), List.of()));
        }
        assertThat(rows(db, "SELECT plover, reports FROM clusters ORDER BY plover, first_date"))
                .containsExactly("ASSAULT,1", "ASSAULT,1", "COERCE,1");
        assertThat(rows(db, "SELECT count(*) FROM events WHERE cluster_id IS NULL")).containsExactly("0");
    }

    @Test
    void aSharedActorCodeAloneDoesNotMergeEvents() throws Exception {
        String db = location("db");
        org.sitrep.model.Event.Argument trigger = new org.sitrep.model.Event.Argument("met", null, null, 0, 3);
        org.sitrep.model.Event sanders = new org.sitrep.model.Event("v1", "CONSULT", null, null, "happened", false, trigger,
                new org.sitrep.model.Event.Argument("Sanders", null, "USAELI", 0, 7), null, null, List.of(), null, null, List.of(), null, null, 0, "s");
        org.sitrep.model.Event rubio = new org.sitrep.model.Event("v2", "CONSULT", null, null, "happened", false, trigger,
                new org.sitrep.model.Event.Argument("Rubio", null, "USAELI", 0, 5), null, null, List.of(), null, null, List.of(), null, null, 1, "r");
        try (Store s = Store.open(db)) {
            s.put(reading("Campaign", "Sanders met voters. Rubio met donors.", "AP", "2016-03-12", List.of(), List.of(), List.of(sanders, rubio)), null);
        }
        assertThat(rows(db, "SELECT count(*) FROM clusters")).containsExactly("2");
    }

    @Test
    void featuresRoundTripThroughTheirBlob() {
        var f = new org.sitrep.cluster.DocumentFeatures("h", java.time.LocalDate.of(2019, 11, 19), java.util.Map.of("prison", 2, "break", 1),
                java.util.Set.of("islamic state", "tab\tname"), java.util.Set.of("6.1"), java.util.Set.of("2019-11-18"));
        byte[] blob = FeatureCodec.encode(f);
        var back = FeatureCodec.decode("h", blob);
        assertThat(back.terms()).isEqualTo(f.terms());
        assertThat(back.names()).containsExactlyInAnyOrder("islamic state", "tab name");
        assertThat(back.published()).isEqualTo(f.published());
        assertThat(back.numbers()).isEqualTo(f.numbers());
        assertThat(back.dates()).isEqualTo(f.dates());
    }

    static List<String> rows(Path db, String sql) throws Exception {
        return rows(db.toString(), sql);
    }

    /** The rows of a query on the store at a location (a SQLite file or a PostgreSQL URL), each as comma-separated values. */
    static List<String> rows(String db, String sql) throws Exception {
        List<String> out = new java.util.ArrayList<>();
        try (Connection c = connect(db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= n; i++) sb.append(i == 1 ? "" : ",").append(rs.getString(i));
                out.add(sb.toString());
            }
        }
        return out;
    }

    static Connection connect(String db) throws Exception {
        return PostgresStores.connect(db);
    }
}

package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;

/** The store's behaviour: run on SQLite here and on PostgreSQL by {@link PostgresStoreTest}, which names other locations. */
class StoreTest {

    @TempDir
    Path dir;

    /** Where this test's store called {@code name} is: a file in the test's folder. */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    static final String PRISON = "Senior ISIS members are planning mass prison breaks in Iraq and Syria, the head of Iraqi military "
            + "intelligence said on Monday. He said the group had sleeper cells in several provinces. Officials in Baghdad warned of attacks. "
            + "Kurdish forces hold thousands of fighters in camps in the north east of Syria.";
    static final String FLOOD = "Heavy rain flooded the streets of the capital on Tuesday. Rescue teams moved hundreds of families "
            + "to schools and mosques. The weather service expects more rain this week and warned of landslides in the hills.";

    static Reading prison() {
        return reading("ISIS plans prison breaks", PRISON, "NRT", "2019-11-19",
                List.of(entity("e1", "ORGANIZATION", "Islamic State", "IMGMOSISI", "ISIS", "Daesh")),
                List.of(place("p1", "Hasakah", "SY", 36.50, 40.75)),
                List.of(event("v1", "ASSAULT", "planned", "e1", "ISIS members", "p1", List.of("SY", "IQ"), "2019-11-18", 0),
                        event("v2", "COERCE", "threatened", null, "Officials", null, List.of("IQ"), null, 2)));
    }

    @Test
    void aPublishersHomeIsTheDivisionMostOfItsStoriesName() throws Exception {
        try (Store s = Store.open(location("homes"))) {
            assertThat(s.publisherHomes().size()).isZero();
            s.putAll(List.of(
                    reading("Council meets", "The city council met on Monday to discuss the budget for the coming year.", "Local Times", "2009-03-02",
                            List.of(), List.of(place("p1", "Columbus", "US", 39.96, -83.0)), List.of()),
                    reading("School board", "The school board voted on Tuesday to close two buildings at the end of June.", "Local Times", "2009-03-03",
                            List.of(), List.of(place("p1", "Westerville", "US", 40.12, -82.93)), List.of()),
                    reading("Weather", "Heavy snow is expected over the weekend, forecasters said in their morning update.", "Local Times", "2009-03-04",
                            List.of(), List.of(), List.of()),
                    reading("Elsewhere", "A single story from a paper that the store has seen only once so far this year.", "Other Paper", "2009-03-04",
                            List.of(), List.of(place("p1", "Dublin", "IE", 53.33, -6.25)), List.of())));
            var homes = s.publisherHomes();
            assertThat(homes.of(article("x", "Dublin news.", "local times", "2009-03-05").article()))
                    .isEqualTo(new org.sitrep.places.PublisherHomes.Home("US", "01"));
            assertThat(homes.of(article("y", "Dublin news.", "Other Paper", "2009-03-05").article())).isNull();
        }
    }

    @Test
    void placesTheHomeChoseDoNotVoteForIt() throws Exception {
        String db = location("home-chosen");
        try (Store s = Store.open(db)) {
            // A lone "Columbus" placed in Ohio because of a home learnt earlier is no evidence for that home.
            var chosen = new org.sitrep.model.Place("p1", "Columbus", 1L, "US", "01", 39.96, -83.0, "city", "event_location", null, true, List.of());
            s.putAll(List.of(
                    reading("Council meets", "The city council met on Monday to discuss the budget for the coming year.", "Local Times", "2009-03-02",
                            List.of(), List.of(chosen), List.of()),
                    reading("School board", "The school board voted on Tuesday to close two buildings at the end of June.", "Local Times", "2009-03-03",
                            List.of(), List.of(chosen), List.of())));
            assertThat(StoreClusterTest.rows(db, "SELECT publisher_home FROM places")).containsExactly("1", "1");
            assertThat(s.publisherHomes().of(article("x", "Dublin news.", "Local Times", "2009-03-05").article())).isNull();
        }
    }

    @Test
    void putIsIdempotentAndSurvivesReopening() throws Exception {
        String db = location("s/sitrep.db");
        try (Store s = Store.open(db)) {
            Store.Put first = s.put(prison(), "raw bytes".getBytes());
            assertThat(first.status()).isEqualTo(Store.Status.ADDED);
            assertThat(s.put(prison(), "raw bytes".getBytes()).status()).isEqualTo(Store.Status.EXISTS);
            assertThat(s.contains(prison().article().id())).isTrue();
        }
        try (Store s = Store.open(db)) {
            Stats st = s.stats();
            assertThat(st.articles()).isEqualTo(1);
            assertThat(st.events()).isEqualTo(2);
            assertThat(st.entities()).isEqualTo(1);
            assertThat(st.stale()).isZero();
            assertThat(s.contentHashes()).containsExactly(prison().article().id());
        }
    }

    /** A restarted (or second) writer, e.g. a Flink job replaying its input, puts an article the store holds: a sighting, no change. */
    @Test
    void aSecondWriterOfAStoredArticleOnlySeesIt() throws Exception {
        String db = location("db");
        try (Store first = Store.open(db); Store second = Store.open(db)) {
            Store.Put added = first.put(prison(), "raw bytes".getBytes());
            Store.Put again = second.put(prison(), "raw bytes".getBytes());
            assertThat(again.status()).isEqualTo(Store.Status.EXISTS);
            assertThat(again.id()).isEqualTo(added.id());
            assertThat(second.stats().articles()).isEqualTo(1);
            assertThat(second.stats().events()).isEqualTo(2);
        }
    }

    @Test
    void fullTextSearchFindsTheBestSentence() throws Exception {
        try (Store s = Store.open(location("db"))) {
            s.put(prison(), null);
            s.put(article("Floods", FLOOD, "AP", "2020-01-02"), null);
            List<Hit> hits = s.search(Query.text("sleeper cells"));
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).title()).isEqualTo("ISIS plans prison breaks");
            assertThat(hits.get(0).evidence()).startsWith("He said the group had sleeper cells");
            assertThat(s.search(Query.text("rain"))).extracting(Hit::publisher).containsExactly("AP");
            assertThat(s.search(Query.text("prison break"))).hasSize(1); // stemmed: the text says "prison breaks"
            // FTS5 syntax in user input is read as words, not operators (and never reaches SQL)
            assertThat(s.search(Query.text("rain\" OR NEAR(x) '; DROP TABLE articles; --"))).isEmpty();
            assertThat(s.stats().articles()).isEqualTo(2);
        }
    }

    @Test
    void eventFiltersCombine() throws Exception {
        try (Store s = Store.open(location("db"))) {
            s.put(prison(), null);
            s.put(article("Floods", FLOOD, "AP", "2020-01-02"), null);
            Query base = Query.allEvents().withLimit(50);
            assertThat(s.search(base)).hasSize(2);
            assertThat(s.search(q(base, "isis", List.of(), List.of(), List.of()))).extracting(Hit::event).containsExactly("v1");
            assertThat(s.search(q(base, "daesh", List.of("assault"), List.of("planned", "threatened"), List.of("SY")))).hasSize(1);
            assertThat(s.search(q(base, "IMGMOSISI", List.of(), List.of(), List.of()))).hasSize(1);
            assertThat(s.search(q(base, null, List.of("ASSAULT"), List.of("happened"), List.of()))).isEmpty();
            assertThat(s.search(q(base, null, List.of(), List.of(), List.of("IQ")))).extracting(Hit::event).containsExactlyInAnyOrder("v1", "v2");
            assertThat(s.search(q(base, null, List.of(), List.of(), List.of("TR")))).isEmpty();
            Hit v1 = s.search(q(base, "ISIS", List.of(), List.of(), List.of())).get(0);
            assertThat(v1.evidence()).startsWith("Senior ISIS members are planning");
            assertThat(v1.location()).isEqualTo("Hasakah");
            assertThat(v1.actor1()).isEqualTo("Islamic State");
            assertThat(v1.sourceChain()).isEqualTo("NRT");
        }
    }

    @Test
    void nearDatesAndOutlets() throws Exception {
        try (Store s = Store.open(location("db"))) {
            s.put(prison(), null);
            Query base = Query.allEvents().withLimit(50);
            // Hasakah is ~290 km from Kobani (36.89, 38.35) and ~90 km from Qamishli (37.05, 41.22)
            assertThat(s.search(near(base, 37.05, 41.22, 100))).extracting(Hit::event).containsExactly("v1");
            assertThat(s.search(near(base, 36.89, 38.35, 100))).isEmpty();
            assertThat(s.search(near(base, 36.89, 38.35, 300))).hasSize(1);
            assertThat(s.search(dates(base, "2019-11-18", "2019-11-18"))).extracting(Hit::event).containsExactly("v1");
            // v2 has no date of its own: the article's publication date counts
            assertThat(s.search(dates(base, "2019-11-19", null))).extracting(Hit::event).containsExactly("v2");
            assertThat(s.search(dates(base, null, "2019-11-01"))).isEmpty();
            assertThat(s.search(outlets(base, "nrt"))).hasSize(2);
            assertThat(s.search(outlets(base, "CNN"))).isEmpty();
            assertThat(s.search(base.withLimit(1))).hasSize(1);
        }
    }

    @Test
    void nearDuplicatesLinkToTheEarliestCopy() throws Exception {
        String wire = PRISON + " The United States has urged countries to take back their citizens held in the camps.";
        try (Store s = Store.open(location("db"))) {
            Store.Put later = s.put(article("Iraq spy chief warns of prison breaks", wire, "Rudaw", "2019-11-20"), null);
            Store.Put other = s.put(article("Floods", FLOOD, "AP", "2020-01-02"), null);
            // the original, with a different headline and without the last sentence, published a day earlier
            Store.Put original = s.put(article("ISIS plans prison breaks", PRISON, "NRT", "2019-11-19"), null);
            assertThat(later.duplicateOf()).isNull();
            assertThat(other.duplicateOf()).isNull();
            assertThat(original.duplicateOf()).isEqualTo(original.id());
            assertThat(original.similarity()).isGreaterThan(0.9);
            List<Hit> hits = s.search(Query.text("prison"));
            assertThat(hits).extracting(Hit::publisher).containsExactly("NRT");
            assertThat(hits.get(0).copies()).isEqualTo(1);
            assertThat(s.search(Query.text("prison").withDuplicates(true))).hasSize(2);
            assertThat(s.stats().duplicates()).isEqualTo(1);
        }
    }

    @Test
    void putAllWritesAsPutsInTurnButAllOrNothing() throws Exception {
        String wire = PRISON + " The United States has urged countries to take back their citizens held in the camps.";
        Reading copy = article("Iraq spy chief warns of prison breaks", wire, "Rudaw", "2019-11-20");
        Reading flood = article("Floods", FLOOD, "AP", "2020-01-02");
        var dup = entity("e1", "PERSON", "Someone", null);
        // two entities with one id break the key of table entities: the third reading fails, the batch is rolled back
        Reading bad = reading("Bad", "Some text that is long enough to be stored as an article.", "X", null, List.of(dup, dup), List.of(), List.of());
        try (Store s = Store.open(location("db"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.putAll(List.of(prison(), copy, bad))).isInstanceOf(StoreException.class)
                    .hasMessageContaining("test:Bad");
            assertThat(s.stats().articles()).isZero();
            s.putAll(List.of(prison(), copy, flood, prison()));
            // each article sees the ones before it in the batch: the copy is linked, the repeat is only a sighting
            assertThat(s.stats().articles()).isEqualTo(3);
            assertThat(s.stats().duplicates()).isEqualTo(1);
            assertThat(s.search(Query.text("prison").withDuplicates(true))).extracting(Hit::duplicateOf).containsOnlyOnce((Long) null).hasSize(2);
        }
    }

    @Test
    void readingsExportTheContract() throws Exception {
        try (Store s = Store.open(location("db"))) {
            s.put(prison(), null);
            StringBuilder sb = new StringBuilder();
            s.readings(Query.text("prison"), sb::append);
            assertThat(sb.toString()).contains("\"events\"").contains("Hasakah");
        }
    }

    private static Query q(Query b, String actor, List<String> types, List<String> modalities, List<String> countries) {
        return new Query(null, actor == null ? List.of() : List.of(actor), types, modalities, countries, null, null, List.of(), null,
                b.limit(), false, true);
    }

    private static Query near(Query b, double lat, double lon, double km) {
        return new Query(null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), new Query.Near(lat, lon, km), b.limit(), false, true);
    }

    private static Query dates(Query b, String since, String until) {
        return new Query(null, List.of(), List.of(), List.of(), List.of(), since, until, List.of(), null, b.limit(), false, true);
    }

    private static Query outlets(Query b, String outlet) {
        return new Query(null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(outlet), null, b.limit(), false, true);
    }

    @Test
    void anArticleWithoutPublisherCountsAsTheOutletOfItsUrl() {
        org.sitrep.model.Article a = new org.sitrep.model.Article("h", "test:x", "html", "t", null, null, "https://www.Reuters.com/world/x", null,
                "2019-11-19", "en", "text", List.of());
        assertThat(SqlStore.outlet(a)).isEqualTo("reuters.com");
        assertThat(SqlStore.outlet(new org.sitrep.model.Article("h", "test:x", "html", "t", "NRT", null, "https://www.reuters.com/x", null,
                "2019-11-19", "en", "text", List.of()))).isEqualTo("NRT");
        assertThat(SqlStore.outlet(new org.sitrep.model.Article("h", "test:x", "txt", "t", null, null, null, null, null, "en", "text", List.of()))).isNull();
        assertThat(SqlStore.outlet(new org.sitrep.model.Article("h", "test:x", "txt", "t", null, null, "not a url at all", null, null, "en", "text",
                List.of()))).isNull();
    }
}

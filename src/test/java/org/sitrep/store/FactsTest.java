package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.entity;
import static org.sitrep.store.TestReadings.event;
import static org.sitrep.store.TestReadings.reading;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quote;
import org.sitrep.model.Reading;
import org.sitrep.store.FactViews.EntityView;
import org.sitrep.store.FactViews.PlaceView;
import org.sitrep.store.FactViews.Statement;
import org.sitrep.store.FactViews.StatementQuery;

/**
 * The store read by entity and place: keys that join the same entity across articles (case, spacing, non-ASCII
 * letters SQLite does not fold), copies left out, what an entity said and what was said about it, places by GeoNames
 * id and by name, quote and claim search, clusters and stories.
 */
@org.junit.jupiter.api.TestInstance(org.junit.jupiter.api.TestInstance.Lifecycle.PER_CLASS) // one store per class, filled once; PostgresFactsTest names another
class FactsTest {

    @TempDir
    static Path dir;
    Corpus corpus;
    Facts facts;

    /** Where this class's store called {@code name} is: a file in its folder (PostgresFactsTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    static final String SAID = "The militants will strike again, Ali Şahin said on Monday. ";

    @BeforeAll
    void fill() throws Exception {
        String db = location("f.db");
        Entity isis = entity("e1", "ORGANIZATION", "Islamic State", "IMGMUSISI", "ISIS");
        try (Store store = Store.open(db)) {
            store.put(reading("ISIS attacks checkpoint near Kirkuk", "Militants attacked a checkpoint near Kirkuk on Sunday. Officials said more attacks were threatened.",
                    "Rudaw", "2019-11-10", List.of(isis), List.of(place("p1", "Kirkuk", 94787L, "IQ", 35.4681, 44.3922, "event_location")),
                    List.of(event("v1", "ASSAULT", "happened", "e1", "Islamic State", "p1", List.of("IQ"), "2019-11-10", 0))), null);
            // A copy of the first article (a wire republication): it must not count as a second article naming ISIS.
            store.put(reading("ISIS attacks a checkpoint near Kirkuk", "Militants attacked a checkpoint near Kirkuk on Sunday. Officials said more attacks were threatened.",
                    "Wire", "2019-11-11", List.of(isis), List.of(place("p1", "Kirkuk", 94787L, "IQ", 35.4681, 44.3922, "event_location")),
                    List.of(event("v1", "ASSAULT", "happened", "e1", "Islamic State", "p1", List.of("IQ"), "2019-11-10", 0))), null);
            store.put(reading("Attack planned on Raqqa prison", "Islamic  state militants planned an attack on a prison in Raqqa. Guards were put on alert.",
                    "Reuters", "2019-11-12", List.of(entity("e1", "ORGANIZATION", "Islamic  state", "IMGMUSISI")),
                    List.of(place("p1", "Raqqa", 163915L, "SY", 35.9528, 39.0079, "event_location"),
                            new Place("p2", "the Middle East", null, null, null, 29.0, 41.0, "region", "mentioned", null, false, List.of())),
                    List.of(event("v1", "ASSAULT", "planned", "e1", "Islamic State", "p1", List.of("SY"), "2019-11-13", 0))), null);
            store.put(quoted("Şahin warns of attacks", "Ali Şahin", "2019-11-14",
                    "Police in the northern province doubled the checkpoints on the main roads and closed two markets until further notice."), null);
            // Ş and ş: a case SQLite's NOCASE does not fold. A different story, so not a copy of the first.
            store.put(quoted("A second warning", "ali şahin", "2019-11-15",
                    "Farmers near the border said their harvest was late this year because the rains came weeks after the usual season ended."), null);
        }
        corpus = Corpus.open(db, 2);
        facts = new Facts(corpus);
    }

    @AfterAll
    void close() {
        if (corpus != null) corpus.close();
    }

    /** An article where a person warns about ISIS, with the quote, its claim, and mentions of both. */
    static Reading quoted(String title, String speaker, String date, String tail) {
        String text = SAID.replace("Ali Şahin", speaker) + tail;
        int q0 = 0, q1 = text.indexOf(','), s0 = text.indexOf(speaker);
        Entity person = new Entity("e1", "PERSON", speaker, List.of(), List.of("police spokesman"), "IRQCOP", null,
                List.of(new Mention(speaker, s0, s0 + speaker.length(), 0)));
        Entity isis = new Entity("e2", "ORGANIZATION", "Islamic State", List.of("militants"), List.of(), "IMGMUSISI", null,
                List.of(new Mention("militants", 4, 13, 0)));
        Quote quote = new Quote("q1", "direct", text.substring(q0, q1), q0, q1, new Quote.Cue("said", "say", s0 + speaker.length() + 1, s0 + speaker.length() + 5),
                new Quote.Speaker(speaker, "e1", s0, s0 + speaker.length(), "name"), null, null, 0);
        Claim claim = new Claim("c1", "q1", quote.text(), q0, q1, "said", List.of(new Claim.Source("publisher", "Rudaw", null, null, null, "byline"),
                new Claim.Source("speaker", speaker, "e1", s0, s0 + speaker.length(), "said")), null);
        Article a = new Article(ContentHash.of(title, text), "test:" + title, "txt", title, "Rudaw", null, null, null, date, "en", text, List.of());
        return new Reading(Reading.CONTRACT_VERSION, a, TestReadings.sentences(text), List.of(person, isis), List.of(), List.of(), List.of(),
                List.of(quote), List.of(claim), List.of(), List.of());
    }

    static Place place(String id, String name, Long geonames, String country, double lat, double lon, String role) {
        return new Place(id, name, geonames, country, "01", lat, lon, "city", role, null, false, List.of());
    }

    /** The indexes the entity and place reads need are made when any store is opened, one written before them too. */
    @Test
    void theIndexesAreAddedToAnExistingStoreWhenItIsOpened() throws Exception {
        Path db = dir.resolve("old.db");
        try (Store store = Store.open(db)) {
            store.put(TestReadings.article("Old", "An old article.", "Rudaw", "2019-01-01"), null);
        }
        List<String> ours = List.of("places_geonames", "places_name", "quotes_speaker", "mentions_entity");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); java.sql.Statement s = c.createStatement()) {
            for (String index : ours) s.execute("DROP INDEX " + index); // as a store of the previous sitrep has it
        }
        Store.open(db).close();
        List<String> indexes = new java.util.ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) indexes.add(rs.getString(1));
        }
        assertThat(indexes).containsAll(ours);
    }

    @Test
    void keysAreTypeAndNormalisedName() {
        assertThat(EntityKey.of("PERSON", "  Saad   al-Allaq ").toString()).isEqualTo("PERSON:saad al-allaq");
        assertThat(EntityKey.parse("person:Saad al-Allaq")).contains(EntityKey.of("PERSON", "Saad al-Allaq"));
        assertThat(EntityKey.parse("Mr: Smith")).isEmpty(); // not a type: a speaker's name, not a key
        assertThat(PlaceKey.parse("314830")).contains(new PlaceKey(314830L, null));
        assertThat(PlaceKey.parse("The  Middle East")).contains(new PlaceKey(null, "the middle east"));
    }

    @Test
    void anEntityIsOneAcrossArticlesAndCopiesAreNotCounted() throws Exception {
        EntityView isis = facts.entity(EntityKey.of("ORGANIZATION", "Islamic State"), Page.first(10)).orElseThrow();
        // The Kirkuk article, the Raqqa one ("Islamic  state") and the two warnings; not the copy of the Kirkuk article.
        assertThat(isis.articles()).isEqualTo(4);
        assertThat(isis.names()).containsKeys("Islamic State", "Islamic  state");
        assertThat(isis.actorCodes()).containsEntry("IMGMUSISI", 4L);
        assertThat(isis.aliases()).containsKeys("ISIS", "militants");
        assertThat(isis.events().total()).isEqualTo(2);
        assertThat(isis.events().items()).allSatisfy(e -> assertThat(e.role()).isEqualTo("source"));
        assertThat(isis.timeline()).extracting(DayCount::day).containsExactly("2019-11-10", "2019-11-12", "2019-11-14", "2019-11-15");
        // Said about it: the warnings mention "militants" (its alias, as a mention of it) inside the quote.
        assertThat(isis.saidAbout().total()).isEqualTo(2);
        assertThat(isis.saidAbout().items()).extracting(Statement::speaker).containsOnly("Ali Şahin", "ali şahin");
        assertThat(isis.said().total()).isZero();
        assertThat(facts.entity(EntityKey.of("ORGANIZATION", "Islamic Statehood"), Page.first(10))).isEmpty();
    }

    @Test
    void nonAsciiNamesJoinAcrossCase() throws Exception {
        EntityView sahin = facts.entity(EntityKey.parse("PERSON:ALI ŞAHIN").orElseThrow(), Page.first(10)).orElseThrow();
        assertThat(sahin.key()).isEqualTo("PERSON:ali şahin");
        assertThat(sahin.articles()).isEqualTo(2);
        assertThat(sahin.titles()).containsEntry("police spokesman", 2L);
        assertThat(sahin.said().total()).isEqualTo(2);
        assertThat(sahin.said().items()).allSatisfy(s -> {
            assertThat(s.speakerKey()).isEqualTo("PERSON:ali şahin");
            assertThat(s.claim()).isEqualTo("c1");
            assertThat(s.cue()).isEqualTo("said");
        });
        assertThat(sahin.said().items().get(0).published()).isEqualTo("2019-11-15"); // newest first
        assertThat(sahin.mentions()).isEqualTo(2);
        // Paging the lists.
        EntityView second = facts.entity(EntityKey.parse("PERSON:ali şahin").orElseThrow(), new Page(1, 1)).orElseThrow();
        assertThat(second.said().items()).singleElement().extracting(Statement::published).isEqualTo("2019-11-14");
        assertThat(second.said().total()).isEqualTo(2);
    }

    @Test
    void entityListsGroupByKey() throws Exception {
        Paged<FactViews.EntityItem> found = facts.entities("isis", null, List.of(), List.of(), Page.first(10));
        assertThat(found.items()).extracting(FactViews.EntityItem::key).containsExactly("ORGANIZATION:islamic state");
        assertThat(found.items().get(0).articles()).isEqualTo(1); // only the Kirkuk article lists the alias ISIS
        assertThat(facts.entities(null, null, List.of("PERSON"), List.of(), Page.first(10)).items())
                .extracting(FactViews.EntityItem::key).containsOnly("PERSON:ali şahin");
        assertThat(facts.entities(null, null, List.of(), List.of("IRQCOP"), Page.first(10)).total()).isPositive();
        assertThat(facts.entities("100%", null, List.of(), List.of(), Page.first(10)).total()).isZero(); // % is a character, not a wildcard
    }

    @Test
    void placesByGeoNamesIdAndByName() throws Exception {
        PlaceView kirkuk = facts.place(new PlaceKey(94787L, null), Page.first(10)).orElseThrow();
        assertThat(kirkuk.name()).isEqualTo("Kirkuk");
        assertThat(kirkuk.lat()).isEqualTo(35.4681);
        assertThat(kirkuk.country()).isEqualTo("IQ");
        assertThat(kirkuk.articles()).isEqualTo(1);
        assertThat(kirkuk.roles()).containsEntry("event_location", 1L);
        assertThat(kirkuk.events().items()).singleElement().satisfies(e -> assertThat(e.type()).isEqualTo("ASSAULT"));
        assertThat(kirkuk.articlesMentioning().items()).extracting(FactViews.ArticleRef::title).containsExactly("ISIS attacks checkpoint near Kirkuk");
        PlaceView region = facts.place(PlaceKey.parse("The Middle East").orElseThrow(), Page.first(10)).orElseThrow();
        assertThat(region.geonamesId()).isNull();
        assertThat(region.precision()).isEqualTo("region");
        assertThat(facts.place(new PlaceKey(1L, null), Page.first(10))).isEmpty();
        assertThat(facts.places(null, null, List.of("sy"), Page.first(10)).items()).extracting(FactViews.PlaceItem::key).containsExactly("163915");
        assertThat(facts.places("middle", null, List.of(), Page.first(10)).items()).extracting(FactViews.PlaceItem::key).containsExactly("the middle east");
    }

    @Test
    void quotesAndClaimsBySpeakerTextDateAndOutlet() throws Exception {
        StatementQuery byKey = new StatementQuery("PERSON:ali şahin", null, null, null, List.of());
        assertThat(facts.quotes(byKey, Page.first(10)).total()).isEqualTo(2);
        assertThat(facts.quotes(new StatementQuery("Ali Şahin", null, null, null, List.of()), Page.first(10)).total()).isEqualTo(1); // a name, as written
        assertThat(facts.quotes(new StatementQuery(null, "STRIKE again", null, null, List.of()), Page.first(10)).total()).isEqualTo(2);
        assertThat(facts.quotes(new StatementQuery(null, null, "2019-11-15", null, List.of()), Page.first(10)).total()).isEqualTo(1);
        assertThat(facts.quotes(new StatementQuery(null, null, null, null, List.of("reuters")), Page.first(10)).total()).isZero();
        Paged<Statement> claims = facts.claims(new StatementQuery("PERSON:ali şahin", null, null, "2019-11-14", List.of("rudaw")), Page.first(10));
        assertThat(claims.items()).singleElement().satisfies(c -> {
            assertThat(c.stance()).isEqualTo("said");
            assertThat(c.sourceChain()).isEqualTo("Rudaw > Ali Şahin");
        });
    }

    @Test
    void aClusterHasItsReportsAndStory() throws Exception {
        Hit hit = corpus.events(Query.allEvents().withDuplicates(true), Page.first(10)).items().stream()
                .filter(h -> "Kirkuk".equals(h.location()) && h.cluster() != null).findFirst().orElseThrow();
        FactViews.ClusterView cluster = facts.cluster(hit.cluster()).orElseThrow();
        assertThat(cluster.type()).isEqualTo("ASSAULT");
        assertThat(cluster.items()).extracting(FactViews.Report::title).contains("ISIS attacks checkpoint near Kirkuk");
        assertThat(cluster.items()).anySatisfy(r -> assertThat(r.evidence()).contains("checkpoint"));
        assertThat(cluster.independentSources()).isGreaterThanOrEqualTo(1);
        assertThat(cluster.story()).isNotNull();
        FactViews.StoryView story = facts.story(cluster.story().id()).orElseThrow();
        assertThat(story.clusters()).extracting(FactViews.ClusterRef::id).contains(cluster.id());
        assertThat(facts.cluster(999_999)).isEmpty();
        assertThat(facts.story(999_999)).isEmpty();
    }
}

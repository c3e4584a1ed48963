package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitrep.store.TestReadings.*;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;
import org.sitrep.place.KeyValueState;
import org.sitrep.place.Placement;
import org.sitrep.place.Placer;
import org.sitrep.place.PlacementCodec;

/**
 * The placer over a state of its own (a map, as the Flink job keeps in keyed state) writes, through
 * {@link Store#put(Reading, byte[], Placement)}, the same rows as the store placing articles on its own state: the
 * same copy links, stories, event clusters and counts, row ids included. And a state restored from an older snapshot
 * places the articles after it again the same way, so a replay writes nothing new.
 */
class PlacementStoreTest {

    @TempDir
    Path dir;

    /** Originals, a rewrite of one story, a copy, a copy published earlier than its original, a repeat. */
    static List<Reading> corpus() {
        Reading p = StoreTest.prison();
        Reading copy = reading("Iraq spy chief warns of prison breaks", StoreTest.PRISON + " The United States urged countries to take back their citizens.",
                "Kurdistan24", "2019-11-21", p.entities(), p.places(), p.events());
        Reading earlier = reading("Prison breaks feared", "Officials said: " + StoreTest.PRISON, "Wire", "2019-11-17", p.entities(), p.places(), p.events());
        return List.of(article("Floods", StoreTest.FLOOD, "AP", "2020-01-02"), p, StoreClusterTest.rewrite("Rudaw", "2019-11-20"), copy,
                article("Campaign", "Sanders met voters in Iowa. Rubio met donors in Florida on Saturday.", "AP", "2016-03-12"),
                earlier, StoreClusterTest.rewrite("Rudaw", "2019-11-20"),
                article("More floods", StoreTest.FLOOD + " The river rose again on Wednesday.", "Reuters", "2020-01-03"));
    }

    @Test
    void placementsFromAStateOfTheirOwnWriteWhatTheStoreWrites() throws Exception {
        List<Reading> corpus = corpus();
        Path local = dir.resolve("local.db"), placed = dir.resolve("placed.db");
        try (Store s = Store.open(local)) {
            for (Reading r : corpus.subList(0, 4)) s.put(r, null);
        }
        try (Store s = Store.open(local)) { // a second session continues from the stored state
            for (Reading r : corpus.subList(4, corpus.size())) s.put(r, null);
        }
        Map<String, String> entries = new HashMap<>();
        KeyValueState state = new KeyValueState(entries(entries));
        Placer placer = new Placer();
        List<Placement> placements = new ArrayList<>();
        Map<String, String> snapshot = null;
        try (Store s = Store.open(placed)) {
            for (Reading r : corpus) {
                if (state.known(r.article().id())) {
                    assertThat(s.put(r, null).status()).isEqualTo(Store.Status.EXISTS);
                    continue;
                }
                Placement p = placer.place(r, state);
                placements.add(p);
                Placement sent = PlacementCodec.decode(PlacementCodec.encode(p)); // as the job hands it to its writer
                assertThat(sent.events()).isEqualTo(p.events());
                assertThat(sent.features()).isEqualTo(p.features());
                assertThat(sent.fingerprint().bands()).isEqualTo(p.fingerprint().bands());
                s.put(r, null, sent);
                state.apply(p);
                if (placements.size() == 3) snapshot = new HashMap<>(entries);
            }
        }
        assertThat(placements.stream().filter(p -> p.copy() != null && p.copy().reroots()).count()).isEqualTo(1);
        assertThat(placements.stream().filter(p -> !p.newStory() && p.copy() == null).count()).as("originals joining a story").isPositive();
        assertThat(placements.stream().flatMap(p -> p.events().stream()).filter(l -> !l.founds()).count()).as("events joining a cluster").isPositive();
        for (String sql : List.of("SELECT id, content_hash, duplicate_of, similarity FROM articles ORDER BY id",
                "SELECT article_id, story_id, features IS NULL FROM story_articles ORDER BY article_id",
                "SELECT id, reports, independent_sources, first_seen, last_seen, title FROM stories ORDER BY id",
                "SELECT id, story_id, plover, reports, independent_sources, country, first_date, last_date FROM clusters ORDER BY id",
                "SELECT article_id, id, cluster_id FROM events ORDER BY article_id, id",
                "SELECT article_id, count(*) FROM sightings GROUP BY article_id ORDER BY article_id")) {
            assertThat(rows(placed, sql)).as(sql).isEqualTo(rows(local, sql)).isNotEmpty();
        }

        // a restore: the state of the snapshot places the later articles again, the same way, and the store keeps them once
        KeyValueState restored = new KeyValueState(entries(snapshot));
        try (Store s = Store.open(placed)) {
            for (Placement before : placements.subList(3, placements.size())) {
                Reading r = corpus.stream().filter(x -> x.article().id().equals(before.contentHash())).findFirst().orElseThrow();
                Placement again = placer.place(r, restored);
                assertThat(again.copy()).isEqualTo(before.copy());
                assertThat(again.story()).isEqualTo(before.story());
                assertThat(again.events()).isEqualTo(before.events());
                assertThat(s.put(r, null, again).status()).isEqualTo(Store.Status.EXISTS);
                restored.apply(again);
            }
        }
        assertThat(rows(placed, "SELECT count(*) FROM clusters")).isEqualTo(rows(local, "SELECT count(*) FROM clusters"));
    }

    /** A state loaded from a store places the next articles as the state that placed the stored ones does. */
    @Test
    void aStateLoadedFromAStoreContinuesItsGroupsStoriesAndClusters() throws Exception {
        List<Reading> corpus = corpus();
        Path db = dir.resolve("store.db");
        KeyValueState placing = KeyValueState.inMemory();
        Placer placer = new Placer();
        try (Store s = Store.open(db)) {
            for (Reading r : corpus.subList(0, 5)) {
                Placement p = placer.place(r, placing);
                s.put(r, null, p);
                placing.apply(p);
            }
        }
        KeyValueState loaded = KeyValueState.inMemory();
        assertThat(loaded.started()).isFalse();
        try (Store s = Store.open(db)) {
            s.exportPlacerState(loaded);
        }
        assertThat(loaded.started()).isTrue();
        assertThat(loaded.documents()).isEqualTo(placing.documents());
        int placed = 0;
        for (Reading r : corpus.subList(5, corpus.size())) {
            assertThat(loaded.known(r.article().id())).isEqualTo(placing.known(r.article().id()));
            if (placing.known(r.article().id())) continue;
            Placement expected = placer.place(r, placing), actual = placer.place(r, loaded);
            assertThat(actual.copy()).isEqualTo(expected.copy());
            assertThat(actual.story()).isEqualTo(expected.story());
            assertThat(actual.newStory()).isEqualTo(expected.newStory());
            assertThat(actual.events()).isEqualTo(expected.events());
            placing.apply(expected);
            loaded.apply(actual);
            placed++;
        }
        assertThat(placed).isEqualTo(2);
        KeyValueState empty = KeyValueState.inMemory();
        try (Store s = Store.open(dir.resolve("empty.db"))) {
            s.exportPlacerState(empty);
        }
        assertThat(empty.started()).as("an empty store's state is started too: it is not loaded again").isTrue();
    }

    private static KeyValueState.Entries entries(Map<String, String> map) {
        return new KeyValueState.Entries() {
            @Override public String get(String key) { return map.get(key); }
            @Override public void put(String key, String value) { map.put(key, value); }
        };
    }

    private static List<String> rows(Path db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) row.append(i == 1 ? "" : ",").append(rs.getString(i));
                out.add(row.toString());
            }
        }
        return out;
    }
}

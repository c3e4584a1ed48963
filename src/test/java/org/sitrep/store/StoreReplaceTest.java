package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitrep.store.TestReadings.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;

/** {@link Store#stale()} and {@link Store#replace}: what re-analysis finds and how it swaps an article's facts. */
class StoreReplaceTest {

    @TempDir
    Path dir;

    /** Where this test's store called {@code name} is: a file in the test's folder (PostgresStoreReplaceTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    static final Provenance OLD = new Provenance("0.9", Reading.CONTRACT_VERSION, "old models");
    static final Provenance NEW = new Provenance("1.0", Reading.CONTRACT_VERSION, "new models");

    @Test
    void staleListsWhatAnotherVersionWroteAndReplaceMakesItCurrent() throws Exception {
        String db = location("db");
        Reading flood = article("Floods", StoreTest.FLOOD, "AP", "2020-01-02");
        try (Store s = Store.open(db, OLD)) {
            s.put(StoreTest.prison(), "raw".getBytes());
            s.put(flood, null);
            assertThat(s.stale()).isEmpty();
        }
        try (Store s = Store.open(db, NEW)) {
            assertThat(s.stale()).containsExactly(StoreTest.prison().article().id(), flood.article().id());
            assertThat(s.stats().stale()).isEqualTo(2);
            assertThat(s.article(flood.article().id()).text()).isEqualTo(StoreTest.FLOOD);
            assertThat(s.article("no such hash")).isNull();
            Reading p = StoreTest.prison();
            // the new analysis finds one event and no entity
            s.replace(new Reading(p.sitrep(), p.article(), p.sentences(), List.of(), p.places(), List.of(), List.of(), List.of(), List.of(),
                    List.of(p.events().get(1)), List.of()));
            assertThat(s.stale()).containsExactly(flood.article().id());
            Stats st = s.stats();
            assertThat(st.articles()).isEqualTo(2);
            assertThat(st.entities()).isZero();
            assertThat(st.events()).isEqualTo(1);
            assertThat(st.versions()).containsEntry("1.0 / contract " + Reading.CONTRACT_VERSION, 1L);
            assertThat(s.search(Query.allEvents().withLimit(10))).extracting(Hit::event).containsExactly("v2");
            assertThat(s.search(Query.text("sleeper cells"))).hasSize(1); // full text and raw input are kept
        }
        assertThat(StoreClusterTest.rows(db, "SELECT count(*) FROM articles WHERE raw IS NOT NULL")).containsExactly("1");
    }

    @Test
    void aFailedReplaceLeavesTheOldFactsWhole() throws Exception {
        String db = location("db");
        try (Store s = Store.open(db, OLD)) {
            s.put(StoreTest.prison(), null);
        }
        try (Store s = Store.open(db, NEW)) {
            Reading p = StoreTest.prison();
            var dup = entity("e1", "PERSON", "Someone", null);
            // two entities with one id violate the key of table entities half-way through the write
            Reading bad = new Reading(p.sitrep(), p.article(), p.sentences(), List.of(dup, dup), p.places(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), List.of());
            assertThatThrownBy(() -> s.replace(bad)).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> s.replace(article("Unknown", "Never stored.", "X", null))).isInstanceOf(StoreException.class);
            Stats st = s.stats();
            assertThat(st.entities()).isEqualTo(1);
            assertThat(st.events()).isEqualTo(2);
            assertThat(st.clusters()).isEqualTo(2);
            assertThat(s.stale()).hasSize(1);
            s.replace(p); // and the store still takes writes
            assertThat(s.stale()).isEmpty();
            assertThat(s.stats().clusters()).isEqualTo(2);
        }
    }
}

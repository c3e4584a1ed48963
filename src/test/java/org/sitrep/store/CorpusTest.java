package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Reading;

/** The read side gives the Searcher's hits, in its order, whatever the page: the API and `sitrep search` agree. */
class CorpusTest {

    @TempDir
    Path dir;

    /** Where this test's store called {@code name} is: a file in the test's folder (PostgresCorpusTest: a database). */
    String location(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void pagesOfEventsAreTheSearchersHits() throws Exception {
        String db = location("s.db");
        List<Reading> readings = new ArrayList<>();
        String[] types = {"ASSAULT", "PROTEST", "THREATEN"};
        for (int i = 0; i < 12; i++) {
            String[] w = {"fighters", "convoy", "market", "bridge", "prison", "checkpoint", "council", "harvest", "school", "refinery", "border", "airport"};
            String text = w[i] + " village was struck at dawn by " + w[(i + 5) % 12] + " units. Residents of the " + w[(i + 7) % 12]
                    + " district fled toward " + w[(i + 3) % 12] + " and " + w[(i + 9) % 12] + " while " + w[(i + 1) % 12] + " burned.";
            readings.add(TestReadings.reading("Raid " + i + " on village " + (char) ('A' + i), text, i % 2 == 0 ? "Reuters" : "AP",
                    "2019-11-" + (10 + i % 5), List.of(TestReadings.entity("e1", "ORGANIZATION", "Islamic State", null, "ISIS")),
                    List.of(TestReadings.place("p1", "Kirkuk", i % 3 == 0 ? "SY" : "IQ", 35.4 + i * 0.05, 44.3)),
                    List.of(TestReadings.event("v1", types[i % 3], "happened", "e1", "Islamic State", "p1", List.of(), i % 4 == 0 ? null : "2019-11-0" + (1 + i % 9), 0),
                            TestReadings.event("v2", types[(i + 1) % 3], "planned", "e1", "Islamic State", "p1", List.of(), "2019-11-0" + (1 + i % 7), 1))));
        }
        try (Store store = Store.open(db)) {
            store.putAll(readings);
            try (Corpus corpus = Corpus.open(db, 1)) {
                Query all = Query.allEvents();
                for (Query q : List.of(all, new Query(null, List.of("ISIS"), List.of("ASSAULT", "PROTEST"), List.of(), List.of("IQ"), "2019-11-02", null,
                        List.of(), null, 0, false, true), new Query("village", List.of(), List.of(), List.of("planned"), List.of(), null, null,
                        List.of("reuters"), new Query.Near(35.5, 44.3, 30), 0, false, true))) {
                    List<Hit> expected = store.search(q.withLimit(1000));
                    List<Hit> paged = new ArrayList<>();
                    for (int offset = 0; offset < expected.size() + 5; offset += 5) paged.addAll(corpus.events(q, new Page(5, offset)).items());
                    assertThat(paged).as(q.toString()).isEqualTo(expected);
                    assertThat(corpus.events(q, new Page(5, 0)).total()).isEqualTo(expected.size());
                }
                assertThat(store.search(all.withLimit(1000))).hasSize(24);
            }
        }
    }
}

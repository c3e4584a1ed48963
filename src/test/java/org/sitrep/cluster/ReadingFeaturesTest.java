package org.sitrep.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.model.TimeRef;

class ReadingFeaturesTest {

    @Test
    void wordsNamesNumbersAndDatesComeFromTheReading() {
        String text = "A magnitude 6.1 earthquake struck Aceh on Tuesday, killing 1,200 people. The earthquakes were felt in Banda Aceh.";
        Article a = new Article("id1", "t", "txt", "Quake", "AP", null, null, null, "2013-07-02T10:00:00Z", "en", text, List.of());
        Reading r = new Reading(Reading.CONTRACT_VERSION, a, List.of(),
                List.of(new Entity("e1", "GPE", "Aceh", List.of("Banda Aceh"), List.of(), null, null, List.of())),
                List.of(new Place("p1", "Indonesia", 1L, "ID", null, 0, 0, "country", "mentioned", null, false, List.of())),
                List.of(new TimeRef("t1", "Tuesday", "DATE", "2013-07-02", null, false, 0, 0, 0),
                        new TimeRef("t2", "now", "DATE", "PRESENT_REF", null, false, 0, 0, 0)),
                List.of(), List.of(), List.of(), List.of(), List.of());
        DocumentFeatures f = ReadingFeatures.of(r);
        assertThat(f.published()).isEqualTo(LocalDate.of(2013, 7, 2));
        assertThat(f.terms()).containsEntry("earthquak", 2).containsKeys("magnitud", "struck", "kill").doesNotContainKeys("the", "on", "were");
        assertThat(f.names()).containsExactlyInAnyOrder("aceh", "banda aceh", "indonesia");
        assertThat(f.numbers()).containsExactlyInAnyOrder("6.1", "1200");
        assertThat(f.dates()).containsExactly("2013-07-02");
    }

    @Test
    void eventsOfOneTypeMatchOnActorPlaceOrDateUnlessTheyContradict() {
        EventSignature a = new EventSignature("ASSAULT", Set.of("isis"), "hasakah", "2019-11-18", Set.of("SY"));
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of("isis"), null, null, Set.of()))).isTrue();
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of(), "hasakah", null, Set.of("SY", "IQ")))).isTrue();
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of(), null, "2019-11-18", Set.of()))).isTrue();
        // a compatible but coarser date does not contradict, and is no evidence either
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of(), null, "2019-11", Set.of()))).isFalse();
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of("isis"), null, "2019", Set.of()))).isTrue();
        assertThat(a.sameEvent(new EventSignature("COERCE", Set.of("isis"), "hasakah", "2019-11-18", Set.of("SY")))).isFalse();
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of("isis"), "hasakah", "2019-10-01", Set.of("SY")))).isFalse();
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of("isis"), null, null, Set.of("TR")))).isFalse();
        assertThat(a.sameEvent(new EventSignature("ASSAULT", Set.of("kurdish forces"), null, null, Set.of()))).isFalse();
        // undated events: one event when reported within a few days of each other, two when a week apart
        EventSignature monday = new EventSignature("SUPPORT", Set.of("bernie sanders"), null, null, Set.of(), "2016-03-14");
        assertThat(monday.sameEvent(new EventSignature("SUPPORT", Set.of("bernie sanders"), null, null, Set.of(), "2016-03-16"))).isTrue();
        assertThat(monday.sameEvent(new EventSignature("SUPPORT", Set.of("bernie sanders"), null, null, Set.of(), "2016-03-21"))).isFalse();
        assertThat(monday.sameEvent(new EventSignature("SUPPORT", Set.of("bernie sanders"), null, "2016-03-13", Set.of(), "2016-03-21"))).isTrue();
    }
}

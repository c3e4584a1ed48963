package org.sitrep.watch;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;
import org.sitrep.model.Sentence;

/**
 * Hand-made readings with events for the watch tests (as StoreFixture in the web tests, which is package-private
 * there): an ISIS assault and threat near Kirkuk (Rudaw), a protest in Baghdad (NRT), a planned ISIS assault on a
 * prison in Raqqa (Reuters).
 */
final class WatchFixture {

    static final String SCRIPT = "<script>alert(1)</script> & \"quotes\" ]]>";

    private WatchFixture() {}

    static final Entity ISIS = entity("e1", "ORGANIZATION", "Islamic State", "IMGMUSISI", "ISIS", "Daesh");

    static List<Reading> readings() {
        List<Reading> out = new ArrayList<>();
        out.add(reading("ISIS attacks checkpoint near Kirkuk", "Militants attacked a checkpoint near Kirkuk on Sunday. Officials said more attacks were threatened.",
                "Rudaw", "2019-11-10", List.of(ISIS), List.of(place("p1", "Kirkuk", "IQ", 35.4681, 44.3922)),
                List.of(event("v1", "ASSAULT", "happened", "e1", "Islamic State", "p1", List.of("IQ"), "2019-11-10", 0),
                        event("v2", "THREATEN", "threatened", "e1", "Islamic State", "p1", List.of("IQ"), "2019-11-11", 1))));
        out.add(reading("Protesters fill Tahrir Square in Baghdad", "Thousands of protesters gathered in Baghdad. They demanded reforms.",
                "NRT", "2019-11-12", List.of(entity("e1", "NORP", "protesters", null)), List.of(place("p1", "Baghdad", "IQ", 33.3406, 44.4009)),
                List.of(event("v1", "PROTEST", "happened", "e1", "protesters", "p1", List.of("IQ"), "2019-11-12", 0))));
        out.add(raqqa());
        return out;
    }

    static Reading raqqa() {
        return reading("Attack planned on Raqqa prison", "Islamic State militants planned an attack on a prison in Raqqa. Guards were put on alert.",
                "Reuters", "2019-11-12", List.of(ISIS), List.of(place("p1", "Raqqa", "SY", 35.9528, 39.0079)),
                List.of(event("v1", "ASSAULT", "planned", "e1", "Islamic State", "p1", List.of("SY"), "2019-11-13", 0)));
    }

    /** A planned ISIS assault in Syria whose every text field is markup. */
    static Reading hostile() {
        return reading("Prison break " + SCRIPT, "Islamic State planned an attack " + SCRIPT + ". Nothing should run.", "Outlet " + SCRIPT, "2019-11-14",
                List.of(ISIS), List.of(place("p1", "Hasakah " + SCRIPT, "SY", 36.5, 40.75)),
                List.of(event("v1", "ASSAULT", "planned", "e1", "Islamic State", "p1", List.of("SY"), "2019-11-14", 0)));
    }

    static Reading reading(String title, String text, String publisher, String date, List<Entity> entities, List<Place> places, List<Event> events) {
        Article a = new Article(ContentHash.of(title, text), "test:" + title, "txt", title, publisher, null, null, null, date, "en", text, List.of());
        return new Reading(Reading.CONTRACT_VERSION, a, sentences(text), entities, places, List.of(), List.of(), List.of(), List.of(), events, List.of());
    }

    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '.' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                out.add(new Sentence(out.size(), start, i + 1));
                start = Math.min(text.length(), i + 2);
            }
        }
        if (start < text.length()) out.add(new Sentence(out.size(), start, text.length()));
        return out;
    }

    static Entity entity(String id, String type, String name, String actor, String... aliases) {
        return new Entity(id, type, name, List.of(aliases), List.of(), actor, null, List.of(new Mention(name, 0, name.length(), 0)));
    }

    static Place place(String id, String name, String country, double lat, double lon) {
        return new Place(id, name, 1L, country, "01", lat, lon, "city", "event_location", null, false, List.of());
    }

    static Event event(String id, String plover, String modality, String sourceEntity, String sourceText, String place, List<String> countries,
                       String date, int sentence) {
        return new Event(id, plover, null, null, modality, false, new Event.Argument("attack", null, null, 0, 6),
                new Event.Argument(sourceText, sourceEntity, null, 0, sourceText.length()), null,
                place, countries, date, "day", List.of(), null, null, sentence, plover + " by " + sourceText);
    }
}

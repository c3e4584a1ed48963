package org.sitrep.store;

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

/** Readings built by hand, with exactly the events a test counts on (real readings' events change as the events stage improves). */
public final class TestReadings {

    private TestReadings() {}

    public static Reading article(String title, String text, String publisher, String date) {
        return reading(title, text, publisher, date, List.of(), List.of(), List.of());
    }

    public static Reading reading(String title, String text, String publisher, String date, List<Entity> entities, List<Place> places, List<Event> events) {
        Article a = new Article(ContentHash.of(title, text), "test:" + title, "txt", title, publisher, null, null, null, date, "en", text, List.of());
        return new Reading(Reading.CONTRACT_VERSION, a, sentences(text), entities, places, List.of(), List.of(), List.of(), List.of(), events, List.of());
    }

    /** Sentences split at ". " — enough for evidence lookups in tests. */
    public static List<Sentence> sentences(String text) {
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

    public static Entity entity(String id, String type, String name, String actor, String... aliases) {
        return new Entity(id, type, name, List.of(aliases), List.of(), actor, null, List.of(new Mention(name, 0, name.length(), 0)));
    }

    public static Place place(String id, String name, String country, double lat, double lon) {
        return new Place(id, name, 1L, country, "01", lat, lon, "city", "event_location", null, false, List.of());
    }

    public static Event event(String id, String plover, String modality, String sourceEntity, String sourceText, String place, List<String> countries,
                       String date, int sentence) {
        return new Event(id, plover, null, null, modality, false, new Event.Argument("attack", null, null, 0, 6),
                sourceText == null ? null : new Event.Argument(sourceText, sourceEntity, null, 0, sourceText.length()), null,
                place, countries, date, date == null ? null : "day", List.of(), null, null, sentence, plover + " by " + sourceText);
    }
}

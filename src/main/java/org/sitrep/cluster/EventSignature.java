package org.sitrep.cluster;

import java.util.Set;

/**
 * What the store compares when it puts events of one story into event clusters: type, who, where and when.
 * Reports of the same story that code the same type and share an actor, the place or the day (or month) are one
 * real-world event; a date or a country that contradicts keeps them apart (two raids of one story on different days).
 *
 * @param plover    PLOVER type
 * @param actors    names the source and target go by (text, entity names and aliases), lower-cased; not actor codes,
 *                  which whole countries share ("USA")
 * @param place     the place's name, lower-cased, or null
 * @param date      TIMEX3-style date ("2019-11-18", "2019-11"), or null
 * @param countries ISO codes of where it happens
 */
public record EventSignature(String plover, Set<String> actors, String place, String date, Set<String> countries) {

    public EventSignature {
        actors = Set.copyOf(actors);
        countries = Set.copyOf(countries);
    }

    public boolean sameEvent(EventSignature o) {
        if (plover == null || !plover.equals(o.plover)) return false;
        if (date != null && o.date != null && !(date.startsWith(o.date) || o.date.startsWith(date))) return false;
        if (!countries.isEmpty() && !o.countries.isEmpty() && countries.stream().noneMatch(o.countries::contains)) return false;
        // a shared date is evidence only at day or month precision: "2016" says nothing of which event
        return actors.stream().anyMatch(o.actors::contains)
                || (place != null && place.equals(o.place))
                || (date != null && date.length() >= 7 && date.equals(o.date));
    }
}

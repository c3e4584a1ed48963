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
 * @param reported  publication day of the report ("2019-11-19"), or null: what dates an event the text leaves undated
 */
public record EventSignature(String plover, Set<String> actors, String place, String date, Set<String> countries, String reported) {

    /**
     * Days between the reports of two undated events beyond which they are not one event: news reports what happened
     * in the last few days, so two undated SUPPORT events by one senator reported a week apart are two statements.
     */
    static final int UNDATED_WINDOW_DAYS = 3;

    public EventSignature {
        actors = Set.copyOf(actors);
        countries = Set.copyOf(countries);
    }

    public EventSignature(String plover, Set<String> actors, String place, String date, Set<String> countries) {
        this(plover, actors, place, date, countries, null);
    }

    public boolean sameEvent(EventSignature o) {
        if (plover == null || !plover.equals(o.plover)) return false;
        if (date != null && o.date != null && !(date.startsWith(o.date) || o.date.startsWith(date))) return false;
        if (date == null && o.date == null && reportsApart(reported, o.reported)) return false;
        if (!countries.isEmpty() && !o.countries.isEmpty() && countries.stream().noneMatch(o.countries::contains)) return false;
        // a shared date is evidence only at day or month precision: "2016" says nothing of which event
        return actors.stream().anyMatch(o.actors::contains)
                || (place != null && place.equals(o.place))
                || (date != null && date.length() >= 7 && date.equals(o.date));
    }

    private static boolean reportsApart(String a, String b) {
        if (a == null || b == null || a.length() < 10 || b.length() < 10) return false;
        try {
            long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a.substring(0, 10)), java.time.LocalDate.parse(b.substring(0, 10)));
            return Math.abs(days) > UNDATED_WINDOW_DAYS;
        } catch (java.time.format.DateTimeParseException e) {
            return false; // a publication date sitrep could not read says nothing either way
        }
    }
}

package org.sitrep.store;

import java.util.List;

/**
 * What to find. Every list filter matches any of its values; an empty list or null does not filter. A query with
 * an event filter (actors, types, modalities, countries, near) or {@code events} returns events; otherwise articles.
 *
 * @param text       full-text words (all must occur in the title or text); null for none
 * @param actors     names, aliases or actor codes of an event's source or target (case-insensitive)
 * @param types      PLOVER event types (ASSAULT, PROTEST, …)
 * @param modalities happened, planned, threatened, …
 * @param countries  ISO 3166 alpha-2 codes where the event happens
 * @param since      earliest date (yyyy-MM-dd), inclusive: the event's date, else the article's publication date
 * @param until      latest date, inclusive
 * @param outlets    publishers (case-insensitive)
 * @param near       centre and radius of a circle the event's place must lie in, or null
 * @param limit      most hits returned
 * @param duplicates include articles that are copies of an earlier one (they are hidden by default: one story, one hit)
 * @param events     return events even without an event filter
 */
public record Query(String text, List<String> actors, List<String> types, List<String> modalities, List<String> countries,
                    String since, String until, List<String> outlets, Near near, int limit, boolean duplicates, boolean events) {

    public Query {
        actors = List.copyOf(actors);
        types = List.copyOf(types);
        modalities = List.copyOf(modalities);
        countries = List.copyOf(countries);
        outlets = List.copyOf(outlets);
        if (limit < 0) throw new IllegalArgumentException("limit must not be negative");
    }

    /** A circle on the earth. */
    public record Near(double lat, double lon, double radiusKm) {
        public Near {
            if (lat < -90 || lat > 90 || lon < -180 || lon > 180) throw new IllegalArgumentException("latitude/longitude out of range");
            if (!(radiusKm > 0)) throw new IllegalArgumentException("radius must be positive");
        }
    }

    public static Query text(String text) {
        return new Query(text, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, 20, false, false);
    }

    public static Query allEvents() {
        return new Query(null, List.of(), List.of(), List.of(), List.of(), null, null, List.of(), null, 0, false, true);
    }

    public boolean wantsEvents() {
        return events || !actors.isEmpty() || !types.isEmpty() || !modalities.isEmpty() || !countries.isEmpty() || near != null;
    }

    public Query withLimit(int n) { return new Query(text, actors, types, modalities, countries, since, until, outlets, near, n, duplicates, events); }

    public Query withEvents(boolean e) { return new Query(text, actors, types, modalities, countries, since, until, outlets, near, limit, duplicates, e); }

    public Query withDuplicates(boolean d) { return new Query(text, actors, types, modalities, countries, since, until, outlets, near, limit, d, events); }
}

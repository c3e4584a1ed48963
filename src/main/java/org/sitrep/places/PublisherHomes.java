package org.sitrep.places;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.model.Article;
import org.sitrep.model.Place;

/**
 * Where each publisher is at home, learnt from the places of its stories: a local paper's "Dublin" is the Dublin near
 * it, which its stories of other days have named together with their state. This is the "local lexicon" of Lieberman,
 * Samet and Sankaranarayanan (ICDE 2010), reduced to one first-order division per publisher. Immutable; the analysis
 * of one article reads it as a given, like the gazetteer, and the store learns it from what it holds.
 */
public final class PublisherHomes {

    /** A publisher's home division: country (ISO2) and first-order division code, null when only the country is known. */
    public record Home(String country, String admin1) {}

    /** No publisher's home known: every story is read on its own. */
    public static final PublisherHomes NONE = new PublisherHomes(Map.of());

    /** One story is no pattern: a home needs at least two stories of the publisher. */
    static final int MIN_STORIES = 2;

    private final Map<String, Home> homes;

    public PublisherHomes(Map<String, Home> homes) { this.homes = Map.copyOf(homes); }

    /**
     * The home of the article's publisher: the division its stored stories name, else the country of its site's
     * country-code domain (a ".co.uk" paper's "Lancaster" is the English one), else null.
     */
    public Home of(Article article) {
        String key = key(article.publisher(), article.url());
        Home learnt = key == null ? null : homes.get(key);
        return learnt != null ? learnt : Sites.country(Sites.host(article.publisher(), article.url()));
    }

    /** As {@link #of}, for a publisher known only by its site's host name (the evaluation corpora). */
    public static Home ofSite(Home learnt, String host) { return learnt != null ? learnt : Sites.country(Sites.host(host, null)); }

    /** The letters of a publisher's name and site that may carry its town's name ("theparisnews"), or null. */
    public static String masthead(String publisher, String url) { return Sites.masthead(publisher, url); }

    public int size() { return homes.size(); }

    /** Who published a story: its publisher's name, else its site's host name without "www."; null when neither is known. */
    public static String key(String publisher, String url) {
        if (publisher != null && !publisher.isBlank()) return publisher.strip().toLowerCase(Locale.ROOT);
        return Sites.host(null, url);
    }

    /** The division a place of this precision lies in, or null for a country, region or a place without one. */
    public static Home divisionOf(String country, String admin1, String precision) {
        if (country == null || admin1 == null) return null;
        boolean local = GeoName.Kind.CITY.precision.equals(precision) || GeoName.Kind.ADMIN2.precision.equals(precision)
                || GeoName.Kind.ADMIN1.precision.equals(precision);
        return local ? new Home(country, admin1) : null;
    }

    /** The divisions of a story's resolved places, each once. */
    public static Set<Home> divisionsOf(Collection<GeoName> places) {
        Set<Home> out = new java.util.HashSet<>();
        for (GeoName g : places) {
            Home h = g == null ? null : divisionOf(g.country(), g.admin1(), g.kind().precision);
            if (h != null) out.add(h);
        }
        return out;
    }

    /** The divisions of a reading's places, each once. */
    public static Set<Home> divisionsOfPlaces(Collection<Place> places) {
        Set<Home> out = new java.util.HashSet<>();
        for (Place p : places) {
            Home h = divisionOf(p.country(), p.admin1(), p.precision());
            if (h != null) out.add(h);
        }
        return out;
    }

    /**
     * The division that more than half of the stories (each given as the divisions it names a place in) name, or
     * null when there are fewer than two stories or no majority.
     */
    public static Home majority(List<Set<Home>> stories) {
        if (stories.size() < MIN_STORIES) return null;
        Map<Home, Integer> votes = new HashMap<>();
        for (Set<Home> story : stories) for (Home h : story) votes.merge(h, 1, Integer::sum);
        Home best = null;
        int top = 0;
        for (Map.Entry<Home, Integer> e : votes.entrySet()) {
            // ties go to the smaller code, so that the same stories always give the same home
            if (e.getValue() > top || e.getValue() == top && best != null && compare(e.getKey(), best) < 0) {
                top = e.getValue();
                best = e.getKey();
            }
        }
        return top * 2 > stories.size() ? best : null;
    }

    /** Homes of every publisher with a majority division, from each publisher's stories. */
    public static PublisherHomes learn(Map<String, List<Set<Home>>> storiesByPublisher) {
        Map<String, Home> homes = new HashMap<>();
        storiesByPublisher.forEach((publisher, stories) -> {
            Home h = majority(stories);
            if (h != null) homes.put(publisher, h);
        });
        return new PublisherHomes(homes);
    }

    private static int compare(Home a, Home b) {
        int c = a.country().compareTo(b.country());
        return c != 0 ? c : a.admin1().compareTo(b.admin1());
    }
}

package org.sitrep.watch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sitrep.store.Query;

/**
 * A named filter over events. Every list matches any of its values; an empty list does not filter (as in
 * {@link Query}).
 *
 * @param name       letters, digits, '.', '_' and '-' (it is part of the feed's URL)
 * @param actors     names, aliases or actor codes of an event's source or target
 * @param types      PLOVER types
 * @param modalities happened, planned, threatened, ...
 * @param countries  ISO 3166 alpha-2 codes
 * @param near       a circle the event's place must lie in, or null
 * @param outlets    publishers
 * @param minSources the least number of independent sources of the event's story (its cluster). It applies to events
 *                   whose cluster has counts; an event without a cluster does not match a rule with a minimum above 1.
 *                   0 or 1: no minimum.
 * @param webhook    an http(s) URL each new match is POSTed to as JSON, or null
 */
public record WatchRule(String name, List<String> actors, List<String> types, List<String> modalities, List<String> countries,
                        Query.Near near, List<String> outlets, int minSources, String webhook) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public WatchRule {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a rule name is 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit, not '" + name + "'");
        }
        actors = clean(actors);
        types = clean(types).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        modalities = clean(modalities).stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        countries = clean(countries).stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
        outlets = clean(outlets);
        if (minSources < 0) throw new IllegalArgumentException("the minimum of independent sources must not be negative");
        if (webhook != null) checkWebhook(webhook);
        if (actors.isEmpty() && types.isEmpty() && modalities.isEmpty() && countries.isEmpty() && near == null && outlets.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one filter (--actor, --type, --modality, --country, --near or --outlet)");
        }
    }

    /**
     * A rule from the values a user typed: {@code near} as "LAT,LON" (or null) and {@code radius} as "100" or "100km"
     * (default 50, as for {@code sitrep search}). {@code sitrep watch add} and {@code POST /api/watch} both build rules
     * here, so they accept and refuse the same things with the same reasons (an {@link IllegalArgumentException}).
     */
    public static WatchRule of(String name, List<String> actors, List<String> types, List<String> modalities, List<String> countries,
                               String near, String radius, List<String> outlets, int minSources, String webhook) {
        Query.Near circle = null;
        boolean hasRadius = radius != null && !radius.isBlank();
        if (near != null && !near.isBlank()) {
            String[] p = near.split(",");
            if (p.length != 2) throw new IllegalArgumentException("near must be LAT,LON, e.g. 37.06,37.38, not '" + near + "'");
            try {
                double km = hasRadius ? Double.parseDouble(radius.strip().toLowerCase(Locale.ROOT).replaceFirst("\\s*km$", "")) : 50;
                circle = new Query.Near(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), km);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("near must be LAT,LON and radius a number of km, e.g. near 37.06,37.38 radius 100km");
            }
        } else if (hasRadius) {
            throw new IllegalArgumentException("radius needs near LAT,LON");
        }
        return new WatchRule(name, actors, types, modalities, countries, circle, outlets, minSources, webhook == null || webhook.isBlank() ? null : webhook.strip());
    }

    /** The store query this rule runs: the same as {@code sitrep search --events} with the rule's options. */
    public Query query() {
        return new Query(null, actors, types, modalities, countries, null, null, outlets, near, 0, false, true);
    }

    /** Refuses anything but an absolute http or https URL with a host: no file:, no jar:, no relative paths. */
    static void checkWebhook(String url) {
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("--webhook is not a URL: " + url);
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("--webhook must be an http:// or https:// URL with a host (and no user:password), not " + url);
        }
    }

    private static List<String> clean(List<String> values) {
        if (values == null) return List.of();
        return values.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }
}

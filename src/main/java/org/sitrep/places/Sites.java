package org.sitrep.places;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * What a publisher's site says about where it is: the country of a country-code domain and the words of its masthead
 * ("athensreview.com", "The Paris News"), since local papers are named after their towns.
 */
final class Sites {
    private Sites() {}

    // Country codes sold as generic names (".io", ".tv", ".co"): they say nothing about where a site is
    private static final Set<String> GENERIC = Set.of("io", "tv", "me", "ly", "co", "fm", "ai", "am", "to", "cc", "ws", "nu",
            "gg", "la", "so", "tk", "ml", "ga", "cf", "gq", "eu", "su", "ac", "vc", "gl", "st", "sh");
    private static final Set<String> ALIASES_UK = Set.of("uk");
    /** A masthead word shorter than this is too likely to be part of another word ("rome" in "chromecast"). */
    static final int MIN_MASTHEAD_NAME = 4;

    /** The host of the article's site: its URL's, else the publisher when that is itself a host name; lowercase, or null. */
    static String host(String publisher, String url) {
        if (url != null && !url.isBlank()) {
            try {
                String h = URI.create(url.strip()).getHost();
                if (h != null) return h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            } catch (IllegalArgumentException e) {
                // not a URL: fall back on the publisher
            }
        }
        if (publisher != null && publisher.strip().matches("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+")) return publisher.strip().toLowerCase(Locale.ROOT);
        return null;
    }

    /** The home country of a site under a country-code domain (".ca", ".co.uk"), or null. */
    static PublisherHomes.Home country(String host) {
        if (host == null) return null;
        String tld = host.substring(host.lastIndexOf('.') + 1);
        if (tld.length() != 2 || GENERIC.contains(tld)) return null;
        String iso = ALIASES_UK.contains(tld) ? "GB" : tld.toUpperCase(Locale.ROOT);
        return new PublisherHomes.Home(iso, null);
    }

    /** The letters of the publisher's name and of its host without the domain ending: "athensreview" for athensreview.com. */
    static String masthead(String publisher, String url) {
        StringBuilder b = new StringBuilder();
        String host = host(publisher, url);
        if (host != null) b.append(host.replaceFirst("(\\.(co|com|org|net|gov|ac))?\\.[a-z]+$", "")).append(' ');
        if (publisher != null && !publisher.equals(host)) b.append(publisher);
        String letters = b.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return letters.isEmpty() ? null : letters;
    }

    /** Whether the masthead carries this place name (a key of {@link Names}), as "theparisnews" carries "paris". */
    static boolean carries(String masthead, String nameKey) {
        if (masthead == null) return false;
        String letters = nameKey.replaceAll("[^a-z]", "");
        return letters.length() >= MIN_MASTHEAD_NAME && masthead.contains(letters);
    }
}

package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * Streets and roads ("North Nokomis Street", "West 11th Street"), parks, rivers, lakes and townships ("Griffith Park",
 * "Kanawha River", "Lake Lanier", "Jackson Township"): local news places its events on them, and neither the tagger
 * nor a gazetteer of populated places knows them. Each is found by its name and its generic word, and pinned to the
 * town the text puts it in, at the town's point: the map is no finer than a town, but the name stays as the evidence.
 */
final class LocalPlaces {
    private static final Set<String> STREET_WORDS = Set.of("Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Drive",
            "Boulevard", "Blvd.", "Highway", "Hwy.", "Lane", "Parkway", "Pkwy.", "Pike", "Trail", "Bypass", "Turnpike");
    // streets that stand for an institution, not a place
    private static final Set<String> METONYMS = Set.of("wall street", "downing street", "fleet street", "harley street",
            "madison avenue", "pennsylvania avenue", "sesame street");
    private static final Set<String> FEATURE_WORDS = Set.of("River", "Creek", "Lake", "Park", "Township", "Valley",
            "Wilderness", "Forest", "Canyon", "Reservoir", "Dam", "Springs");
    private static final Set<String> FEATURE_PREFIXES = Set.of("Lake", "Mount", "Mt.");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final int LONGEST_NAME = 4;

    private LocalPlaces() {}

    /**
     * The streets and local features of a text, outside people's names. Streets take precedence over gazetteer names
     * inside them ("Nokomis" in "North Nokomis Street"); features are only added where no other place was found.
     */
    static List<ToponymFinder.Found> find(Annotated a, List<int[]> people) {
        List<Token> tokens = a.tokens();
        String text = a.text();
        List<ToponymFinder.Found> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token word = tokens.get(i);
            boolean street = STREET_WORDS.contains(word.word());
            int first = i, last = i;
            if (FEATURE_PREFIXES.contains(word.word()) && followedByName(tokens, i)) { // "Lake Lanier", "Mount Hood"
                while (last + 1 < tokens.size() && last - i < LONGEST_NAME && tokens.get(last + 1).isCapitalized()
                        && namePart(tokens.get(last), tokens.get(last + 1), word)) last++;
            } else if (street || FEATURE_WORDS.contains(word.word())) {
                if (followedByName(tokens, i)) continue; // "the S.C. Highway Patrol", "Main Street Bank"
                while (first > 0 && i - first < LONGEST_NAME && namePart(tokens.get(first - 1), tokens.get(first), word)) first--;
            }
            if (first == last || !anyName(tokens, first, last)) continue;
            int start = tokens.get(first).start(), end = tokens.get(last).end();
            String name = text.substring(start, end);
            if (METONYMS.contains(name.toLowerCase(Locale.ROOT)) || ToponymFinder.inside(start, end, people)) continue;
            out.add(new ToponymFinder.Found(name, start, end, word.sentence(), null, null, false,
                    street ? GeoName.Kind.STREET : GeoName.Kind.FEATURE));
            i = last;
        }
        return out;
    }

    private static boolean followedByName(List<Token> tokens, int i) {
        Token word = tokens.get(i);
        if (i + 1 >= tokens.size()) return false;
        Token next = tokens.get(i + 1);
        return next.sentence() == word.sentence() && next.isCapitalized() && next.start() == word.end() + 1;
    }

    /**
     * A street or feature at the point of its town: the nearest town named before it in its sentence, else after,
     * else the dateline's, else (for a street) the text's most named town; null when there is none.
     */
    static GeoName place(ToponymFinder.Found street, List<ToponymFinder.Found> found, List<GeoName> resolved) {
        GeoName before = null, after = null, dateline = null;
        Map<GeoName, Integer> counts = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            GeoName g = resolved.get(i);
            ToponymFinder.Found f = found.get(i);
            if (g == null || f.local() != null || g.kind() != GeoName.Kind.CITY && g.kind() != GeoName.Kind.ADMIN2) continue;
            counts.merge(g, 1, Integer::sum);
            if (f.dateline()) dateline = g;
            if (f.sentence() != street.sentence()) continue;
            if (f.end() <= street.start()) before = g;
            else if (after == null && f.start() >= street.end()) after = g;
        }
        GeoName town = before != null ? before : after != null ? after : dateline;
        // a river or a mountain may lie far from the story's town: only a street is placed by the town alone
        if (town == null && street.local() == GeoName.Kind.STREET) town = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
        if (town == null) return null;
        return new GeoName(0, street.text(), street.local(), street.local() == GeoName.Kind.STREET ? "STRT" : "LCL", town.country(), town.admin1(), town.lat(), town.lon(), 0);
    }

    /**
     * Whether two adjacent tokens of the generic word's sentence belong to one name: the one that is not the generic
     * word is a capitalised word, a number or an ordinal ("11th"), not a determiner, preposition or conjunction.
     */
    private static boolean namePart(Token t, Token next, Token generic) {
        if (t.sentence() != generic.sentence() || next.sentence() != generic.sentence() || t.end() + 1 != next.start()) return false;
        Token name = t == generic ? next : t;
        if ("DT".equals(name.pos()) || "IN".equals(name.pos()) || "CC".equals(name.pos())) return false;
        return name.isCapitalized() || name.isNumber() || ORDINAL.matcher(name.word()).matches();
    }

    /** A capitalised word among the tokens from..to other than the generic word itself. */
    private static boolean anyName(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            String w = tokens.get(i).word();
            if (tokens.get(i).isCapitalized() && !STREET_WORDS.contains(w) && !FEATURE_WORDS.contains(w) && !FEATURE_PREFIXES.contains(w)) return true;
        }
        return false;
    }
}

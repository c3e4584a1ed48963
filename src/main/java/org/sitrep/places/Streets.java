package org.sitrep.places;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * Streets and roads ("North Nokomis Street", "Darling Avenue", "West 11th Street"): local news places its events on
 * them, and neither the tagger nor a GeoNames gazetteer knows them. A street is found by its name and its street
 * word, and pinned to the town the text puts it in, at the town's point: the map is no finer than a town, but the
 * street stays as the evidence.
 */
final class Streets {
    private static final Set<String> STREET_WORDS = Set.of("Street", "St.", "Road", "Rd.", "Avenue", "Ave.", "Drive",
            "Boulevard", "Blvd.", "Highway", "Hwy.", "Lane", "Parkway", "Pkwy.", "Pike", "Trail", "Bypass", "Turnpike");
    // streets that stand for an institution, not a place
    private static final Set<String> METONYMS = Set.of("wall street", "downing street", "fleet street", "harley street",
            "madison avenue", "pennsylvania avenue", "sesame street");
    private static final int LONGEST_NAME = 4;

    private Streets() {}

    /** The street names of a text, outside people's names. */
    static List<ToponymFinder.Found> find(Annotated a, List<int[]> people) {
        List<Token> tokens = a.tokens();
        String text = a.text();
        List<ToponymFinder.Found> out = new ArrayList<>();
        for (int i = 1; i < tokens.size(); i++) {
            Token word = tokens.get(i);
            if (!STREET_WORDS.contains(word.word())) continue;
            if (i + 1 < tokens.size() && tokens.get(i + 1).sentence() == word.sentence() && tokens.get(i + 1).isCapitalized()
                    && tokens.get(i + 1).start() == word.end() + 1) continue; // "the S.C. Highway Patrol", "Main Street Bank"
            int first = i;
            while (first > 0 && i - first < LONGEST_NAME && namePart(tokens.get(first - 1), tokens.get(first), word)) first--;
            if (first == i) continue;
            int start = tokens.get(first).start(), end = word.end();
            String name = text.substring(start, end);
            if (METONYMS.contains(name.toLowerCase(Locale.ROOT)) || ToponymFinder.inside(start, end, people)) continue;
            if (!anyName(tokens, first, i)) continue;
            out.add(new ToponymFinder.Found(name, start, end, word.sentence(), null, null, false, true));
        }
        return out;
    }

    /** The town a street is in: the nearest town named before it in its sentence, else after, else the text's main town. */
    static GeoName town(ToponymFinder.Found street, List<ToponymFinder.Found> found, List<GeoName> resolved) {
        GeoName before = null, after = null, dateline = null;
        java.util.Map<GeoName, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            GeoName g = resolved.get(i);
            ToponymFinder.Found f = found.get(i);
            if (g == null || f.street() || g.kind() != GeoName.Kind.CITY && g.kind() != GeoName.Kind.ADMIN2) continue;
            counts.merge(g, 1, Integer::sum);
            if (f.dateline()) dateline = g;
            if (f.sentence() != street.sentence()) continue;
            if (f.end() <= street.start()) before = g;
            else if (after == null && f.start() >= street.end()) after = g;
        }
        GeoName town = before != null ? before : after != null ? after : dateline;
        if (town == null) town = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
        if (town == null) return null;
        return new GeoName(0, street.text(), GeoName.Kind.STREET, "STRT", town.country(), town.admin1(), town.lat(), town.lon(), 0);
    }

    /** A capitalised word, a number or an ordinal ("11th") right before the next word, in the same sentence. */
    private static boolean namePart(Token t, Token next, Token streetWord) {
        if (t.sentence() != streetWord.sentence() || t.end() + 1 != next.start()) return false;
        if ("DT".equals(t.pos()) || "IN".equals(t.pos()) || "CC".equals(t.pos())) return false;
        return t.isCapitalized() || t.isNumber() || t.word().matches("\\d+(st|nd|rd|th)");
    }

    private static boolean anyName(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) if (tokens.get(i).isCapitalized()) return true;
        return false;
    }
}

package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.entities.Lexicon;

/**
 * Chooses the gazetteer entry each toponym of one text stands for. A name's candidates are scored by
 * population and kind (countries and capitals first), then by context: a division or country written next to it
 * ("Paris, Texas", "the southern Turkish city of Gaziantep") and the countries and divisions of the text's other
 * places (a story about Cottonport and Avoyelles is in Louisiana). One sense per name per text.
 */
public final class Resolver {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}.'’-]*");
    private static final double LOCAL_COUNTRY = 4, LOCAL_ADMIN1 = 5, GLOBAL_COUNTRY = 3, GLOBAL_ADMIN1 = 2.5;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon = Lexicon.standard();

    public Resolver(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** A span of the text to resolve; hint is a country (ISO2) known from elsewhere (an entity), or null. */
    public record Toponym(String text, int start, int end, String hint) {}

    /** The entry for each toponym, in order; null where the gazetteer knows no such name. */
    public List<GeoName> resolve(String text, List<Toponym> toponyms, List<String> contextCountries) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            String key = Names.key(strip(t.text()));
            Group g = groups.computeIfAbsent(key, k -> new Group(k, candidates(t.text())));
            g.localCountry.addAll(localCountries(text, t));
            g.localAdmin1.addAll(localAdmin1(text, t));
            if (t.hint() != null) g.localCountry.add(t.hint());
        }
        Map<String, Double> countries = new HashMap<>(), admins = new HashMap<>();
        for (String c : contextCountries) countries.merge(c, 1.0, Double::sum);
        for (int pass = 0; pass < 2; pass++) {
            for (Group g : groups.values()) g.choose(countries, admins, pass == 0 ? 0 : groups.size() - 1);
            countries.clear();
            admins.clear();
            for (String c : contextCountries) countries.merge(c, 1.0, Double::sum);
            for (Group g : groups.values()) {
                if (g.best == null || g.best.kind() == GeoName.Kind.REGION) continue;
                countries.merge(g.best.country(), 1.0, Double::sum);
                if (g.best.admin1() != null && g.best.kind() != GeoName.Kind.COUNTRY)
                    admins.merge(g.best.country() + "." + g.best.admin1(), 1.0, Double::sum);
            }
        }
        List<GeoName> out = new ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) out.add(groups.get(Names.key(strip(t.text()))).best);
        return out;
    }

    /** Candidates for a name: the gazetteer's, else a country the entity lexicon knows by another name ("Britain"). */
    List<GeoName> candidates(String surface) {
        String name = strip(surface);
        List<GeoName> found = gazetteer.lookup(name);
        if (found.isEmpty()) {
            Lexicon.Country c = lexicon.country(name);
            GeoName g = c == null ? null : gazetteer.country(c.iso2());
            if (g != null) found = List.of(g);
        }
        return found;
    }

    static String strip(String surface) {
        String s = surface.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) s = s.substring(4);
        if (s.endsWith("'s") || s.endsWith("’s")) s = s.substring(0, s.length() - 2);
        return s;
    }

    /** Countries named just before ("Turkish city of X", "in Iraq's X") or just after ("X, Syria") the toponym. */
    private List<String> localCountries(String text, Toponym t) {
        List<String> out = new ArrayList<>();
        for (String w : wordsBefore(text, t.start(), 6)) {
            GeoName c = gazetteer.countryOfDemonym(w);
            if (c == null) {
                Lexicon.Country lc = lexicon.countryOfDemonym(w);
                if (lc == null) lc = lexicon.country(strip(w));
                if (lc != null) c = gazetteer.country(lc.iso2());
            }
            if (c != null) out.add(c.country());
        }
        for (GeoName g : after(text, t.end())) if (g.kind() == GeoName.Kind.COUNTRY) out.add(g.country());
        return out;
    }

    /** Divisions written right after the toponym: "Paris, Texas", "Cottonport, La.". */
    private List<String> localAdmin1(String text, Toponym t) {
        List<String> out = new ArrayList<>();
        for (GeoName g : after(text, t.end())) if (g.kind() == GeoName.Kind.ADMIN1) out.add(g.country() + "." + g.admin1());
        return out;
    }

    private List<GeoName> after(String text, int end) {
        int i = end;
        if (i >= text.length() || text.charAt(i) != ',') return List.of();
        i++;
        while (i < text.length() && text.charAt(i) == ' ') i++;
        Matcher m = Pattern.compile("\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2}").matcher(text).region(i, Math.min(text.length(), i + 40));
        if (!m.lookingAt()) return List.of();
        String phrase = m.group();
        List<GeoName> out = new ArrayList<>();
        // the longest prefix that names a division or country: "New York City" is not a state, "New York" is
        for (String p = phrase; !p.isEmpty(); p = p.contains(" ") ? p.substring(0, p.lastIndexOf(' ')) : "") {
            GeoName state = UsStates.byAbbreviation(p);
            if (state == null) {
                for (GeoName g : candidates(p)) if (g.kind() == GeoName.Kind.ADMIN1 || g.kind() == GeoName.Kind.COUNTRY) out.add(g);
            } else {
                out.add(gazetteer.admin1("US", state.admin1()));
            }
            if (!out.isEmpty()) break;
        }
        out.removeIf(g -> g == null);
        return out;
    }

    private static List<String> wordsBefore(String text, int start, int n) {
        int from = Math.max(0, start - 60);
        String window = text.substring(from, start);
        int cut = Math.max(window.lastIndexOf('.'), Math.max(window.lastIndexOf('\n'), window.lastIndexOf(';')));
        if (cut >= 0) window = window.substring(cut + 1);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(window);
        while (m.find()) words.add(m.group());
        return words.subList(Math.max(0, words.size() - n), words.size());
    }

    private static final class Group {
        final String key;
        final List<GeoName> candidates;
        final List<String> localCountry = new ArrayList<>(), localAdmin1 = new ArrayList<>();
        GeoName best;

        Group(String key, List<GeoName> candidates) {
            this.key = key;
            this.candidates = candidates;
        }

        void choose(Map<String, Double> countries, Map<String, Double> admins, int others) {
            double top = Double.NEGATIVE_INFINITY;
            for (GeoName g : candidates) {
                double s = prior(g, key);
                if (g.country() != null && localCountry.contains(g.country())) s += LOCAL_COUNTRY;
                if (g.admin1() != null && localAdmin1.contains(g.country() + "." + g.admin1())) s += LOCAL_ADMIN1;
                if (others > 0 && g.country() != null) {
                    double own = best != null && best.country() != null && best.country().equals(g.country()) ? 1 : 0;
                    s += GLOBAL_COUNTRY * Math.max(0, countries.getOrDefault(g.country(), 0.0) - own) / others;
                    String a = g.country() + "." + g.admin1();
                    double ownA = best != null && a.equals(best.country() + "." + best.admin1()) ? 1 : 0;
                    if (g.admin1() != null) s += GLOBAL_ADMIN1 * Math.max(0, admins.getOrDefault(a, 0.0) - ownA) / others;
                } else if (g.country() != null && countries.containsKey(g.country())) {
                    s += GLOBAL_COUNTRY / 2;
                }
                if (s > top) { top = s; best = g; }
            }
        }
    }

    /** What a name most likely means with no context: big places, countries and capitals, the feature's own name. */
    static double prior(GeoName g, String key) {
        double s = Math.log10(g.population() + 10);
        s += switch (g.kind()) {
            case COUNTRY -> 3.5;
            case REGION -> 9;
            case ADMIN1 -> 0;
            case ADMIN2 -> key.endsWith(" county") || key.endsWith(" parish") || key.endsWith(" district") ? 4 : -1;
            case CITY -> switch (g.fcode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 1.0;
                case "PPLX" -> -1.5;
                default -> 0.5;
            };
        };
        if (Names.key(g.name()).equals(key)) s += 0.7;
        return s;
    }
}

package org.sitrep.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final Pattern ARTICLE = Pattern.compile("(?:al|el) ");
    // Members of the Arab League, and Western Sahara
    private static final Set<String> ARABIC_COUNTRIES = Set.of("DZ", "BH", "KM", "DJ", "EG", "IQ", "JO",
            "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE", "YE", "EH");
    private static final double LOCAL_COUNTRY = 4, LOCAL_ADMIN1 = 5, GLOBAL_COUNTRY = 3, GLOBAL_ADMIN1 = 2.5, NEAR = 3, COHERE = 2;
    // The publisher's home division weighs as much as the story's own places in it would: it stands in for the
    // context a local paper leaves unsaid ("Dublin" in a Columbus paper)
    private static final double HOME_ADMIN1 = GLOBAL_ADMIN1, HOME_COUNTRY = 1;

    private final Gazetteer gazetteer;
    private final Lexicon lexicon = Lexicon.standard();

    public Resolver(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** A span of the text to resolve; hint is a country (ISO2) known from elsewhere (an entity), or null. */
    public record Toponym(String text, int start, int end, String hint) {}

    /** The entry for each toponym, in order; null where the gazetteer knows no such name. */
    public List<GeoName> resolve(String text, List<Toponym> toponyms, List<String> contextCountries) {
        return resolve(text, toponyms, contextCountries, null, null);
    }

    /**
     * As above, with the publisher's home (or null) as a weak clue for the names the story leaves open, and the
     * letters of its masthead (or null; {@link Sites#masthead}): a name the masthead carries is the home's town of
     * that name, as if the story had written its division next to it ("Jordan" in jordannews.com, at home in Minnesota).
     */
    public List<GeoName> resolve(String text, List<Toponym> toponyms, List<String> contextCountries, PublisherHomes.Home home, String masthead) {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            String key = Names.key(strip(t.text()));
            Group g = groups.computeIfAbsent(key, k -> new Group(k, candidates(t.text())));
            g.localCountry.addAll(localCountries(text, t));
            g.localAdmin1.addAll(localAdmin1(text, t));
            if (t.hint() != null) g.localCountry.add(t.hint());
            if (home != null && Sites.carries(masthead, key)) {
                g.localCountry.add(home.country());
                if (home.admin1() != null) g.localAdmin1.add(home.country() + "." + home.admin1());
            }
        }
        Map<String, Double> countries = new HashMap<>(), admins = new HashMap<>();
        for (String c : contextCountries) countries.merge(c, 1.0, Double::sum);
        List<GeoName> points = new ArrayList<>();
        cohere(new ArrayList<>(groups.values()));
        for (int pass = 0; pass < 3; pass++) {
            for (Group g : groups.values()) g.choose(countries, admins, points, home);
            countries.clear();
            admins.clear();
            points.clear();
            for (String c : contextCountries) countries.merge(c, 1.0, Double::sum);
            for (Group g : groups.values()) {
                if (g.best == null || g.best.kind() == GeoName.Kind.REGION) continue;
                countries.merge(g.best.country(), 1.0, Double::sum);
                if (g.best.kind() == GeoName.Kind.COUNTRY) continue;
                points.add(g.best);
                if (g.best.admin1() != null) admins.merge(g.best.country() + "." + g.best.admin1(), 1.0, Double::sum);
            }
        }
        List<GeoName> out = new ArrayList<>(toponyms.size());
        for (Toponym t : toponyms) out.add(groups.get(Names.key(strip(t.text()))).best);
        return out;
    }

    /**
     * Candidates for a name: a US state's abbreviation ("W.Va."), else the gazetteer's entries plus the country
     * the entity lexicon knows by that name ("America", "Britain") or nationality ("Palestinians").
     */
    public List<GeoName> candidates(String surface) {
        String name = strip(surface);
        GeoName state = UsStates.byAbbreviation(name.replace(" ", ""));
        if (state != null) {
            GeoName g = gazetteer.admin1(state.country(), state.admin1());
            return g == null ? List.of() : List.of(g);
        }
        List<GeoName> found = new ArrayList<>(gazetteer.lookup(CITY_SHORT_FORMS.getOrDefault(name, name)));
        if (found.isEmpty()) found.addAll(withOrWithoutArticle(name));
        if (found.isEmpty()) found.addAll(unabbreviated(name));
        GeoName country = countryNamed(name);
        if (found.isEmpty() && country == null) found.addAll(continentOf(name));
        if (found.isEmpty() && country == null) found.addAll(ofResidents(name));
        if (country != null && !found.contains(country)) found.add(country);
        // "Mexico" is the country, not Mexico City, which is also called so: a country by its own name keeps only
        // the places that bear that name as their own
        String key = Names.key(name);
        if (found.stream().anyMatch(g -> g.kind() == GeoName.Kind.COUNTRY && Names.key(g.name()).equals(key)))
            found.removeIf(g -> g.kind() != GeoName.Kind.COUNTRY && !Names.key(g.name()).equals(key));
        return found;
    }

    /**
     * Arabic place names are written with or without their article ("Hasakah", "al-Hasakah"), and GeoNames keeps
     * one form or the other: a name it does not know is looked up in the other form, in Arabic-speaking countries only
     * (elsewhere "Al" is no article).
     */
    private List<GeoName> withOrWithoutArticle(String name) {
        String key = Names.key(name);
        Matcher m = ARTICLE.matcher(key);
        String other = m.lookingAt() ? key.substring(m.end()) : key.isEmpty() || key.indexOf(' ') >= 0 ? "" : "al " + key;
        if (other.isEmpty()) return List.of();
        List<GeoName> out = new ArrayList<>();
        for (GeoName g : gazetteer.lookupKey(other)) if (ARABIC_COUNTRIES.contains(g.country())) out.add(g);
        return out;
    }

    private static final Pattern ABBREVIATED = Pattern.compile("\\b(St|Ste|Mt|Ft)\\.? |^([NSEW])\\. | (Co)\\.$");
    private static final Map<String, String> UNABBREVIATED = Map.of("St", "Saint", "Ste", "Sainte", "Mt", "Mount", "Ft", "Fort",
            "N", "North", "S", "South", "E", "East", "W", "West", "Co", "County");
    // Short forms news uses for a few cities, which GeoNames does not list among their names
    private static final Map<String, String> CITY_SHORT_FORMS = Map.of("L.A.", "Los Angeles", "NYC", "New York City", "N.Y.C.", "New York City");

    /**
     * "St. Kitts and Nevis", "Ft. Myers", "W. Columbia", "Loudon Co.": GeoNames writes Saint, Mount, Fort, the
     * compass points and County out where the news abbreviates.
     */
    private List<GeoName> unabbreviated(String name) {
        String full = unabbreviate(name);
        return full.equals(name) ? List.of() : gazetteer.lookup(full);
    }

    /** The name with St., Ste., Mt., Ft., a leading compass point (N., W.) and a closing Co. written out. */
    static String unabbreviate(String name) {
        Matcher m = ABBREVIATED.matcher(name);
        if (!m.find()) return name;
        return m.replaceAll(r -> r.group(1) != null ? UNABBREVIATED.get(r.group(1)) + " "
                : r.group(2) != null ? UNABBREVIATED.get(r.group(2)) + " " : " " + UNABBREVIATED.get(r.group(3)));
    }

    private static final Map<String, String> CONTINENT_ADJECTIVES = Map.of("European", "Europe", "African", "Africa", "Asian", "Asia",
            "Middle Eastern", "Middle East", "Latin American", "Latin America", "South American", "South America",
            "North American", "North America");

    /** "European", "African": an adjective of a continent or world region, as the region. */
    private List<GeoName> continentOf(String name) {
        String region = CONTINENT_ADJECTIVES.get(name.endsWith("s") ? name.substring(0, name.length() - 1) : name);
        return region == null ? List.of() : gazetteer.lookup(region).stream().filter(g -> g.kind() == GeoName.Kind.REGION).toList();
    }

    private static final List<String> RESIDENTS = List.of("ites", "ite", "ers", "er", "ans", "an", "ns", "n", "i");

    /**
     * "Ohioans", "Ontarians", "Texan", "Richmondites", "New Londoners", "Dagestani": the people of a division or
     * city that has no demonym in the gazetteer, read back to the place; only divisions and cities of 50,000 or more,
     * since a rarer stem is more likely a surname.
     */
    private List<GeoName> ofResidents(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) return List.of();
        for (String suffix : RESIDENTS) {
            if (!name.endsWith(suffix) || name.length() < suffix.length() + 3) continue;
            String stem = name.substring(0, name.length() - suffix.length());
            for (String candidate : List.of(stem, stem + "a", stem + "o", stem + "s")) {
                String key = Names.key(candidate);
                List<GeoName> found = gazetteer.lookup(candidate).stream()
                        .filter(g -> Names.key(g.name()).equals(key))
                        .filter(g -> g.kind() == GeoName.Kind.ADMIN1 || g.kind() == GeoName.Kind.CITY && g.population() >= 50_000)
                        .toList();
                if (!found.isEmpty()) return found;
            }
        }
        return List.of();
    }

    private GeoName countryNamed(String name) {
        Lexicon.Country c = lexicon.country(name);
        if (c == null) c = lexicon.countryOfDemonym(name);
        if (c == null && name.endsWith("s")) c = lexicon.countryOfDemonym(name.substring(0, name.length() - 1));
        if (c != null) return gazetteer.country(c.iso2());
        GeoName g = gazetteer.countryOfDemonym(name);
        return g != null || !name.endsWith("s") ? g : gazetteer.countryOfDemonym(name.substring(0, name.length() - 1));
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
                out.add(gazetteer.admin1(state.country(), state.admin1()));
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
        final Map<GeoName, Double> coherence = new HashMap<>();
        GeoName best;

        Group(String key, List<GeoName> candidates) {
            this.key = key;
            this.candidates = candidates;
        }

        void choose(Map<String, Double> countries, Map<String, Double> admins, List<GeoName> points, PublisherHomes.Home home) {
            double top = Double.NEGATIVE_INFINITY;
            GeoName previous = best;
            // "Oklahoma" is the state, not Oklahoma, Pennsylvania (CLIFF's mistake): a town far smaller than the
            // state or country of the same name needs its own division or country written next to it
            long dominant = 0;
            for (GeoName g : candidates)
                if ((g.kind() == GeoName.Kind.ADMIN1 || g.kind() == GeoName.Kind.COUNTRY) && Names.key(g.name()).equals(key))
                    dominant = Math.max(dominant, g.population());
            for (GeoName g : candidates) {
                boolean town = g.kind() == GeoName.Kind.CITY || g.kind() == GeoName.Kind.ADMIN2;
                if (town && g.population() * 20 < dominant && !localCountry.contains(g.country())
                        && !localAdmin1.contains(g.country() + "." + g.admin1())) continue;
                double s = prior(g, key);
                if (g.country() != null && localCountry.contains(g.country())) s += LOCAL_COUNTRY;
                if (g.admin1() != null && localAdmin1.contains(g.country() + "." + g.admin1())) s += LOCAL_ADMIN1;
                if (g.country() != null) {
                    double own = previous != null && g.country().equals(previous.country()) ? 1 : 0;
                    s += GLOBAL_COUNTRY * Math.min(1, (countries.getOrDefault(g.country(), 0.0) - own) / 2);
                    if (g.admin1() != null && g.kind() != GeoName.Kind.COUNTRY) {
                        String a = g.country() + "." + g.admin1();
                        double ownA = previous != null && a.equals(previous.country() + "." + previous.admin1()) ? 1 : 0;
                        s += GLOBAL_ADMIN1 * Math.min(1, (admins.getOrDefault(a, 0.0) - ownA) / 2);
                    }
                }
                if (g.kind() == GeoName.Kind.CITY || g.kind() == GeoName.Kind.ADMIN2) s += proximity(g, points, previous);
                s += coherence.getOrDefault(g, 0.0);
                if (home != null && home.country().equals(g.country()) && g.kind() != GeoName.Kind.COUNTRY)
                    s += home.admin1() != null && home.admin1().equals(g.admin1()) ? HOME_ADMIN1 : HOME_COUNTRY;
                if (s > top) { top = s; best = g; }
            }
        }
    }

    /**
     * "Paris" and "Henry County" in one story are Paris and Henry County, Tennessee: each candidate earns a bonus for
     * every other name of the text that has a candidate close to it. Any place of that name counts (a small
     * Paris as much as the big one), places known by it only as another name less.
     */
    private static void cohere(List<Group> groups) {
        List<List<GeoName>> local = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (Group g : groups) {
            List<GeoName> c = g.candidates.stream().filter(x -> x.kind() != GeoName.Kind.COUNTRY && x.kind() != GeoName.Kind.REGION)
                    .sorted((a, b) -> Double.compare(prior(b, g.key), prior(a, g.key))).limit(40).toList();
            double[] w = new double[c.size()];
            for (int i = 0; i < w.length; i++) w[i] = Names.key(c.get(i).name()).equals(g.key) ? 1 : 0.3;
            local.add(c);
            weights.add(w);
        }
        for (int a = 0; a < groups.size(); a++) {
            for (GeoName c : local.get(a)) {
                double bonus = 0;
                for (int b = 0; b < groups.size(); b++) {
                    if (b == a) continue;
                    double best = 0;
                    List<GeoName> other = local.get(b);
                    for (int i = 0; i < other.size(); i++) {
                        double d = km(c.lat(), c.lon(), other.get(i).lat(), other.get(i).lon());
                        double f = d < 30 ? 1 : d < 100 ? 0.6 : d < 300 ? 0.25 : 0;
                        best = Math.max(best, f * weights.get(b)[i]);
                    }
                    bonus += best;
                }
                groups.get(a).coherence.put(c, COHERE * Math.min(2, bonus));
            }
        }
    }

    /** Local stories name places near each other: a bonus for a candidate close to another place of the text. */
    private static double proximity(GeoName g, List<GeoName> points, GeoName self) {
        double nearest = Double.MAX_VALUE;
        for (GeoName p : points) {
            if (p == self || p == g) continue;
            nearest = Math.min(nearest, km(g.lat(), g.lon(), p.lat(), p.lon()));
        }
        return nearest < 50 ? NEAR : nearest < 200 ? NEAR * 0.7 : nearest < 500 ? NEAR * 0.3 : 0;
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2), dl = Math.toRadians(lon2 - lon1);
        double h = Math.pow(Math.sin((p2 - p1) / 2), 2) + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(dl / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** What a name most likely means with no context: big places, countries and capitals, the feature's own name. */
    static double prior(GeoName g, String key) {
        double s = Math.log10(g.population() + 10);
        s += switch (g.kind()) {
            case COUNTRY -> 3.5;
            case REGION -> 9;
            case ADMIN1, STREET, FEATURE -> 0;
            case ADMIN2 -> key.endsWith(" county") || key.endsWith(" parish") || key.endsWith(" district") ? 4 : -1;
            case CITY -> switch (g.fcode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 1.0;
                case "PPLX" -> -1.5;
                default -> 0.5;
            };
        };
        if (Names.key(g.name()).equals(key)) s += 1.5; // a place's own name over another place's old or foreign one
        return s;
    }
}

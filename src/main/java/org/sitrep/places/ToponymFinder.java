package org.sitrep.places;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.entities.Lexicon;
import org.sitrep.model.Article;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/**
 * Finds the place names of an article: GPE and LOCATION entities (not metonymy, not media), the dateline, and
 * gazetteer names the statistical NER missed ("SULAIMANI", "Gaziantep", transliterations), taken only when
 * they are clearly places: a country, division or region, a large city, or a town after a locative preposition.
 */
final class ToponymFinder {
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern",
            "western", "northwest", "northeast", "southwest", "southeast", "northwestern", "northeastern",
            "southwestern", "southeastern", "central", "north-west", "north-east", "south-west", "south-east");
    // Prepositions that put a lone name in a place; "from" and "to" also take people ("a letter from Henderson")
    private static final Set<String> IN_PLACE = Set.of("in", "near", "outside", "across", "throughout");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "to", "into", "outside", "across",
            "toward", "towards", "through", "of", "around", "throughout", "via");
    private static final Set<String> NOT_PLACES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "god", "president", "mayor", "governor", "police",
            "sheriff", "court", "city", "county", "state", "university", "college", "school", "church", "hospital",
            "center", "centre", "department", "office", "council", "congress", "senate", "house", "street", "road",
            "avenue", "park", "lake", "river", "mount", "union", "republic", "national", "federal", "general",
            "christian", "islam", "central", "north", "south", "east", "west", "new", "saint", "st", "northeast", "northwest",
            "southeast", "southwest", "northern", "southern", "eastern", "western", "metro", "man", "story", "lot", "muslim", "the", "a", "an", "mr", "mrs", "ms", "dr", "said", "says", "we", "i", "he",
            "she", "it", "they", "this", "that", "there", "here", "but", "and", "or", "if", "as", "after", "before");
    private static final Pattern MULTI_DOT_STATE = Pattern.compile("\\p{Lu}\\.\\p{Lu}\\p{Ll}?\\.");
    private static final Pattern DATELINE_PLACE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*(?:[ -]\\p{Lu}[\\p{L}'’.-]*)*");

    /** A place name in the text; entity is the id of the entity it came from, hint a country known for it. */
    /** local: a street or feature ({@link LocalPlaces}), placed at its town's point; null for a gazetteer name. */
    record Found(String text, int start, int end, int sentence, String entity, String hint, boolean dateline, GeoName.Kind local,
                 boolean nationality) {
        Found(String text, int start, int end, int sentence, String entity, String hint, boolean dateline) {
            this(text, start, end, sentence, entity, hint, dateline, null, false);
        }

        Found(String text, int start, int end, int sentence, String entity, String hint, boolean dateline, GeoName.Kind local) {
            this(text, start, end, sentence, entity, hint, dateline, local, false);
        }
    }

    /** The country a nationality word names ("Turkish", "Palestinians"), or null. */
    private String nationality(String word) {
        GeoName c = gazetteer.countryOfDemonym(word);
        if (c != null) return c.country();
        Lexicon.Country lc = lexicon.countryOfDemonym(word);
        if (lc == null && word.endsWith("s")) lc = lexicon.countryOfDemonym(word.substring(0, word.length() - 1));
        return lc == null ? null : lc.iso2();
    }

    /**
     * "Egyptian troops", "Cypriot officials", "the Cypriot government": a group the tagger took for an organisation and
     * the actor coder codes by its nationality. Its nationality word is a mention of the country, as in "Turkish
     * officials"; a proper name that opens with one ("American Electric Power", "the Russian Museum") is not.
     */
    private Found nationalityOpening(Mention m, String entity) {
        String[] words = m.text().split(" ");
        for (int k = 1; k < words.length; k++) if (words[k].isEmpty() || !Character.isLowerCase(words[k].charAt(0))) return null;
        String of = nationality(words[0]);
        return of == null ? null : new Found(words[0], m.start(), m.start() + words[0].length(), m.sentence(), entity, of, false, null, true);
    }

    private final Gazetteer gazetteer;
    private final Resolver resolver;
    private final Lexicon lexicon = Lexicon.standard();

    ToponymFinder(Gazetteer gazetteer, Resolver resolver) {
        this.gazetteer = gazetteer;
        this.resolver = resolver;
    }

    List<Found> find(Article article, Annotated a, List<Entity> entities) {
        String text = a.text();
        List<Found> out = new ArrayList<>();
        List<int[]> people = new ArrayList<>(), organisations = new ArrayList<>(), blocked = new ArrayList<>();
        for (Entity e : entities) {
            boolean place = e.type().equals("GPE") || e.type().equals("LOCATION");
            String metonym = metonym(e.note());
            Lexicon.Country country = place ? lexicon.country(e.name()) : null;
            for (Mention m : e.mentions()) {
                int[] span = {m.start(), m.end()};
                if (!place) {
                    if (e.type().equals("PERSON")) people.add(span);
                    else if (e.type().equals("ORGANIZATION")) {
                        organisations.add(span);
                        Found of = nationalityOpening(m, e.id());
                        if (of != null) out.add(of);
                    }
                    else {
                        String of = nationality(m.text()); // "Turkish officials": a mention of Turkey, never its role
                        if (of != null) out.add(new Found(m.text(), m.start(), m.end(), m.sentence(), e.id(), of, false, null, true));
                        else blocked.add(span); // other groups: "Democrats", "Muslims"
                    }
                    continue;
                }
                if (m.text().equals(metonym) || lexicon.isMedia(m.text())) { blocked.add(span); continue; }
                int start = extendByCompass(text, m.start(), m.end());
                // "Education Minnesota", "the Minnesota House": no such place, but the scan finds the place inside
                if (resolver.candidates(text.substring(start, m.end())).isEmpty()) { organisations.add(span); continue; }
                out.add(new Found(text.substring(start, m.end()), start, m.end(), m.sentence(), e.id(),
                        country == null ? null : country.iso2(), false));
            }
        }
        Article.Dateline d = article.dateline();
        if (d != null) {
            Matcher m = DATELINE_PLACE.matcher(text).region(d.start(), d.end());
            if (m.lookingAt() && !gazetteer.lookup(m.group()).isEmpty()) {
                out.removeIf(f -> f.start() < m.end() && m.start() < f.end());
                out.add(new Found(m.group(), m.start(), m.end(), 0, null, null, true));
            }
        }
        People named = People.of(text, people);
        scan(a, out, named, organisations, blocked);
        List<Found> local = LocalPlaces.find(a, people);
        List<Found> streets = local.stream().filter(f -> f.local() == GeoName.Kind.STREET).toList();
        out.removeIf(f -> covered(streets, f.start(), f.end())); // "Nokomis" in "North Nokomis Street"
        out.addAll(streets);
        for (Found f : local) if (f.local() != GeoName.Kind.STREET && !covered(out, f.start(), f.end())) out.add(f);
        repeat(a, out, named, organisations, blocked);
        out.sort(Comparator.comparingInt(Found::start));
        return out;
    }

    /**
     * One sense per text: a name taken for a place once is that place wherever else the text writes it as a proper
     * noun ("Paris and Henry County ... Paris history", "A DeKalb man ... DeKalb police") and the tagger or the scan's
     * caution left it out; not in a person's name, a nationality, an organisation's other than a town's institution
     * ("DeKalb Police", not "DeKalb Genetics"), nor at the end of a longer proper name ("Mayor John Manchester").
     * Shouted and lower-case names ("NICE", "turkey") are not repeated.
     */
    private void repeat(Annotated a, List<Found> out, People people, List<int[]> organisations, List<int[]> blocked) {
        String text = a.text();
        List<Token> tokens = a.tokens();
        Set<String> names = new java.util.LinkedHashSet<>();
        for (Found f : out) {
            if (f.local() != null || f.nationality()) continue;
            String n = f.text();
            boolean mixedCase = !n.equals(n.toUpperCase(Locale.ROOT)) && Character.isUpperCase(n.charAt(0));
            if (mixedCase && n.indexOf('.') < 0 && (!people.words().contains(n) || people.lone().contains(n))) names.add(n);
        }
        List<Found> more = new ArrayList<>();
        for (String name : names) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if (covered(out, at, end) || covered(more, at, end) || inside(at, end, blocked)) continue;
                if (inside(at, end, people.spans()) && !people.lone().contains(name)) continue;
                int first = tokenStartingAt(tokens, at);
                if (first < 0) continue; // part of a word
                int last = first;
                while (last < tokens.size() && tokens.get(last).end() < end) last++;
                if (last == tokens.size() || tokens.get(last).end() != end) continue;
                if (partOfLongerName(tokens, first)) continue;
                String next = last + 1 < tokens.size() ? tokens.get(last + 1).word().toLowerCase(Locale.ROOT) : "";
                if (inside(at, end, organisations) && !(opens(at, end, organisations) && CIVIC.contains(next))) continue;
                more.add(new Found(name, at, end, tokens.get(first).sentence(), null, null, false));
            }
        }
        out.addAll(more);
    }

    /**
     * The text's person names: their spans; every word of them (one sense per text: a word used in a person's name,
     * "Mary Lodge", is not a town elsewhere in the story); and the lone ones, names the tagger took for a person only
     * ever alone, never inside a longer name ("Erie", "Henderson" in a story that names no Mr. Henderson). A lone name
     * after "in" is the town ("the series in Erie"), and then the town wherever the story repeats it.
     */
    private record People(List<int[]> spans, Set<String> words, Set<String> lone) {
        static People of(String text, List<int[]> spans) {
            Set<String> words = new java.util.HashSet<>(), alone = new java.util.HashSet<>(), inLonger = new java.util.HashSet<>();
            for (int[] p : spans) {
                String[] w = text.substring(p[0], p[1]).split("\\s+");
                words.addAll(List.of(w));
                if (w.length == 1) alone.add(w[0]);
                else inLonger.addAll(List.of(w));
            }
            alone.removeAll(inLonger);
            return new People(spans, words, alone);
        }
    }

    /**
     * A capitalised proper noun right before: "Mayor John Manchester" is a man. A proper noun after is allowed, since
     * a town opens the names of its institutions ("Logan Elementary", "East Bank Middle School", "DeKalb Police").
     */
    private static boolean partOfLongerName(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        if (first == 0) return false;
        Token before = tokens.get(first - 1);
        return before.sentence() == t.sentence() && before.end() == t.start() - 1 && before.isCapitalized() && before.pos().startsWith("NNP");
    }

    /** The index of the token that starts at offset, or -1 when none does (the name is part of a word). */
    private static int tokenStartingAt(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = tokens.get(mid).start();
            if (s == offset) return mid;
            if (s < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    /** The quoted name in an entity note saying it is metonymy ("'Washington' stands for ... (metonymy)"). */
    static String metonym(String note) {
        if (note == null || !note.contains("metonymy")) return null;
        int q = note.indexOf('\'');
        int r = q < 0 ? -1 : note.indexOf('\'', q + 1);
        return r > q ? note.substring(q + 1, r) : null;
    }

    /** "northwest Africa": a compass word before a name joins it when the whole is a gazetteer name. */
    private int extendByCompass(String text, int start, int stop) {
        int i = start - 1;
        while (i > 0 && text.charAt(i) == ' ') i--;
        int j = i;
        while (j >= 0 && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '-')) j--;
        String word = text.substring(j + 1, i + 1);
        if (!COMPASS.contains(word.toLowerCase(Locale.ROOT))) return start;
        String phrase = text.substring(j + 1, stop);
        return gazetteer.lookup(phrase).stream().anyMatch(g -> g.kind() == GeoName.Kind.REGION) ? j + 1 : start;
    }

    /** Gazetteer names among capitalised proper nouns that no entity covers. */
    private void scan(Annotated a, List<Found> out, People people, List<int[]> organisations, List<int[]> blocked) {
        List<Token> tokens = a.tokens();
        String text = a.text();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean opening = i == 0 || tokens.get(i - 1).sentence() != t.sentence() || text.charAt(Math.max(0, t.start() - 1)) == '\n';
            if (inside(t.start(), t.end(), blocked) || covered(out, t.start(), t.end())) continue;
            int abbreviation = stateAbbreviation(tokens, i, text);
            if (abbreviation > 0) { // "Charleston, W.Va.", whatever the tagger made of it
                out.add(new Found(text.substring(t.start(), abbreviation), t.start(), abbreviation, t.sentence(), null, null, false));
                continue;
            }
            if (!proper(t, opening)) continue;
            for (int n = Math.min(4, tokens.size() - i); n >= 1; n--) {
                Token last = tokens.get(i + n - 1);
                if (last.sentence() != t.sentence() || !proper(last, opening)) continue;
                String phrase = text.substring(t.start(), last.end());
                if (n == 1 && NOT_PLACES.contains(phrase.toLowerCase(Locale.ROOT))) break;
                if (covered(out, t.start(), last.end())) continue;
                List<GeoName> found = gazetteer.lookup(phrase);
                if (found.isEmpty()) continue;
                String before = i > 0 && tokens.get(i - 1).sentence() == t.sentence() ? tokens.get(i - 1).word().toLowerCase(Locale.ROOT) : "";
                // inside a person's name only a division can be a place ("Henry County" mistaken for a person);
                // inside an organisation's, a division or a city that opens it ("Baltimore Police Department")
                Within within = inside(t.start(), last.end(), people.spans()) ? Within.PERSON
                        : inside(t.start(), last.end(), organisations) ? (opens(t.start(), last.end(), organisations) ? Within.ORGANISATION_START : Within.ORGANISATION)
                        : n == 1 && people.words().contains(phrase) ? Within.PERSON : Within.NONE;
                String next = i + n < tokens.size() && tokens.get(i + n).sentence() == t.sentence() ? tokens.get(i + n).word().toLowerCase(Locale.ROOT) : "";
                if (within == Within.ORGANISATION_START && CIVIC.contains(next)) within = Within.CIVIC;
                // "the series in Erie": a name only ever tagged alone as a person, inside a place preposition
                if (within == Within.PERSON && n == 1 && people.lone().contains(phrase) && IN_PLACE.contains(before) && !next.equals("'s") && !next.equals("’s"))
                    within = Within.NONE;
                if (clearPlace(found, LOCATIVE.contains(before), within, phrase)) {
                    out.add(new Found(phrase, t.start(), last.end(), t.sentence(), null, null, false));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /**
     * The end of an AP state abbreviation after "Town, " at token i, or -1. The tokenizer may split off its final period
     * when a sentence could end there ("CHARLESTON, W.Va. --" gives "W.Va" and "."), and may tag it as anything.
     */
    private static int stateAbbreviation(List<Token> tokens, int i, String text) {
        Token t = tokens.get(i);
        if (MULTI_DOT_STATE.matcher(t.word()).matches() && UsStates.byAbbreviation(t.word()) != null && !t.word().equals("B.C.")) {
            return t.end(); // "W.Va. Democrat", "the S.C. Highway Patrol": two-letter dotted forms name nothing else
        }
        if (i == 0 || !tokens.get(i - 1).word().equals(",")) return -1;
        if (UsStates.byAbbreviation(t.word()) != null) return t.end();
        if (i + 1 < tokens.size() && t.end() < text.length() && text.charAt(t.end()) == '.' && UsStates.byAbbreviation(t.word() + ".") != null) {
            return t.end() + 1;
        }
        return -1;
    }

    /** A town's own institutions: "DeKalb Police", "Henderson City Council" are in DeKalb and Henderson. */
    private static final Set<String> CIVIC = Set.of("police", "sheriff", "sheriff's", "fire", "city", "county", "council", "township",
            "village", "borough", "municipal", "schools", "school", "elementary", "district", "public", "library", "mayor", "chamber", "transit", "housing");

    private enum Within { NONE, PERSON, ORGANISATION, ORGANISATION_START, CIVIC }

    /**
     * The phrase opens an organisation name ("Baltimore Police") or is the whole of it: local news NER often takes a
     * town for an organisation ("Richmond", "Shiloh"); requiring a longer name was tried and lost 4 points of recall
     * on LGL for a little precision ("Toyota").
     */
    private static boolean opens(int start, int end, List<int[]> spans) {
        for (int[] s : spans) if (s[0] == start && s[1] >= end) return true;
        return false;
    }

    private static boolean clearPlace(List<GeoName> found, boolean afterPreposition, Within within, String phrase) {
        long biggestCity = 0, biggestOwnName = 0;
        boolean division = false;
        String key = Names.key(phrase), fullKey = Names.key(Resolver.unabbreviate(phrase));
        for (GeoName g : found) {
            String own = Names.key(g.name());
            boolean ownName = own.equals(key) || own.equals(fullKey);
            switch (g.kind()) {
                case COUNTRY, REGION -> { if (within != Within.PERSON) return true; division = true; }
                case ADMIN1 -> division |= ownName;
                case ADMIN2 -> division |= ownName && key.contains(" ");
                case CITY -> {
                    biggestCity = Math.max(biggestCity, g.population());
                    if (ownName) biggestOwnName = Math.max(biggestOwnName, g.population());
                }
            }
        }
        if (within == Within.PERSON) return division && key.contains(" "); // "Henry County", not "Mary"
        if (division) return true;
        if (within == Within.ORGANISATION) return false;
        // a town in an organisation's name goes by its own name: "Hamas" is an old name of Hamm, but not there
        if (within == Within.ORGANISATION_START) return biggestOwnName >= 50_000;
        if (within == Within.CIVIC) return biggestOwnName >= 1_000;
        return biggestCity >= 100_000 || afterPreposition && biggestCity >= 1_000;
    }

    /**
     * A proper noun; an all-capital word only where a dateline stands (opening a line or sentence: "SULAIMANI —"), but
     * an abbreviation with dots ("U.S.", "S.C.") is no shouting.
     */
    private static boolean proper(Token t, boolean lineStart) {
        boolean caps = t.word().length() > 2 && t.word().equals(t.word().toUpperCase(Locale.ROOT)) && t.word().indexOf('.') < 0;
        if (caps) return lineStart;
        return t.isCapitalized() && t.pos().startsWith("NNP");
    }

    static boolean inside(int start, int end, List<int[]> spans) {
        for (int[] s : spans) if (s[0] <= start && end <= s[1]) return true;
        return false;
    }

    private static boolean covered(List<Found> found, int start, int end) {
        for (Found f : found) if (f.start() < end && start < f.end()) return true;
        return false;
    }
}

package org.sitrep.entities;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * Repairs the statistical tagger where it splits or misses a multi-word name the actor registry knows: "Islamic"
 * (MISC) + "State" (untagged) becomes "Islamic State", "Syrian" (NORP) + "Democratic Forces" (MISC) becomes
 * "Syrian Democratic Forces". Only organisations, armed groups and international bodies are looked for (registry
 * kinds curated, nonstate, international): the national and country kinds are mostly people and places, which the
 * tagger and the place stage handle, and generic agent phrases are no names. A name the tagger found whole, or
 * inside a longer name it found ("Islamic State of Iraq and the Levant"), is left as it is.
 *
 * <p>It runs on every article, so the text is not cut into n-grams: a word can open a known name only if its hash is
 * in a bit set of the names' first words, and only then are the few spans starting there keyed and looked up.
 */
final class RegistryNames {

    private static final Set<String> KINDS = Set.of("curated", "nonstate", "international");
    private static final int MAX_TOKENS = 8; // "Islamic State of Iraq and the Levant" is 7
    // Words that may sit inside a name but neither open nor close it; "'s" and "'" of "People's", "Workers'".
    private static final Set<String> JOINERS = Set.of("of", "the", "for", "and", "de", "&", "al", "el", "-", "'s", "'", "’s", "’");
    private static final int HASH_BITS = 1 << 20;
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    // Words that end an organisation's name beyond the mention finder's office heads ("Gates Foundation", "Warsaw Treaty Organization")
    private static final Set<String> MORE_ORG_HEADS = Set.of("foundation", "fund", "association", "society", "watch", "network",
            "alliance", "federation", "congress", "assembly", "league", "trust", "international", "program", "programme", "pact");

    /** A known name at tokens [first, end) of the text. */
    record Match(int first, int end, ActorRegistry.Actor actor) {}

    private final Map<String, ActorRegistry.Actor> names = new HashMap<>();
    private final BitSet firstWords = new BitSet(HASH_BITS);

    private static final class Holder {
        static final RegistryNames STANDARD = new RegistryNames(ActorRegistry.standard(), Lexicon.standard());
    }

    /** Over the shipped registry (built on first use; immutable afterwards, so shared by all threads). */
    static RegistryNames standard() { return Holder.STANDARD; }

    RegistryNames(ActorRegistry registry, Lexicon lex) {
        registry.forEachName((key, actors) -> {
            int space = key.indexOf(' ');
            if (space < 0) return;
            ActorRegistry.Actor actor = null;
            for (ActorRegistry.Actor a : actors) if (KINDS.contains(a.kind())) { actor = a; break; }
            if (actor == null || !usable(key, lex)) return;
            names.put(key, actor);
            String first = key.substring(0, space);
            firstWords.set(first.hashCode() & (HASH_BITS - 1));
            // "People's" is keyed "peoples" but tokenised "People" + "'s"
            if (first.length() > 2 && first.endsWith("s")) firstWords.set(first.substring(0, first.length() - 1).hashCode() & (HASH_BITS - 1));
        });
    }

    /**
     * Dictionary aliases that open or close with a title ("World Bank President", "General Lord Ismay") would swallow
     * the office of a person named next to them, a country is the country stage's, and a group named like a day
     * ("Black Friday") is, in the news, the day; none is looked for.
     */
    private static boolean usable(String key, Lexicon lex) {
        String[] words = key.split(" ");
        String first = words[0], last = words[words.length - 1];
        return words.length <= MAX_TOKENS && !WEEKDAYS.contains(last) && !isTitle(first, lex) && !isTitle(last, lex)
                && lex.country(key) == null && !JOINERS.contains(first) && !JOINERS.contains(last);
    }

    private static boolean isTitle(String word, Lexicon lex) {
        for (Lexicon.Title t : lex.titlesStartingWith(word)) if (t.tokens().size() == 1) return true;
        return false;
    }

    /** Known names in the text from offset {@code skipBefore} on, longest first at each word, left to right, not overlapping. */
    List<Match> matches(Annotated a, int skipBefore) {
        List<Token> toks = a.tokens();
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < skipBefore || !opens(t) || !firstWords.get(firstWordHash(t.word()) & (HASH_BITS - 1))) continue;
            int limit = i + 1;
            while (limit < toks.size() && limit - i < MAX_TOKENS && toks.get(limit).sentence() == t.sentence() && inside(toks.get(limit))) limit++;
            for (int end = limit; end >= i + 2; end--) {
                if (!opens(toks.get(end - 1))) continue; // "May 15" is a date before it is the May 15 Organization
                ActorRegistry.Actor actor = names.get(ActorRegistry.key(a.text().substring(t.start(), toks.get(end - 1).end())));
                if (actor == null) continue;
                out.add(new Match(i, end, actor));
                i = end - 1;
                break;
            }
        }
        return out;
    }

    /**
     * The candidates with each known name put in place of the fragments the tagger made of it: candidates inside the
     * name go, candidates crossing its edge keep their part outside it. A name the tagger saw none of is taken only
     * outside headlines, where capitals say nothing ("New Order" in a title-case line).
     */
    List<Candidate> repair(Annotated a, List<Candidate> in, int skipBefore) {
        List<Match> found = matches(a, skipBefore);
        if (found.isEmpty()) return in;
        List<Candidate> out = new ArrayList<>(in);
        for (Match m : found) {
            List<Candidate> overlapping = new ArrayList<>();
            boolean keep = false;
            for (Candidate c : out) {
                if (!c.overlaps(m.first(), m.end())) continue;
                boolean crosses = c.first() < m.first() || c.end() > m.end();
                // the tagger's own name covers this one, or a crossing country name would lose its meaning when cut
                keep |= c.first() <= m.first() && c.end() >= m.end() || crosses && (c.canonical() != null || c.note() != null);
                overlapping.add(c);
            }
            if (keep || overlapping.isEmpty() && headline(a, m)) continue;
            out.removeAll(overlapping);
            for (Candidate c : overlapping) {
                if (c.first() < m.first()) addPart(a, out, c, c.first(), m.first());
                if (c.end() > m.end()) addPart(a, out, c, m.end(), c.end());
            }
            out.add(candidate(a, m.first(), m.end(), type(m, overlapping, a)));
        }
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return out;
    }

    /**
     * The dictionaries list office holders among international actors, each with the dates of their office ("Ban
     * Ki-moon" IGOUNO from 2007): an entry whose every code is dated is a person, unless its name ends like an
     * organisation's. Other entries are organisations, but for a name the tagger saw only as a person's.
     */
    private static String type(Match m, List<Candidate> overlapping, Annotated a) {
        if (m.actor().kind().equals("curated")) return "ORGANIZATION";
        String last = a.tokens().get(m.end() - 1).word().toLowerCase(Locale.ROOT);
        if (MentionFinder.ORG_HEADS.contains(last) || MORE_ORG_HEADS.contains(last)) return "ORGANIZATION";
        boolean dated = !m.actor().roles().isEmpty();
        for (ActorRegistry.Role r : m.actor().roles()) dated &= r.from() != null || r.to() != null;
        if (dated) return "PERSON";
        for (Candidate c : overlapping) if (!c.type().equals("PERSON")) return "ORGANIZATION";
        return overlapping.isEmpty() ? "ORGANIZATION" : "PERSON";
    }

    /** What is left of a crossing candidate outside the name, trimmed of joiners, if it still opens with a capital. */
    private static void addPart(Annotated a, List<Candidate> out, Candidate c, int from, int to) {
        List<Token> toks = a.tokens();
        while (from < to && !opens(toks.get(from))) from++;
        while (to > from && !opens(toks.get(to - 1))) to--;
        if (from < to) out.add(candidate(a, from, to, c.type()));
    }

    private static Candidate candidate(Annotated a, int from, int to, String type) {
        int start = a.tokens().get(from).start(), stop = a.tokens().get(to - 1).end();
        return new Candidate(from, to, start, stop, a.text().substring(start, stop), type, null, null, List.of(), null);
    }

    /** A word that can open or close a name: capitalised ("State", "SDF") or an Arabic article on one ("al-Sham"). */
    private static boolean opens(Token t) {
        String w = t.word();
        if (JOINERS.contains(w.toLowerCase(Locale.ROOT))) return false;
        if (t.isCapitalized()) return true;
        return w.length() > 3 && (w.startsWith("al-") || w.startsWith("el-")) && Character.isUpperCase(w.charAt(3));
    }

    private static boolean inside(Token t) {
        return opens(t) || t.isNumber() || JOINERS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /**
     * The hash of the word's first key word, as {@link ActorRegistry#key} would write it (lower case, no dots or
     * apostrophes, ending at a hyphen), without building the string: equal to that word's {@link String#hashCode}.
     */
    static int firstWordHash(String word) {
        int h = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == '.' || c == '\'' || c == '\u2019' || c == '`') continue;
            if (c == '-' || c == '_' || c == '(' || Character.isWhitespace(c)) {
                if (h != 0) break;
                continue;
            }
            h = 31 * h + Character.toLowerCase(c);
        }
        return h;
    }

    /** Most words of the sentence that are no names capitalised: a headline in title case or capitals. */
    private static boolean headline(Annotated a, Match m) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(m.first()).sentence();
        int from = m.first(), to = m.end();
        while (from > 0 && toks.get(from - 1).sentence() == sentence) from--;
        while (to < toks.size() && toks.get(to).sentence() == sentence) to++;
        int words = 0, capitals = 0;
        for (int i = from; i < to; i++) {
            String w = toks.get(i).word();
            if (i >= m.first() && i < m.end() || !toks.get(i).ner().equals("O")) continue;
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue; // short function words are lower case in titles too
            words++;
            if (Character.isUpperCase(w.charAt(0))) capitals++;
        }
        return words >= 3 && capitals * 3 > words * 2;
    }
}

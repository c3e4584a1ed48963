package org.sitrep.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * Finds entity mentions and corrects the statistical tagger where news text trips it:
 * <ul>
 *   <li>titles fused into a name ("Head of Iraqi Military Intelligence Saad al-Allaq" tagged as one organisation)
 *       are split into the title, the organisation and the person;</li>
 *   <li>a name written with its acronym ("Islamic State (ISIS)") becomes one organisation even when the tagger
 *       saw only part of it;</li>
 *   <li>nationality + group noun ("Turkish officials") is a group actor; a lone nationality is NORP;</li>
 *   <li>country names and aliases are GPEs, and a capital that acts ("Washington is pushing") stands for its
 *       country's government (metonymy);</li>
 *   <li>a multi-word name the actor registry knows ("Syrian Democratic Forces") is one organisation even when the
 *       tagger split it or missed it ({@link RegistryNames});</li>
 *   <li>a name tagged differently in different sentences takes the type its best evidence supports.</li>
 * </ul>
 */
final class MentionFinder {

    static final Set<String> ORG_HEADS = Set.of("intelligence", "ministry", "forces", "army", "council", "agency",
            "service", "services", "party", "police", "committee", "commission", "bank", "court", "department", "office",
            "authority", "government", "administration", "front", "movement", "union", "organization", "organisation",
            "institute", "university", "company", "group", "command", "guard", "corps", "brigade", "brigades", "directorate");
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the", "de", "al", "el", "&");

    private final Lexicon lex;
    private final RegistryNames known;

    MentionFinder(Lexicon lex) { this(lex, RegistryNames.standard()); }

    MentionFinder(Lexicon lex, RegistryNames known) {
        this.lex = lex;
        this.known = known;
    }

    List<Candidate> find(Annotated a, int skipBefore) {
        List<Token> toks = a.tokens();
        String text = a.text();
        List<Candidate> out = new ArrayList<>();
        Set<String> personNames = personNames(toks, text);
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.start() < skipBefore) continue;
            if (t.ner().equals("O") || t.ner().equals("MISC") && isDemonym(t)) {
                i = groupOrNationality(a, i, out);
                continue;
            }
            int j = i + 1;
            while (j < toks.size() && toks.get(j).ner().equals(t.ner()) && toks.get(j).sentence() == t.sentence()) j++;
            runToCandidates(a, i, j, t.ner(), personNames, out);
            i = j - 1;
        }
        out = known.repair(a, out, skipBefore);
        out = acronyms(a, out);
        out = consistentTypes(out);
        out = attachTitles(a, out);
        return out;
    }

    /** Names tagged PERSON anywhere in the text (lower-cased), for correcting fusions elsewhere. */
    private static Set<String> personNames(List<Token> toks, String text) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < toks.size(); i++) {
            if (!toks.get(i).ner().equals("PERSON")) continue;
            int j = i;
            while (j + 1 < toks.size() && toks.get(j + 1).ner().equals("PERSON")) j++;
            if (j > i) names.add(text.substring(toks.get(i).start(), toks.get(j).end()).toLowerCase(Locale.ROOT));
            i = j;
        }
        return names;
    }

    private boolean isDemonym(Token t) { return lex.countryOfDemonym(t.word()) != null; }

    /** "Turkish officials" → a group actor; "Iraqi" alone → NORP. Returns the last token index consumed. */
    private int groupOrNationality(Annotated a, int i, List<Candidate> out) {
        List<Token> toks = a.tokens();
        Token t = toks.get(i);
        Lexicon.Country c = lex.countryOfDemonym(t.word());
        if (c == null || !t.isCapitalized()) return i;
        for (int len = 2; len >= 1; len--) {
            if (i + len >= toks.size()) continue;
            StringBuilder noun = new StringBuilder();
            for (int k = 1; k <= len; k++) noun.append(k > 1 ? " " : "").append(toks.get(i + k).word());
            String sector = lex.sectorOfGroupNoun(noun.toString());
            if (sector != null && toks.get(i + len).sentence() == t.sentence()) {
                out.add(candidate(a, i, i + len + 1, "ORGANIZATION", null,
                        "a group actor: " + sectorName(sector) + " of " + c.name()));
                return i + len;
            }
        }
        out.add(candidate(a, i, i + 1, "NORP", c.name(), null));
        return i;
    }

    private static String sectorName(String sector) {
        return switch (sector) {
            case "GOV" -> "government";
            case "MIL" -> "armed forces";
            case "COP" -> "police";
            case "LEG" -> "legislature";
            case "JUD" -> "judiciary";
            case "SPY" -> "intelligence services";
            case "REB" -> "armed group";
            case "OPP" -> "opposition";
            default -> "people";
        };
    }

    /** One tagged run may hold a title, an organisation and a person; split it. */
    private void runToCandidates(Annotated a, int i, int j, String ner, Set<String> personNames, List<Candidate> out) {
        List<Token> toks = a.tokens();
        // "As Breitbart News reported": the tagger takes the capitalised word opening the sentence into the name.
        if (j - i > 1 && (i == 0 || toks.get(i - 1).sentence() != toks.get(i).sentence()) && toks.get(i).pos().matches("IN|CC|WRB")) i++;
        // A leading title is not part of the name: "Head of …", "Lt. Gen. …", "President …".
        int k = i;
        while (k < j) {
            int after = titleEnd(toks, k, j);
            if (after == k) break;
            k = after;
        }
        if (k < j && k > i && toks.get(k).word().equalsIgnoreCase("of")) k++;
        if (k >= j) return;
        if (!ner.equals("PERSON")) {
            int split = personSplit(a, k, j, personNames, k > i);
            if (split > k) {
                out.add(typed(a, k, split, ner.equals("MISC") ? "ORGANIZATION" : ner));
                out.add(candidate(a, split, j, "PERSON", null, null));
                return;
            }
        }
        out.add(typed(a, k, j, ner));
    }

    /** Where an organisation run turns into a person's name, or -1: "Iraqi Military Intelligence | Saad al-Allaq". */
    private static int personSplit(Annotated a, int from, int to, Set<String> personNames, boolean afterOffice) {
        List<Token> toks = a.tokens();
        String text = a.text();
        for (int s = from + 1; s < to - 1 + 1; s++) {
            String tail = text.substring(toks.get(s).start(), toks.get(to - 1).end()).toLowerCase(Locale.ROOT);
            if (to - s >= 2 && personNames.contains(tail)) return s;
        }
        if (afterOffice) { // "Head of X Ministry John Smith": the name follows the organisation's head word
            for (int s = to - 2; s > from; s--) {
                if (ORG_HEADS.contains(toks.get(s - 1).word().toLowerCase(Locale.ROOT)) && to - s >= 2 && to - s <= 3) return s;
            }
        }
        return -1;
    }

    /** The token index after a title starting at k (k itself when none starts there). */
    private int titleEnd(List<Token> toks, int k, int limit) {
        for (Lexicon.Title title : lex.titlesStartingWith(toks.get(k).word())) {
            int n = title.tokens().size();
            if (k + n > limit) continue;
            boolean match = true;
            for (int m = 0; m < n && match; m++) match = toks.get(k + m).word().equalsIgnoreCase(title.tokens().get(m));
            if (match) return k + n;
        }
        return k;
    }

    private Candidate typed(Annotated a, int from, int to, String ner) {
        String surface = a.text().substring(a.tokens().get(from).start(), a.tokens().get(to - 1).end());
        Lexicon.Country country = lex.country(surface);
        if (country != null) return candidate(a, from, to, "GPE", country.name(), null);
        if (ner.equals("LOCATION")) {
            Lexicon.Country capitalOf = lex.countryOfCapital(surface);
            if (capitalOf != null && actsAsSubject(a.tokens(), to)) {
                return candidate(a, from, to, "GPE", capitalOf.name(),
                        "'" + surface + "' stands for the government of " + capitalOf.name() + " (metonymy), not the city");
            }
            return candidate(a, from, to, "LOCATION", null, null);
        }
        if (ner.equals("MISC") && to - from == 1 && lex.countryOfDemonym(surface) != null) {
            return candidate(a, from, to, "NORP", lex.countryOfDemonym(surface).name(), null);
        }
        return candidate(a, from, to, ner, null, null);
    }

    /** A place followed by a finite verb acts: "Washington is pushing", "Moscow said". */
    private static boolean actsAsSubject(List<Token> toks, int next) {
        if (next >= toks.size()) return false;
        String pos = toks.get(next).pos();
        return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD");
    }

    private static Candidate candidate(Annotated a, int from, int to, String type, String canonical, String note) {
        List<Token> toks = a.tokens();
        int start = toks.get(from).start(), stop = toks.get(to - 1).end();
        return new Candidate(from, to, start, stop, a.text().substring(start, stop), type, canonical, note, List.of(), null);
    }

    /** "Islamic State (ISIS)": the capitalised name before a parenthesised acronym is one organisation. */
    private List<Candidate> acronyms(Annotated a, List<Candidate> in) {
        List<Token> toks = a.tokens();
        List<Candidate> out = new ArrayList<>(in);
        for (Candidate c : in) {
            int open = c.first() - 1, close = c.end();
            if (c.end() - c.first() != 1 || open < 1 || close >= toks.size()) continue;
            if (!toks.get(open).word().equals("(") || !toks.get(close).word().equals(")")) continue;
            if (!c.text().matches("[A-Z][A-Z0-9&-]{1,9}")) continue;
            int s = open; // walk left over the capitalised name, allowing "of", "and" inside it
            while (s - 1 >= 0 && toks.get(s - 1).sentence() == toks.get(c.first()).sentence()) {
                Token p = toks.get(s - 1);
                boolean cap = p.isCapitalized() && p.pos().startsWith("NNP") || p.isCapitalized() && s == open;
                boolean joiner = NAME_JOINERS.contains(p.word().toLowerCase(Locale.ROOT)) && s < open && s - 2 >= 0 && toks.get(s - 2).isCapitalized();
                if (!(cap || joiner || p.isCapitalized() && lex.countryOfDemonym(p.word()) != null)) break;
                s--;
            }
            while (s < open && NAME_JOINERS.contains(toks.get(s).word().toLowerCase(Locale.ROOT))) s++;
            if (s >= open) continue;
            int from = s;
            out.removeIf(o -> o.overlaps(from, open));
            String type = c.type().equals("PERSON") ? "PERSON" : "ORGANIZATION";
            out.add(candidate(a, from, open, type, null, null));
            out.remove(c);
            out.add(c.withType(type));
        }
        out.sort((x, y) -> Integer.compare(x.first(), y.first()));
        return out;
    }

    /** A name tagged ORGANIZATION in one sentence and PERSON in others is a person (and vice versa, by majority). */
    private static List<Candidate> consistentTypes(List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (Candidate c : in) {
            if (c.canonical() != null || c.note() != null) { out.add(c); continue; }
            long person = in.stream().filter(o -> o.text().equals(c.text()) && o.type().equals("PERSON")).count();
            long org = in.stream().filter(o -> o.text().equals(c.text()) && o.type().equals("ORGANIZATION")).count();
            if (!c.type().equals("PERSON") && person > 0 && person >= org && c.type().matches("ORGANIZATION|MISC|LOCATION")) out.add(c.withType("PERSON"));
            else out.add(c);
        }
        return out;
    }

    /** Titles before a person ("Lt. Gen.", "Head of Iraqi Military Intelligence") and in an appositive after it. */
    private List<Candidate> attachTitles(Annotated a, List<Candidate> in) {
        List<Token> toks = a.tokens();
        String text = a.text();
        List<Candidate> out = new ArrayList<>(in.size());
        for (int idx = 0; idx < in.size(); idx++) {
            Candidate c = in.get(idx);
            if (!c.type().equals("PERSON")) { out.add(c); continue; }
            List<String> titles = new ArrayList<>();
            int k = c.first();
            // Ranks and honorifics directly before the name, possibly several ("Lt. Gen.").
            int rankStart = k;
            for (int back = 1; back <= 4 && k - back >= 0; back++) {
                int from = k - back;
                if (toks.get(from).sentence() != toks.get(k).sentence()) break;
                if (titleEnd(toks, from, k) == k && !lex.titlesStartingWith(toks.get(from).word()).isEmpty()) rankStart = from;
            }
            String titled = null;
            if (rankStart < k) {
                String rank = text.substring(toks.get(rankStart).start(), toks.get(k - 1).end());
                titles.add(rank);
                titled = text.substring(toks.get(rankStart).start(), c.stop());
            }
            // "Head of <ORG> <PERSON>": the office, "of" and the organisation candidate just before.
            Candidate org = idx > 0 ? in.get(idx - 1) : null;
            if (org != null && org.type().equals("ORGANIZATION") && org.end() == rankStart && org.first() >= 2
                    && toks.get(org.first() - 1).word().equalsIgnoreCase("of")) {
                int officeStart = org.first() - 1;
                for (int back = 1; back <= 3 && org.first() - 1 - back >= 0; back++) {
                    int from = org.first() - 1 - back;
                    if (titleEnd(toks, from, org.first() - 1) == org.first() - 1) officeStart = from;
                }
                if (officeStart < org.first() - 1) titles.add(0, text.substring(toks.get(officeStart).start(), org.stop()));
            }
            String appositive = appositiveTitle(a, c.end());
            if (appositive != null) titles.add(appositive);
            out.add(titles.isEmpty() ? c : c.withTitles(titles, titled));
        }
        return out;
    }

    /** "Saad al-Allaq, head of Iraqi military intelligence," → "head of Iraqi military intelligence". */
    private String appositiveTitle(Annotated a, int after) {
        List<Token> toks = a.tokens();
        if (after + 2 >= toks.size() || !toks.get(after).word().equals(",")) return null;
        int s = after + 1, e;
        // "X, the head of Y," or "X, a doctor at the hospital,": an office word, or a determiner and a common noun.
        boolean determiner = Set.of("the", "a", "an").contains(toks.get(s).word().toLowerCase(Locale.ROOT));
        if (determiner) s++;
        boolean office = false, noun = false;
        for (e = s; e < toks.size() && e - s < 9; e++) {
            Token t = toks.get(e);
            if (t.word().equals(",") || t.word().equals(".") || t.pos().startsWith("VB") || t.pos().equals("WP") || t.ner().equals("PERSON")) break;
            office |= lex.isOfficeWord(t.word());
            noun |= t.pos().equals("NN");
        }
        if (!(office || determiner && noun) || e >= toks.size() || !toks.get(e).word().matches("[,.]") || e == s) return null;
        return a.text().substring(toks.get(s).start(), toks.get(e - 1).end());
    }
}

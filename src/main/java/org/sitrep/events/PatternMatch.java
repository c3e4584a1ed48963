package org.sitrep.events;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * Matching a PETRARCH verb pattern around a verb: its right-hand words within a window after the verb (or its particle),
 * its left-hand words within the verb's own clause before it; TABARI stems match their inflections, articles are skipped.
 */
final class PatternMatch {
    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** Tokens after the verb a pattern may reach, and before it. */
    static final int RIGHT_WINDOW = 12, LEFT_WINDOW = 8;

    private PatternMatch() {}

    /** Whether pattern p matches around the verb at token verb whose phrase ends at verbEnd. */
    static boolean matches(List<Token> toks, int verb, int verbEnd, EventLexicon.Pattern p) {
        int at = verbEnd + 1, stop = Math.min(toks.size(), verbEnd + 1 + RIGHT_WINDOW);
        if (!p.specific() && !p.right().isEmpty() && !framePreposition(toks, at, stop, p.right().get(0))) return false;
        for (List<String> slot : p.right()) {
            int found = findSlot(toks, at, stop, slot);
            if (found < 0) return false;
            at = found;
        }
        int from = Math.max(0, verb - LEFT_WINDOW);
        // the words before the verb are its subject's: not across a clause boundary ("… of Croatian Serb refugees, a human
        // rights group protested" is no protest by refugees)
        for (int j = verb - 1; j >= from; j--) {
            String w = TriggerFinder.lower(toks.get(j).word());
            if (w.equals(",") || w.equals(";") || w.equals(":")) {
                from = j + 1;
                break;
            }
        }
        at = from;
        for (List<String> slot : p.left()) {
            int found = findSlot(toks, at, verb, slot);
            if (found < 0) return false;
            at = found;
        }
        return true;
    }

    /**
     * A pattern of function words alone ("WELCOME * TO": host a visit) describes the verb's own frame, verb + object +
     * preposition, so its preposition must be the first one after the verb: in "praised Seoul for its commitment to the
     * alliance" the "to" belongs to "commitment".
     */
    private static boolean framePreposition(List<Token> toks, int from, int to, List<String> slot) {
        if (!slot.stream().allMatch(alt -> PREPOSITIONS.contains(alt.split("_")[0]))) return true; // "* THAT", "* IT": not a frame preposition
        for (int j = from; j < to; j++) {
            String pos = toks.get(j).pos();
            if (!(pos.equals("IN") || pos.equals("TO") || pos.equals("RP"))) continue;
            for (String alt : slot) if (matchWords(toks, j, to, alt.split("_", -1)) >= 0) return true;
            return false;
        }
        return false;
    }

    private static final java.util.Set<String> PREPOSITIONS = java.util.Set.of("to", "for", "in", "on", "of", "at", "with", "by", "from",
            "into", "over", "about", "after", "before", "as", "up", "out", "off", "down", "near", "inside", "across", "during", "under",
            "through", "within", "between", "toward", "towards", "upon", "onto", "around", "behind", "since", "until", "amid", "among",
            "via", "against");

    /** The index after the first match of any alternative of the slot in [from, to), or -1. */
    static int findSlot(List<Token> toks, int from, int to, List<String> slot) {
        for (int j = from; j < to; j++) {
            String p = TriggerFinder.lower(toks.get(j).pos());
            if (p.equals(".") || p.equals(":")) return -1;
            for (String alt : slot) {
                int end = matchWords(toks, j, to, alt.split("_", -1));
                if (end >= 0) return end;
            }
        }
        return -1;
    }

    private static int matchWords(List<Token> toks, int j, int to, String[] words) {
        int k = j;
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.isEmpty()) continue; // a trailing '_' marks the word before as exact
            boolean exact = w + 1 < words.length && words[w + 1].isEmpty();
            while (k < to && w > 0 && ARTICLES.contains(TriggerFinder.lower(toks.get(k).word()))) k++;
            if (k >= to || !wordMatches(toks.get(k), word, exact)) return -1;
            k++;
        }
        return k;
    }

    private static boolean wordMatches(Token t, String word, boolean exact) {
        String w = TriggerFinder.lower(t.word());
        if (w.equals(word) || TriggerFinder.lower(t.lemma()).equals(word)) return true;
        // TABARI stems match as prefixes; only an inflection may follow ("alleg" → "allegations", not "euro" → "european")
        return !exact && word.length() >= 4 && w.startsWith(word) && INFLECTION.matcher(w.substring(word.length())).matches();
    }

    private static final java.util.regex.Pattern INFLECTION =
            java.util.regex.Pattern.compile("(?:e|a|i)?(?:|s|es|ed|d|ing|ings|ion|ions|ation|ations|ment|ments|er|ers|or|ors|ive|y|ies|al|ly)");
}

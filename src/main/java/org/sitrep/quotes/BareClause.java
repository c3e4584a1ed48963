package org.sitrep.quotes;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * A reported clause without "that" that does not start right after its verb: past a time or a short prepositional
 * phrase ("said on Friday he met …", "said in an interview she would …"), or opening with a quantity ("said about half
 * of …", "said nearly all …"); and the tagger's slips that hide its finite verb ("she almost always treated/VBN").
 */
final class BareClause {

    private BareClause() {}

    // Conjunctions the tagger calls prepositions: a clause after them is not the one told ("asked him whether he …").
    private static final Set<String> SUBORDINATORS = Set.of("whether", "if", "because", "since", "although", "though", "while", "as",
            "when", "until", "unless", "after", "before", "once");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "he", "she", "we", "they", "it", "you");
    // Words that open a noun phrase of quantity, which a reported clause may start with ("said about half of voters …").
    private static final Set<String> QUANTITY = Set.of("about", "nearly", "almost", "roughly", "around", "only", "just", "more", "most",
            "fewer", "less", "all", "both", "many", "some", "several", "every", "each", "no", "none", "neither", "either", "few", "over");

    /** Whether token k is a finite verb, counting a past tense the tagger read as a participle right after its pronoun subject. */
    static boolean finite(List<Token> toks, int k) {
        Token t = toks.get(k);
        if (t.pos().matches("VB[DZP]|MD")) return true;
        if (!t.pos().equals("VBN")) return false;
        int j = k - 1;
        while (j >= 0 && toks.get(j).pos().startsWith("RB") && toks.get(j).sentence() == t.sentence()) j--;
        return j >= 0 && toks.get(j).sentence() == t.sentence() && toks.get(j).pos().equals("PRP")
                && SUBJECT_PRONOUNS.contains(toks.get(j).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether token k opens a quantity phrase a clause may start with. */
    static boolean quantity(List<Token> toks, int k) {
        return QUANTITY.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT)) && k + 1 < toks.size()
                && toks.get(k + 1).sentence() == toks.get(k).sentence() && toks.get(k + 1).pos().matches("CD|NNS?|JJ|DT|IN|PDT|RB|JJS|PRP\\$");
    }

    /**
     * The first token after a time ("Friday", "this week", "on Monday") or one short prepositional phrase ("in an
     * interview", "at a news conference", "on Twitter") that follows token c, with an optional comma after it; -1 if
     * none follows.
     */
    static int pastAdverbial(List<Token> toks, int c) {
        int sentence = toks.get(c).sentence();
        int k = c + 1;
        int phrases = 0;
        while (phrases < 2 && k < toks.size() && toks.get(k).sentence() == sentence) {
            int end = phrase(toks, k, sentence);
            if (end < 0) break;
            k = end;
            phrases++;
        }
        if (phrases == 0 || k >= toks.size() || toks.get(k).sentence() != sentence) return -1;
        if (toks.get(k).word().equals(",")) k++;
        return k < toks.size() && toks.get(k).sentence() == sentence ? k : -1;
    }

    /** The end of a time or of a preposition with its noun phrase (determiner, modifiers, nouns) starting at k, or -1. */
    private static int phrase(List<Token> toks, int k, int sentence) {
        int t = timeEnd(toks, k, sentence);
        if (t > k) return t;
        if (!toks.get(k).pos().equals("IN") || toks.get(k).word().equalsIgnoreCase("that")) return -1;
        k++;
        while (k < toks.size() && toks.get(k).sentence() == sentence && toks.get(k).pos().matches("DT|PRP\\$|JJ|CD")) k++;
        int nouns = k;
        while (k < toks.size() && toks.get(k).sentence() == sentence && toks.get(k).pos().matches("NNP?S?|POS") && k - nouns < 5) k++;
        return k > nouns ? k : -1;
    }

    private static final Set<String> TIME_NOUNS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
            "week", "weekend", "month", "year", "day", "night", "morning", "afternoon", "evening", "today", "tonight", "yesterday",
            "tomorrow", "recently", "earlier", "later", "ago", "weeks", "months", "years", "days");
    private static final Set<String> TIME_MODIFIERS = Set.of("this", "last", "next", "early", "late", "that", "each", "every", "on", "the", "a", "few", "several");

    /** The end of a time phrase ("Friday", "this week", "on Monday", "earlier") starting at k, or k when there is none. */
    private static int timeEnd(List<Token> toks, int k, int sentence) {
        int j = k;
        boolean head = false;
        while (j < toks.size() && toks.get(j).sentence() == sentence && j - k < 5) {
            String w = toks.get(j).word().toLowerCase(java.util.Locale.ROOT);
            if (TIME_NOUNS.contains(w)) head = true;
            else if (!TIME_MODIFIERS.contains(w) && !toks.get(j).pos().equals("CD")) break;
            j++;
        }
        while (j > k && !TIME_NOUNS.contains(toks.get(j - 1).word().toLowerCase(java.util.Locale.ROOT))) j--; // ends on its noun
        return head ? j : k;
    }

    /** Whether tokens from..to (exclusive) are only a time ("this week", "on Friday"): "that" after them is a complementizer. */
    static boolean onlyTime(List<Token> toks, int from, int to) {
        return to > from && timeEnd(toks, from, toks.get(from).sentence()) == to;
    }

    /**
     * "told the paper last week she would rather …", "assured voters he'd force …": after the addressee of a verb of
     * telling, a clause without "that" opens with a subject pronoun and its finite verb. Returns its first token, or -1.
     */
    static int afterObject(List<Token> toks, int c) {
        int sentence = toks.get(c).sentence();
        for (int k = c + 2; k < toks.size() && k <= c + 10 && toks.get(k).sentence() == sentence; k++) {
            Token t = toks.get(k);
            if (t.pos().equals("PRP") && SUBJECT_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) {
                int v = k + 1;
                while (v < toks.size() && toks.get(v).pos().startsWith("RB")) v++;
                boolean verb = v < toks.size() && toks.get(v).sentence() == sentence
                        && (finite(toks, v) || toks.get(v).word().matches("['’](s|re|m|ll|d|ve)"));
                return verb ? k : -1;
            }
            boolean modifier = t.pos().matches("VB[DGN]") && toks.get(k - 1).pos().startsWith("NN"); // "a crowd gathered in Lyon"
            if (!t.pos().matches("DT|JJ|NNP?S?|POS|CD|PRP\\$?|IN") && !modifier && !time(toks, k)
                    || SUBORDINATORS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return -1;
        }
        return -1;
    }

    private static boolean time(List<Token> toks, int k) {
        return timeEnd(toks, k, toks.get(k).sentence()) > k || TIME_MODIFIERS.contains(toks.get(k).word().toLowerCase(java.util.Locale.ROOT));
    }
}

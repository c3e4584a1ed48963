package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * Where a cue's content starts: its that-clause, bare clause, embedded question, infinitive or object. Kept apart from
 * {@link QuoteFinder}, which decides which reader a cue goes to; these only read the tokens after it.
 */
final class Complements {
    private static final Set<String> EVIDENCE_VERBS = Set.of("indicate", "show", "suggest", "reveal", "prove", "confirm", "say");
    private static final Set<String> CLAUSE_START = Set.of("PRP", "DT", "NNP", "NNPS", "NNS", "NN", "EX", "CD", "JJ", "PRP$");
    private static final Set<String> INFINITIVE_CUES = Set.of("vow", "promise", "pledge", "threaten", "decline", "refuse", "urge", "agree", "hope", "expect", "plan", "intend", "ask", "want", "seek");
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "so", "make", "get", "go", "mean", "ensure", "require");

    private Complements() {}

    /** Where the reported clause starts: after "that" (past an object or adverbials: "told CNN that", "said on Friday at a rally that"), or right after "said". */
    static int complementStart(List<Token> toks, int c, boolean takesObject) {
        int sentence = toks.get(c).sentence();
        for (int k = c + 1; k < toks.size() && k <= c + (takesObject ? 14 : 12) && toks.get(k).sentence() == sentence; k++) {
            String w = toks.get(k).word().toLowerCase(Locale.ROOT);
            // After an object ("told the paper that …") "that" is the complementizer whatever the tagger made of it.
            boolean complementizer = toks.get(k).pos().equals("IN") || takesObject && k > c + 1 && toks.get(k - 1).pos().matches("NNP?S?|PRP")
                    || BareClause.onlyTime(toks, c + 1, k); // "said this week that/WDT …"
            if (w.equals("that") && complementizer) return k + 1 < toks.size() && toks.get(k + 1).sentence() == sentence ? k + 1 : -1;
            if (toks.get(k).pos().startsWith("VB") || w.equals(".") || w.equals(";")) break;
        }
        if (c + 1 >= toks.size() || toks.get(c + 1).sentence() != sentence) return -1;
        Token next = toks.get(c + 1);
        // "explained how …", "asked whether …", "noted what …": an embedded question is what was said.
        if (next.pos().matches("WRB|WP|WDT") || next.word().matches("(?i)whether|if")) return c + 1;
        if (takesObject) return BareClause.afterObject(toks, c); // "told reporters he would …"
        int from = BareClause.pastAdverbial(toks, c); // "said on Friday he met …"
        if (from < 0 || !CLAUSE_START.contains(toks.get(from).pos())) from = c + 1;
        Token first = toks.get(from);
        if (!CLAUSE_START.contains(first.pos()) && !first.pos().equals("VBG") && !BareClause.quantity(toks, from)) return -1; // "said legalizing it could …"
        // "said Smith" or "said the ministry" is an inverted attribution, not a clause: a clause has a finite verb before
        // the next comma ("said much of his discussion with Trump was about Israel"), and not only that of a relative
        // clause ("said the man who was arrested"; but "said a tax that used to be fair now draws protests").
        boolean relative = false; // the next finite verb is the relative clause's; one after it is the reported clause's
        for (int k = from; k < toks.size() && toks.get(k).sentence() == sentence; k++) {
            if (BareClause.finite(toks, k) || contractedVerb(toks, k)) { if (!relative) return from; relative = false; }
            if (toks.get(k).word().matches("[,.;:]|--|—")) return -1;
            if (toks.get(k).pos().matches("WP|WDT")) relative = true;
        }
        return -1;
    }

    /**
     * Outside the lexicon, a verb taking a that-clause ("made clear that", "determined that", "learned that") still
     * reports a holder's belief or statement; light verbs and "so that" purposes are left out. Without one, "see X as Y".
     */
    static Cues.Cue thatVerb(List<Token> toks, int c) {
        if (c + 2 >= toks.size() || !toks.get(c + 1).word().equalsIgnoreCase("that") || !toks.get(c + 1).pos().equals("IN")) return ObjectComplement.viewing(toks, c);
        String lemma = toks.get(c).lemma().toLowerCase(Locale.ROOT);
        if (LIGHT.contains(lemma) || toks.get(c).pos().equals("VBN") && c > 0 && toks.get(c - 1).lemma().equals("be")) return null;
        return new Cues.Cue(lemma, lemma, "belief");
    }

    /** "it’s", "they’re": the fast tagger often reads a contracted verb after a pronoun as a possessive. */
    static boolean contractedVerb(List<Token> toks, int k) {
        return k > 0 && toks.get(k - 1).pos().matches("PRP|EX|WP|DT") && toks.get(k).word().matches("['’](s|re|m|ll|d|ve)");
    }

    /** "criticized the plan", "referred to him as": the object starts right after the verb (and one preposition). */
    static int objectStart(List<Token> toks, int c) {
        int k = c + 1, p = k;
        while (p < toks.size() && p <= c + 2 && toks.get(p).pos().equals("RB")) p++; // "talked openly about"
        if (p < toks.size() && toks.get(p).sentence() == toks.get(c).sentence() && toks.get(p).pos().matches("IN|TO|RP")) k = p + 1;
        if (k >= toks.size() || toks.get(k).sentence() != toks.get(c).sentence()) return -1;
        Token t = toks.get(k);
        boolean np = CLAUSE_START.contains(t.pos()) || t.pos().equals("NNPS") || t.pos().equals("WP") || t.word().equals("``") || QuoteMarks.isOpening(t.word().charAt(0));
        return np ? k : -1;
    }

    /** "vowed to repeal …", "declined to comment": an intention or refusal reported as an infinitive. */
    static int infinitiveStart(List<Token> toks, int c, Cues.Cue cue) {
        if (!cue.infinitive() && !INFINITIVE_CUES.contains(toks.get(c).lemma().toLowerCase(Locale.ROOT))) return -1;
        int k = c + 1;
        if (k + 1 < toks.size() && toks.get(k).pos().equals("TO") && toks.get(k + 1).pos().equals("VB")) return k;
        return -1;
    }

    /** "cited EVIDENCE that indicated that CONTENT" → {evidence start, evidence end, content start}, or null. */
    static int[] evidenceClause(List<Token> toks, int c) {
        int sentence = toks.get(c).sentence();
        for (int k = c + 1; k + 2 < toks.size() && k <= c + 10 && toks.get(k).sentence() == sentence; k++) {
            if (toks.get(k).word().equalsIgnoreCase("that") && EVIDENCE_VERBS.contains(toks.get(k + 1).lemma().toLowerCase(Locale.ROOT))
                    && toks.get(k + 2).word().equalsIgnoreCase("that") && k > c + 1) {
                return new int[] {c + 1, k, k + 3};
            }
        }
        return null;
    }
}

package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * Reports carried by a predicate adjective of stance: "Clinton was critical of the deal", "Rubio is confident that he
 * will win", "Democrats are worried about turnout". No verb reports there, so the verb-cue reader never sees them; the
 * subject of the copula holds the stance and the complement is what it is about.
 */
final class StanceAdjective {

    private static final Set<String> STANCE = Set.of("critical", "supportive", "proud", "worried", "concerned", "nervous",
            "optimistic", "pessimistic", "skeptical", "confident", "upbeat", "upfront", "wary", "fearful", "hopeful", "certain",
            "doubtful", "angry", "furious", "frustrated", "disappointed", "enthusiastic", "dismissive", "appreciative",
            "ambivalent", "outspoken", "vocal", "adamant", "convinced", "mum", "lukewarm", "cynical", "sure", "clear");
    private static final Set<String> COPULA = Set.of("be", "seem", "remain", "appear", "grow", "become", "sound", "stay");

    private StanceAdjective() {}

    /** {copula index, content start} for the stance adjective at c, or null. */
    static int[] find(List<Token> toks, int c) {
        Token t = toks.get(c);
        if (!t.pos().startsWith("JJ") && !t.pos().equals("VBN") || !STANCE.contains(t.word().toLowerCase(Locale.ROOT))) return null;
        int be = c - 1;
        while (be > 0 && be >= c - 3 && toks.get(be).pos().matches("RBR?|RBS")) be--;
        if (be < 1 || toks.get(be).sentence() != t.sentence() || !toks.get(be).pos().startsWith("VB")
                || !COPULA.contains(toks.get(be).lemma().toLowerCase(Locale.ROOT))) return null;
        if (c + 2 >= toks.size() || toks.get(c + 2).sentence() != t.sentence()) return null;
        Token next = toks.get(c + 1), first = toks.get(c + 2);
        String w = next.word().toLowerCase(Locale.ROOT);
        if (w.equals("that") && next.pos().equals("IN")) {
            return Clauses.finiteVerb(toks, c + 2, Clauses.sentenceEnd(toks, c + 2, t.sentence())) ? new int[] {be, c + 2} : null;
        }
        // "clear of clouds": only "about" gives "clear" a topic of stance.
        if (!w.matches("about|of") || w.equals("of") && t.word().equalsIgnoreCase("clear")) return null;
        return first.pos().matches("DT|JJS?|NNP?S?|PRP\\$?|CD|VBG|WRB|WP") ? new int[] {be, c + 2} : null;
    }
}

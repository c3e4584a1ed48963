package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * "“…” from diplomacy to the budget, in Bolton’s view." / "“…,” in his words": a prepositional phrase after the quote
 * whose possessor holds it, with no verb of saying; annotators mark the possessor as the source and the noun as the cue.
 */
final class PossessedView {

    private static final Set<String> NOUNS = Set.of("view", "words", "opinion", "estimation", "assessment", "telling", "judgment", "judgement");

    private PossessedView() {}

    /** The noun's token index and the possessor when "in" at token k opens such a phrase, or null. */
    static DirectAttribution.Found at(Annotated a, int k, SpeakerFinder speakers, List<String> recent) {
        List<Token> toks = a.tokens();
        if (!toks.get(k).word().equalsIgnoreCase("in") || k + 3 >= toks.size()) return null;
        int n = k + 2;
        while (n < toks.size() && n <= k + 6 && toks.get(n).sentence() == toks.get(k).sentence() && !NOUNS.contains(lower(toks.get(n)))) n++;
        if (n >= toks.size() || n > k + 6 || !NOUNS.contains(lower(toks.get(n))) || !toks.get(n).pos().startsWith("NN")) return null;
        // the phrase closes the clause: "in Bolton's view." / "in his words,", not "in his view of the law"
        if (n + 1 < toks.size() && toks.get(n + 1).sentence() == toks.get(n).sentence() && !toks.get(n + 1).word().matches("[.,;]")) return null;
        Speaker owner = NounReport.holder(a, n, speakers, recent);
        if (owner == null || a.firstTokenAtOrAfter(owner.start()) <= k) return null;
        return new DirectAttribution.Found(n, owner, null);
    }

    private static String lower(Token t) { return t.word().toLowerCase(Locale.ROOT); }
}

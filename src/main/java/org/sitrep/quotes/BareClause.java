package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * "told reporters he thought …", "assured a crowd in Ohio she would …": a verb of telling whose clause follows its
 * object without "that". A nominative pronoun cannot be the object, so one followed by a finite verb opens the clause.
 */
final class BareClause {

    private static final Set<String> SUBJECTS = Set.of("he", "she", "they", "i", "we", "it", "you");
    private static final int MAX_OBJECT = 10;

    private BareClause() {}

    /** The first token of the clause after the object of the cue at c, or -1. */
    static int afterObject(List<Token> toks, int c) {
        int sentence = toks.get(c).sentence();
        for (int k = c + 2; k < toks.size() && k <= c + 1 + MAX_OBJECT && toks.get(k).sentence() == sentence; k++) {
            Token t = toks.get(k);
            boolean modifier = t.pos().matches("VB[DGN]") && toks.get(k - 1).pos().startsWith("NN"); // "a crowd gathered in Lyon"
            if (t.pos().matches("VB.*|MD|WDT|WP|CC") && !modifier || t.word().matches("[,.;:]|--|—") || t.word().equalsIgnoreCase("that")) return -1;
            if (!SUBJECTS.contains(t.word().toLowerCase(Locale.ROOT)) || !t.pos().equals("PRP")) continue;
            int v = k + 1;
            while (v < toks.size() && toks.get(v).pos().equals("RB") && toks.get(v).sentence() == sentence) v++;
            if (v >= toks.size() || toks.get(v).sentence() != sentence) return -1;
            boolean finite = toks.get(v).pos().matches("VB[DZP]|MD") || toks.get(v).word().matches("['’](s|re|m|ll|d|ve)");
            return finite ? k : -1;
        }
        return -1;
    }
}

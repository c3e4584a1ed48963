package org.sitrep.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote;

/**
 * "Neither man was impressed by her - “…,” Mr. Elkins said - but …", "those who fear softness (“…,” Jane Roe wrote)":
 * a direct quote set off by a dash or a parenthesis and attributed after it to a speaker of its own is an aside. A
 * report around it ends where the aside opens: the quote is that speaker's, not part of what the report's source said.
 */
final class Asides {

    private Asides() {}

    /** Token indices of the dashes and opening parentheses that open such asides. */
    static Set<Integer> openings(Annotated a, List<Quote> quotes) {
        List<Token> toks = a.tokens();
        Set<Integer> out = new HashSet<>();
        for (Quote q : quotes) {
            if (!q.kind().equals("direct") || q.cue() == null || q.speaker() == null) continue;
            if (q.cue().start() < q.end() || q.speaker().start() < q.end()) continue; // the attribution must follow the quote
            int k = a.firstTokenAtOrAfter(q.start()) - 1;
            while (k >= 0 && toks.get(k).end() > q.start()) k--;
            while (k >= 0 && mark(toks.get(k).word())) k--;
            if (k > 0 && toks.get(k).word().matches("-+|—|–|\\(|-LRB-")) out.add(k);
        }
        return out;
    }

    private static boolean mark(String w) {
        return w.matches("``|''|[\"“”‘’']");
    }
}

package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * "Barkley, who said he votes Democratic, said one candidate he likes is Kasich": a report inside a non-restrictive
 * relative clause ends where the clause closes, at the comma before the main clause's verb. Read on to the sentence's
 * end, it would swallow the main clause's own report, which then counts as nested in it.
 */
final class RelativeReport {

    private RelativeReport() {}

    /** The end (exclusive) of the content from..to of a cue whose speaker is given, cut at the relative clause's close. */
    static int end(Annotated a, Speaker speaker, int from, int to) {
        if (speaker == null || !speaker.text().matches("(?i)who|which")) return to;
        List<Token> toks = a.tokens();
        int s = a.firstTokenAtOrAfter(speaker.start());
        if (s < 1 || s >= toks.size() || !toks.get(s - 1).word().equals(",")) return to;
        for (int k = from + 1; k + 1 < to; k++) {
            if (!toks.get(k).word().equals(",")) continue;
            int v = k + 1;
            boolean modal = false;
            for (; v < to && toks.get(v).pos().matches("RB|MD"); v++) modal |= toks.get(v).pos().equals("MD"); // ", also said", ", will say"
            if (v < to && (toks.get(v).pos().matches("VB[DZP]") || modal && toks.get(v).pos().equals("VB"))) return k;
        }
        return to;
    }
}

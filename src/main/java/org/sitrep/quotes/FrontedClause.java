package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * "After saying he was nervous, the man asked …", "Asked whether …, most voters said …", "In rejecting the challenge, the
 * commission …": a participle opening the sentence has no subject of its own; it shares the main clause's, which comes
 * after the comma closing the participle's clause, and that comma ends what was said.
 */
final class FrontedClause {

    /** The main clause's subject and the comma closing the fronted clause (token index). */
    record Found(Speaker speaker, int comma) {}

    private FrontedClause() {}

    static Found find(Annotated a, SpeakerFinder speakers, int c, List<String> recent) {
        List<Token> toks = a.tokens();
        Token cue = toks.get(c);
        if (!cue.pos().matches("VBG|VBN")) return null;
        int sentence = cue.sentence();
        int start = Clauses.sentenceStart(toks, c);
        // Only a subordinator or a preposition opens the clause ("But in describing", "When asked", "In addition to
        // stating", "Having announced"), and no finite verb comes before it: nothing else's subject is in reach.
        int k = c - 1;
        while (k >= start && opener(toks.get(k))) k--;
        if (k >= start && !toks.get(k).word().equals(",")) return null;
        if (Clauses.finiteVerb(toks, start, c)) return null;
        for (int j = c + 1; j < toks.size() && j <= c + 45 && toks.get(j).sentence() == sentence; j++) {
            if (toks.get(j).word().matches("[;:]")) return null;
            if (!toks.get(j).word().equals(",")) continue;
            int v = subjectThenVerb(toks, j);
            if (v < 0) continue;
            Speaker s = speakers.before(v, recent);
            if (s == null || s.start() < toks.get(j).end()) continue;
            return new Found(s, j);
        }
        return null;
    }

    private static boolean opener(Token t) {
        return t.pos().matches("CC|IN|RB|WRB|TO") || t.word().matches("(?i)having|being|addition");
    }

    /** The finite verb of a main clause right after the comma at k ("…, the man ended up"), or -1. */
    static int subjectThenVerb(List<Token> toks, int k) {
        int sentence = toks.get(k).sentence();
        int j = k + 1;
        if (j < toks.size() && toks.get(j).word().matches("''|”|’")) j++; // "…as president,” 75 percent said"
        if (j >= toks.size() || toks.get(j).sentence() != sentence || !toks.get(j).pos().matches("DT|PRP|PRP\\$|NNP?S?|JJ|CD")) return -1;
        for (; j < toks.size() && j <= k + 14 && toks.get(j).sentence() == sentence; j++) {
            Token t = toks.get(j);
            if (t.pos().matches("VB[DZP]|MD")) return j;
            if (t.pos().startsWith("VB") || t.word().matches("[;:]")) return -1;
        }
        return -1;
    }
}

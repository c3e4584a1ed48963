package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Token;

/** Where a token's sentence starts and ends, and whether a stretch of it is a clause: what the report readers share. */
final class Clauses {

    private Clauses() {}

    /** Whether tokens from..to (exclusive) hold a finite verb: a clause, not a phrase ("On Tuesday, Rubio said."). */
    static boolean finiteVerb(List<Token> toks, int from, int to) {
        for (int i = from; i < to; i++) if (toks.get(i).pos().matches("VB[DZP]|MD")) return true;
        return false;
    }

    /** The first token of token c's sentence. */
    static int sentenceStart(List<Token> toks, int c) {
        int k = c;
        while (k > 0 && toks.get(k - 1).sentence() == toks.get(c).sentence()) k--;
        return k;
    }

    /** The token after the last one of {@code sentence}, looking from {@code from} on. */
    static int sentenceEnd(List<Token> toks, int from, int sentence) {
        int k = from;
        while (k < toks.size() && toks.get(k).sentence() == sentence) k++;
        return k;
    }
}

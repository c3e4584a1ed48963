package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.Token;

/**
 * "the candidate seemed to be shrinking in stature", "the crowd appeared unmoved": an impression the writer (or an
 * unnamed observer) reports of someone. The clause around the verb, its subject included, is what is reported; no one
 * is named as its source; so is a clause with "reportedly". "appeared at a rally" is a physical appearance, not an impression.
 */
final class Evidential {

    private Evidential() {}

    /** The first token of the reported clause around the evidential verb at c, or -1 when c is not one. */
    static int start(List<Token> toks, int c) {
        Token t = toks.get(c);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean seem = lemma.equals("seem"), appear = lemma.equals("appear");
        if (c + 2 >= toks.size()) return -1;
        // "Smith reportedly said, “…”": the adverb hedges that verb's own report, which names its speaker; it is no report of its own.
        if (t.word().equalsIgnoreCase("reportedly") && toks.get(c + 1).pos().startsWith("VB") && speech(toks.get(c + 1).lemma())) return -1;
        if (!t.word().equalsIgnoreCase("reportedly")) { // "the group is reportedly spending …": a report by unnamed others
            if (!t.pos().startsWith("VB") || !seem && !appear) return -1;
            Token next = toks.get(c + 1), after = toks.get(c + 2);
            if (next.sentence() != t.sentence() || after.sentence() != t.sentence()) return -1;
            boolean infinitive = next.pos().equals("TO") && after.pos().equals("VB");
            boolean predicate = seem && (next.pos().startsWith("JJ") || next.pos().equals("RB") && after.pos().startsWith("JJ")
                    || next.word().equalsIgnoreCase("like"));
            if (!infinitive && !predicate) return -1;
            // "Obama seemed to recognize the significance", "she appeared to imply that …": the subject's own report,
            // hedged; its cue names the source, and an impression around it would hide it.
            if (infinitive && Cues.standard().reporting(after.lemma()) != null) return -1;
        }
        int k = c;
        while (k > 0 && toks.get(k - 1).sentence() == t.sentence() && toks.get(k - 1).pos().matches("RB|MD|VB[DZP]?|TO") && c - k < 4) k--; // "did not", "would"
        int verbStart = k;
        while (k > 0 && toks.get(k - 1).sentence() == t.sentence() && toks.get(k - 1).pos().matches("DT|PDT|JJ[RS]?|NNP?S?|POS|PRP\\$?|CD") && verbStart - k < 10) k--;
        return k;
    }

    /** "reportedly wants", "reportedly believes": a stance, not a speech act, stays the writer's hedged report. */
    private static boolean speech(String lemma) {
        Cues.Cue cue = Cues.standard().get(lemma);
        return cue != null && cue.kind().equals("speech");
    }

    /** "appeared at a rally", "appearing on Fox News": being somewhere, not seeming. */
    static boolean appearance(List<Token> toks, int c) {
        return toks.get(c).lemma().equalsIgnoreCase("appear") && c + 1 < toks.size() && toks.get(c + 1).pos().equals("IN");
    }
}

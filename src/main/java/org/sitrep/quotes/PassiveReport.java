package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * "Trump has been criticized by his rivals for …": a passive cue's source is its agent, the phrase after "by"; the
 * subject is what was criticized, not who criticized it.
 */
final class PassiveReport {

    private PassiveReport() {}

    /** The agent of the passive cue at c ("was criticized by NP", "is seen by NP as"), or null when c is no passive with one. */
    static Speaker agent(Annotated a, SpeakerFinder speakers, int c, List<String> recent) {
        List<Token> toks = a.tokens();
        if (!toks.get(c).pos().equals("VBN") || c + 2 >= toks.size() || !toks.get(c + 1).word().equalsIgnoreCase("by")) return null;
        int sentence = toks.get(c).sentence();
        if (toks.get(c + 2).sentence() != sentence || !passiveAuxBefore(toks, c)) return null;
        EntityIndex.Hit named = speakers.entities().at(toks.get(c + 2).start());
        int end = phraseEnd(toks, c + 2, sentence);
        if (end == c + 2) return null;
        // "by Fox Business moderator Gerard Baker": a name ending the phrase is who it is, the span the whole phrase.
        String id = named != null ? named.entity().id() : null;
        for (int k = c + 2; id == null && k < end; k++) {
            EntityIndex.Hit inner = speakers.entities().at(toks.get(k).start());
            if (inner != null && inner.mention().end() == toks.get(end - 1).end()) id = inner.entity().id();
        }
        int start = toks.get(c + 2).start(), stop = toks.get(end - 1).end();
        return new Speaker(a.text().substring(start, stop), id, start, stop, id == null ? "noun" : "name");
    }

    /** "was", "has been", "is also", "got": a form of "be" or "get" before the participle, over adverbs. */
    private static boolean passiveAuxBefore(List<Token> toks, int c) {
        for (int k = c - 1; k >= 0 && k >= c - 4 && toks.get(k).sentence() == toks.get(c).sentence(); k--) {
            String lemma = toks.get(k).lemma();
            if (lemma.equalsIgnoreCase("be") || lemma.equalsIgnoreCase("get")) return true;
            if (!toks.get(k).pos().startsWith("RB")) return false;
        }
        return false;
    }

    /** The end (exclusive) of the noun phrase at k, over one "of" phrase ("some of his rivals"). */
    private static int phraseEnd(List<Token> toks, int k, int sentence) {
        int e = k;
        boolean of = false;
        while (e < toks.size() && toks.get(e).sentence() == sentence) {
            Token t = toks.get(e);
            if (t.pos().matches("DT|PDT|JJ[RS]?|NNP?S?|PRP\\$?|POS|CD|HYPH|VBN")) { e++; continue; }
            if (!of && t.word().equalsIgnoreCase("of") && e > k && e + 1 < toks.size() && toks.get(e + 1).pos().matches("DT|PRP\\$|JJ|NNP?S?|CD")) { of = true; e++; continue; }
            break;
        }
        while (e > k && !toks.get(e - 1).pos().matches("NNP?S?|PRP|CD")) e--; // the phrase ends at its head noun
        return e;
    }
}

package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Token;

/**
 * Reports whose content is an object with its complement: "urged the administration to join …", "accused him of
 * sexism", "see golf courses as wasted space", "asked HuffPost whether …". What was urged or alleged is the object
 * and its complement together, as annotators mark it; what was asked is the question after the addressee.
 */
final class ObjectComplement {

    /** Verbs whose object is charged "of" something ("accused him of lying", "warned them of …"). */
    private static final Set<String> OF = Set.of("accuse", "warn", "remind", "inform", "assure", "convince", "suspect");
    /** Verbs judging their object "as" something ("described him as", "sees the plan as a threat"). */
    private static final Set<String> AS = Set.of("see", "view", "regard", "describe", "portray", "characterize", "paint", "depict", "cast", "consider", "label", "brand", "dismiss");
    /** Verbs of asking or telling whose addressee comes before the question ("asked him whether …"). */
    private static final Set<String> QUESTION = Set.of("ask", "tell", "remind", "inform", "question", "press");
    /** Verbs of perception that report a view only in the "see X as Y" frame. */
    private static final Set<String> VIEWING = Set.of("see", "regard");
    private static final Set<String> NP = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "CD", "HYPH");
    private static final int MAX_OBJECT = 7;

    /** Verbs of talking whose topic, after "about" or "of", is what they report ("spoke about the attack", "talked openly of …"). */
    private static final Set<String> TALKING = Set.of("speak", "talk", "joke", "complain", "boast", "brag", "rant", "testify", "muse", "lie", "write", "comment", "warn", "worry");

    private ObjectComplement() {}

    /**
     * "spoke about the attack": a verb of talking is mostly no cue ("spoke at a rally", "spoke to reporters"), but with
     * a topic after "about" or "of" it reports one; the lexicons leave it out for its other uses.
     */
    static Cues.Cue topic(List<Token> toks, int c) {
        String lemma = toks.get(c).lemma().toLowerCase(Locale.ROOT);
        return hasTopic(toks, c) ? new Cues.Cue(lemma, lemma, "belief") : null;
    }

    /** Whether the verb at c is one of talking followed, past adverbs, by "about" or "of" and its topic. */
    static boolean hasTopic(List<Token> toks, int c) {
        if (!TALKING.contains(toks.get(c).lemma().toLowerCase(Locale.ROOT))) return false;
        int k = c + 1;
        while (k < toks.size() && k <= c + 2 && toks.get(k).pos().equals("RB")) k++;
        return k + 1 < toks.size() && toks.get(k + 1).sentence() == toks.get(c).sentence() && toks.get(k).word().matches("(?i)about|of");
    }

    /** "see"/"regard" with an object and "as": a belief cue the lexicon leaves out, since "see" alone is mostly sight. */
    static Cues.Cue viewing(List<Token> toks, int c) {
        String lemma = toks.get(c).lemma().toLowerCase(Locale.ROOT);
        return VIEWING.contains(lemma) && start(toks, c) > c ? new Cues.Cue(lemma, "believed", "belief") : null;
    }

    /** Where the content starts (the object, or the question after it), or -1 when no object-with-complement follows. */
    static int start(List<Token> toks, int c) {
        int sentence = toks.get(c).sentence();
        int k = c + 1;
        if (k >= toks.size() || toks.get(k).sentence() != sentence) return -1;
        if (toks.get(k).pos().equals("PRP") && !toks.get(k).word().matches("(?i)it|they|he|she|we|i|you")) k++; // "him", "them"
        else while (k < toks.size() && k <= c + MAX_OBJECT && toks.get(k).sentence() == sentence && (NP.contains(toks.get(k).pos()) || inner(toks, k, c))) k++;
        if (k == c + 1 || k + 1 >= toks.size() || toks.get(k + 1).sentence() != sentence || !lastIsNoun(toks.get(k - 1))) return -1;
        String lemma = toks.get(c).lemma().toLowerCase(Locale.ROOT), w = toks.get(k).word().toLowerCase(Locale.ROOT);
        Token next = toks.get(k + 1);
        if (w.equals("to") && next.pos().equals("VB")) return c + 1; // "urged them to resign"
        if (w.equals("of") && OF.contains(lemma) && next.pos().matches("VBG|DT|NNS?|PRP\\$|JJ")) return c + 1;
        if (w.equals("as") && AS.contains(lemma)) return c + 1; // "see golf courses as wasted space"
        if (QUESTION.contains(lemma) && (w.matches("whether|if") || toks.get(k).pos().matches("WRB|WP"))) return k;
        return -1;
    }

    /** "the campaign of Donald Trump as …": an "of" phrase inside the object, not the charge after it ("accused him of …"). */
    private static boolean inner(List<Token> toks, int k, int c) {
        return k > c + 1 && toks.get(k).word().equals("of") && toks.get(k - 1).pos().startsWith("NN") && !OF.contains(toks.get(c).lemma().toLowerCase(Locale.ROOT))
                && k + 1 < toks.size() && NP.contains(toks.get(k + 1).pos());
    }

    private static boolean lastIsNoun(Token t) { return t.pos().matches("NNP?S?|PRP|CD"); }
}

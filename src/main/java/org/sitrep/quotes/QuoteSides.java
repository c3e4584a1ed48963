package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * What lies right around a direct quote's marks: how it ends (open, closed, running on), what introduces it, and the
 * words between a cue and the quote. Token predicates only, for {@link DirectAttribution}.
 */
final class QuoteSides {

    private static final Set<String> ADDRESSEE_FIRST = DirectAttribution.ADDRESSEE_FIRST;
    private static final Set<String> TIME = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tonight", "last", "this", "earlier", "later");

    private final Annotated a;
    private final List<Token> toks;
    private final Cues cues = Cues.standard();

    QuoteSides(Annotated a) {
        this.a = a;
        this.toks = a.tokens();
    }

    /**
     * The cue is a verb right before the quote's opening mark, with at most a comma or colon and its particle or adverbs
     * between them ("said, “", "fired back forcefully: “").
     */
    boolean introducesDirectly(int cue, int first) {
        if (cue < 0 || !toks.get(cue).pos().startsWith("VB")) return false;
        int k = first - 1;
        while (k >= 0 && isMark(toks.get(k))) k--;
        if (k >= 0 && toks.get(k).word().matches("[,:]")) k--;
        while (k > cue && toks.get(k).pos().matches("RB|RP")) k--;
        return k == cue;
    }

    /** "“…,” Bozell answers.": a reporting verb after a name, ending the sentence, that the tagger took for a plural noun. */
    boolean mistaggedCue(int c, int from) {
        Token t = toks.get(c);
        if (c == from || c > from + 3 || !t.pos().equals("NNS") || !Character.isLowerCase(t.word().charAt(0))) return false;
        if (!toks.get(c - 1).pos().startsWith("NNP") || cues.get(t.lemma()) == null) return false;
        return c + 1 >= toks.size() || toks.get(c + 1).word().matches("[.,;]");
    }

    /** The closing mark of a short quoted stretch opening at c after a word (a title or name, not a new quote), or -1. */
    int quotedName(int open) {
        if (open < 1 || !Character.isLetterOrDigit(toks.get(open - 1).word().charAt(0))) return -1;
        for (int k = open + 1; k < toks.size() && k <= open + 6; k++) {
            if (toks.get(k).word().matches("[.,;:?!]")) return -1;
            if (isMark(toks.get(k))) return k;
        }
        return -1;
    }

    /** "fired back forcefully:": only a particle and adverbs between the verb and the punctuation introducing the quote. */
    boolean adverbsBetween(int c, int open) {
        for (int k = c + 1; k < open; k++) if (!toks.get(k).pos().matches("RB|RP")) return false;
        return open - c <= 4;
    }

    /** The token before the quote's opening mark ends a sentence or a paragraph, or there is none. */
    boolean opensSentence(int first) {
        int k = first - 1;
        while (k >= 0 && isMark(toks.get(k))) k--;
        return k < 0 || toks.get(k).sentence() != toks.get(first).sentence()
                || a.text().substring(toks.get(k).end(), toks.get(first).start()).indexOf('\n') >= 0;
    }

    boolean rightAfter(int cue, int last) {
        int from = last + 1;
        while (from < toks.size() && isMark(toks.get(from))) from++;
        return cue >= from && cue <= from + 1;
    }

    /** The quote ends without punctuation and its sentence goes on in lower case after the closing mark. */
    boolean runsOn(int last) {
        int k = last;
        while (k > 0 && isMark(toks.get(k))) k--;
        if (!Character.isLetterOrDigit(toks.get(k).word().charAt(0))) return false;
        int next = last + 1;
        while (next < toks.size() && isMark(toks.get(next))) next++;
        return next < toks.size() && toks.get(next).sentence() == toks.get(k).sentence() && Character.isLowerCase(toks.get(next).word().charAt(0));
    }

    /** Extra tokens of a capitalised name opening the tail ("Texas-based Matt Mackowiak said."), at most 4. */
    int nameLength(int from) {
        int k = from;
        while (k < toks.size() && k < from + 5 && Character.isUpperCase(toks.get(k).word().charAt(0))
                && (toks.get(k).pos().matches("NNP.*|JJ|NN") || toks.get(k).word().indexOf('-') > 0)) k++;
        return Math.max(0, k - from - 1);
    }

    boolean afterComma(int c) {
        int k = c - 1;
        while (k >= 0 && toks.get(k).pos().startsWith("RB")) k--;
        return k >= 0 && toks.get(k).word().equals(",");
    }

    /** "“…,” she has said", "“…,” he had earlier told": the verb after an auxiliary is the cue, not the auxiliary. */
    boolean auxiliary(int c, boolean openTail) {
        if (!lemma(toks.get(c)).matches("be|have|do")) return false;
        int k = c + 1;
        while (k < toks.size() && toks.get(k).pos().startsWith("RB")) k++;
        if (k >= toks.size() || !toks.get(k).pos().matches("VB[ND]")) return false;
        // After “….” a new sentence may open with its own subject and verb ("Trump has also announced a …"); only a
        // verb ending the sentence there attributes the quote ("she has said.").
        return openTail || k + 1 < toks.size() && toks.get(k + 1).word().matches("[.,]");
    }

    /**
     * After the cue (and a bare addressee of "told", or the speaker of an inverted cue right after the quote: "wrote
     * Pete Hidalgo."), the sentence ends or goes on only with an adjunct or a pause.
     */
    boolean endsTail(int c, boolean inverted) {
        int k = c + 1;
        if (inverted) {
            while (k < toks.size() && k <= c + 6 && toks.get(k).pos().matches("NNP.*|PRP|DT|JJ|CD|NNS?")) k++;
        } else if (ADDRESSEE_FIRST.contains(lemma(toks.get(c)))) {
            while (k < toks.size() && k <= c + 3 && toks.get(k).pos().matches("NNP.*|PRP|DT|NNS?")) k++;
        }
        if (k >= toks.size() || toks.get(k).sentence() != toks.get(c).sentence()) return true;
        Token t = toks.get(k);
        return t.word().matches("[.,;:!?]") || t.pos().matches("IN|RB|RP|TO") || TIME.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** "said in the spring, when the story broke, “…": the verb opens with a subordinator after a comma, so reports nothing. */
    boolean inAdverbialClause(int c) {
        for (int k = c - 1; k > 0 && k >= c - 8 && toks.get(k).sentence() == toks.get(c).sentence(); k--) {
            if (!toks.get(k - 1).word().equals(",")) continue;
            return toks.get(k).word().matches("(?i)when|as|while|after|before|because|since|if|until|once");
        }
        return false;
    }

    boolean introducesQuote(int c) {
        if (c + 2 >= toks.size() || !toks.get(c + 1).word().matches("[,:]")) return false;
        return QuoteMarks.opens(a.text(), toks.get(c + 2).word(), toks.get(c + 2).start());
    }

    /** "Beck joked, again using an accent, “…": a comma or colon and an opening mark later in the cue's sentence. */
    boolean introducesLater(int cue) {
        for (int k = cue + 1; k + 1 < toks.size() && k <= cue + 15 && toks.get(k + 1).sentence() == toks.get(cue).sentence(); k++) {
            if (isMark(toks.get(k))) return false;
            if (toks.get(k).word().matches("[,:]") && QuoteMarks.opens(a.text(), toks.get(k + 1).word(), toks.get(k + 1).start())) return true;
        }
        return false;
    }

    /** "replied to him that …": a complementizer soon after the cue, in its sentence. */
    boolean thatClause(int cue) {
        for (int k = cue + 1; k < toks.size() && k <= cue + 6 && toks.get(k).sentence() == toks.get(cue).sentence(); k++) {
            if (toks.get(k).word().matches("[,.;:]")) return false;
            if (toks.get(k).word().equalsIgnoreCase("that") && toks.get(k).pos().matches("IN|WDT|DT")) return true;
        }
        return false;
    }

    boolean endsOpen(int last) {
        for (int k = last; k >= 0 && k >= last - 2; k--) {
            String w = toks.get(k).word();
            if (isMark(toks.get(k))) continue;
            return w.equals(",") || w.equals("?") || w.equals("!") || w.equals("--") || w.equals("—");
        }
        return false;
    }

    /** Quotation marks only; "darn it,’”" ends in one token closing both the inner and the outer quote. */
    static boolean isMark(Token t) { return t.word().matches("[\"'`“”‘’]+"); }

    private static String lemma(Token t) { return t.lemma().toLowerCase(Locale.ROOT); }
}

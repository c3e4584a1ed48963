package org.sitrep.quotes;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * Reports that come before their attribution, without quotation marks: "CONTENT, Rubio said." / "CONTENT, said the
 * minister." and the parenthetical "In a merger, he said, the brand would survive." News writes a good share of its
 * indirect speech this way; a cue-then-clause reader misses all of it.
 */
final class Preposed {

    /** Words of rank or office before a name: the recognizer leaves them out of the person it finds. */
    private static final int MAX_TITLE = 3;
    /** Determiner and common-noun title words between an attribution's comma and the name found: "foreign ministry spokesman". */
    private static final int MAX_MODIFIERS = 6;

    /** Token indices of the report (end exclusive) and who made it. */
    record Found(int start, int end, Speaker speaker) {}

    /** Tokens allowed between the cue (or its inverted speaker) and the comma or sentence end: "on Tuesday", "reporters". */
    private static final int MAX_TAIL = 10; // "said Wednesday morning on MSNBC's “Morning Joe.”"
    private static final int MIN_CONTENT = 3;

    private Preposed() {}

    /**
     * The report attributed by the cue at token c, or null. A report is a clause (it has a finite verb) of at least
     * three tokens running from the sentence start to the comma before the attribution.
     *
     * @param contentEnd where a reported clause starting at a token ends (the caller's rule, so both readers agree)
     */
    static Found find(Annotated a, int c, SpeakerFinder speakers, List<String> recent, IntUnaryOperator contentEnd) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(c).sentence();
        int first = Clauses.sentenceStart(toks, c);
        Found relative = relative(a, c, speakers, recent, contentEnd);
        if (relative != null) return relative;
        Speaker speaker = c > first && toks.get(c - 1).word().equals(",") ? speakers.after(c, recent) : null; // ", said the minister"
        int comma, tail;
        if (speaker != null) {
            comma = c - 1;
            tail = a.firstTokenAtOrAfter(speaker.end());
        } else { // ", Rubio said" and, past an appositive's comma, ", Anna White, a spokeswoman, said"
            speaker = speakers.before(c, recent); // ", Rubio said"
            if (speaker == null) return null;
            speaker = titled(a, speaker, a.firstTokenAtOrAfter(speaker.start()) - 1, first);
            comma = modifiersStart(toks, a.firstTokenAtOrAfter(speaker.start()) - 1, first);
            tail = c + 1;
        }
        // "…, as the Times reported last week.": the "as" belongs to the attribution, not to what it credits.
        if (comma - 1 > first && toks.get(comma).word().equalsIgnoreCase("as") && toks.get(comma - 1).word().equals(",")) comma--;
        if (comma <= first || !toks.get(comma).word().equals(",")) return null;
        int k = tail;
        while (k < toks.size() && k < tail + MAX_TAIL && toks.get(k).sentence() == sentence
                && !toks.get(k).word().matches("[,.;:!?]") && !toks.get(k).pos().startsWith("VB")) k++;
        int last = Clauses.sentenceEnd(toks, k, sentence);
        // "Pivoting too soon, economists say, limited the recovery": a verb right after the comma is the predicate of
        // the subject before the attribution, whatever tense the tagger gave it.
        boolean resumes = k + 1 < last && toks.get(k).word().equals(",") && toks.get(k + 1).pos().matches("VB[DNZ]|MD") && !Clauses.finiteVerb(toks, first, comma);
        boolean ends = k >= last || toks.get(k).word().matches("[.!?;]") // "…, analysts say; in 2012, …"
                || toks.get(k).word().equals(",") && !resumes && !Clauses.finiteVerb(toks, k + 1, last); // ", said Holan, Politifact's editor."
        if (ends) return comma - first >= MIN_CONTENT && Clauses.finiteVerb(toks, first, comma) ? new Found(first, comma, speaker) : null;
        if (!toks.get(k).word().equals(",")) return null;
        // "The tool was built for crises, she said, and it has been used often": a clause joined after the attribution
        // is the writer's; when in doubt, the guidelines leave it out.
        if (toks.get(k + 1).pos().equals("CC")) {
            return comma - first >= MIN_CONTENT && Clauses.finiteVerb(toks, first, comma) ? new Found(first, comma, speaker) : null;
        }
        // "In a merger, he said, the brand would survive": the report goes on after the attribution.
        int end = contentEnd.applyAsInt(k + 1);
        return end - (k + 1) + (comma - first) >= MIN_CONTENT && (resumes || Clauses.finiteVerb(toks, k + 1, end)) ? new Found(first, end, speaker) : null;
    }

    /**
     * ", the BBC reported" / ", ministry spokesman Ali Karim said": the determiner or the common-noun title the name
     * found leaves out stands between the comma and it. Returns the token before them.
     */
    private static int modifiersStart(List<Token> toks, int k, int first) {
        if (k <= first) return k;
        int j = k;
        while (j > first && k - j < MAX_MODIFIERS && toks.get(j).pos().matches("DT|JJ|NNS?|NNPS?|POS|CD")) j--;
        return toks.get(j).word().equals(",") ? j : k;
    }

    /**
     * ", Mr. DiPietro said," / ", President Obama said.": the name found is the person without the title before it;
     * the attribution's comma is before the title, and annotators mark the source with it.
     */
    private static Speaker titled(Annotated a, Speaker s, int k, int first) {
        List<Token> toks = a.tokens();
        int j = k;
        while (j > first && k - j < MAX_TITLE && toks.get(j).pos().startsWith("NNP") && Character.isUpperCase(toks.get(j).word().charAt(0))) j--;
        if (j == k || !toks.get(j).word().equals(",")) return s;
        int start = toks.get(j + 1).start();
        return new Speaker(a.text().substring(start, s.end()), s.entity(), start, s.end(), s.resolution());
    }

    /**
     * "a rule, which officials said will take effect in May" / "a sector that many economists say is the future" /
     * "what she said is growing demand": the speaker and cue sit inside a relative clause whose verb follows the cue;
     * the report runs from the relative pronoun to the clause's end.
     */
    private static Found relative(Annotated a, int c, SpeakerFinder speakers, List<String> recent, IntUnaryOperator contentEnd) {
        List<Token> toks = a.tokens();
        if (c + 1 >= toks.size() || toks.get(c + 1).sentence() != toks.get(c).sentence() || !toks.get(c + 1).pos().matches("VB[DZP]|MD")) return null;
        Speaker speaker = speakers.before(c, recent);
        if (speaker == null || speaker.resolution().equals("unresolved") && speaker.text().equalsIgnoreCase("who")) return null;
        int rel = a.firstTokenAtOrAfter(speaker.start()) - 1;
        if (rel < 0 || toks.get(rel).sentence() != toks.get(c).sentence() || !toks.get(rel).word().matches("(?i)which|that|what")) return null;
        int end = contentEnd.applyAsInt(c + 1);
        // ", which officials said will take effect in May, covers …": a clause set off by commas ends at the next one.
        if (rel > 0 && toks.get(rel - 1).word().equals(",")) {
            for (int k = c + 2; k < end; k++) if (toks.get(k).word().equals(",")) { end = k; break; }
        }
        return end - (c + 1) >= MIN_CONTENT ? new Found(rel, end, speaker) : null;
    }
}

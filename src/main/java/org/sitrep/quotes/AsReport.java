package org.sitrep.quotes;

import java.util.List;
import java.util.function.IntUnaryOperator;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * "As The Washington Post reported last week, the inspector general issued subpoenas …": an attribution fronted by
 * "as" credits the main clause after its comma to the source, the way news cites an earlier report. The cue has no
 * complement of its own, so a cue-then-clause reader finds no content and a preposed reader looks the wrong way.
 */
final class AsReport {

    /** Tokens allowed between the cue and its comma: "reported just today", "noted in December". */
    private static final int MAX_TAIL = 8;
    /** Cues of speaking that say nothing about a proposition: "As he spoke, protesters chanted" is a time clause. */
    private static final String EVENTS = "speak|talk|testify|answer|respond|reply|ask|address|interview|chant|shout|call";

    private AsReport() {}

    /** Token indices of the main clause credited (end exclusive) and who made the report. */
    record Found(int start, int end, Speaker speaker) {}

    /**
     * The report the cue at token c credits by a fronted "As SOURCE CUE,", or null.
     *
     * @param contentEnd where a reported clause starting at a token ends (the caller's rule, so all readers agree)
     */
    static Found find(Annotated a, int c, SpeakerFinder speakers, List<String> recent, IntUnaryOperator contentEnd) {
        List<Token> toks = a.tokens();
        Token cue = toks.get(c);
        if (!cue.pos().matches("VB[DZPN]") || cue.lemma().toLowerCase(java.util.Locale.ROOT).matches(EVENTS)) return null;
        int sentence = cue.sentence();
        int first = Clauses.sentenceStart(toks, c);
        Speaker speaker = speakers.before(c, recent);
        if (speaker == null) return null;
        int as = a.firstTokenAtOrAfter(speaker.start()) - 1;
        if (as < first || !toks.get(as).word().equalsIgnoreCase("as")) return null;
        // "As" opens the sentence, or follows a conjunction opening it ("But as the Times reported, …"); a mid-sentence
        // "as X reported" credits what comes before it, which the preposed reader takes.
        if (as > first && !(as - 1 == first && toks.get(first).pos().equals("CC"))) return null;
        int comma = c + 1;
        while (comma < toks.size() && comma <= c + MAX_TAIL && toks.get(comma).sentence() == sentence
                && !toks.get(comma).word().matches("[,;:]") && !toks.get(comma).pos().startsWith("VB")) comma++;
        if (comma >= toks.size() || toks.get(comma).sentence() != sentence || !toks.get(comma).word().equals(",")) return null;
        // "As Breitbart reported, even on Friday morning, the White House …": an adverbial set off by commas may come first.
        if (FrontedClause.subjectThenVerb(toks, comma) < 0) comma = adverbialEnd(toks, comma);
        if (comma < 0 || FrontedClause.subjectThenVerb(toks, comma) < 0) return null;
        int start = comma + 1, end = contentEnd.applyAsInt(start);
        return end - start < 3 ? null : new Found(start, end, speaker);
    }

    /** The comma closing a short verbless phrase after the comma at k, or -1. */
    private static int adverbialEnd(List<Token> toks, int k) {
        for (int j = k + 1; j < toks.size() && j <= k + MAX_TAIL && toks.get(j).sentence() == toks.get(k).sentence(); j++) {
            if (toks.get(j).word().equals(",")) return j > k + 1 ? j : -1;
            if (toks.get(j).pos().startsWith("VB") || toks.get(j).word().matches("[;:]")) return -1;
        }
        return -1;
    }
}

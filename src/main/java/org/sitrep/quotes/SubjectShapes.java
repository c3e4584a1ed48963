package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * Subjects of a cue in shapes a noun phrase alone does not cover: a noun with a participle and a time, a phrase
 * between dashes, a partitive, a proportion, a relative clause the noun before the cue sits in, a time phrase to skip,
 * an appositive ending in a quoted title.
 */
final class SubjectShapes {

    private final Annotated a;
    private final SpeakerFinder speakers;

    SubjectShapes(Annotated a, SpeakerFinder speakers) {
        this.a = a;
        this.speakers = speakers;
    }

    /**
     * "Officials who spoke with the newspaper said": the noun before the cue sits in a relative clause; the subject is
     * the noun the clause hangs on, the span running over the clause, as annotators mark it.
     */
    Speaker relativeHead(Speaker np, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int s = a.firstTokenAtOrAfter(np.start());
        boolean verb = false;
        for (int j = s - 1; j > 0 && j >= s - 12 && toks.get(j).sentence() == toks.get(s).sentence(); j--) {
            Token t = toks.get(j);
            if (t.word().matches("[,;:()]|--|—") || quoteMark(t.word())) return null;
            if (t.pos().matches("VB[DZP]|MD")) verb = true;
            if (!t.pos().matches("WP|WDT") || !lower(t).matches("who|that")) continue;
            // "Kate Parr, who is chairman of the fund said": a relative clause set off by a comma it never closes.
            int h = j > 1 && toks.get(j - 1).word().equals(",") && toks.get(j - 2).pos().startsWith("NNP") ? j - 2 : j - 1;
            Token before = toks.get(h);
            if (!verb || before.sentence() != t.sentence()) return null;
            Speaker head = before.pos().startsWith("NN") ? speakers.nounPhraseEndingAt(h, recentSpeakers)
                    : lower(before).matches("those|many|some|others") ? new Speaker(before.word(), null, before.start(), before.end(), "noun") : null;
            if (head == null) return null;
            return new Speaker(a.text().substring(head.start(), np.end()), head.entity(), head.start(), np.end(), head.resolution());
        }
        return null;
    }

    /**
     * "About 4 in 10 say", "six in 10 Republicans said" with the noun left out: poll reports name their speakers by a
     * proportion; the phrase ends in a number, which no noun phrase does.
     */
    Speaker proportion(int k) {
        List<Token> toks = a.tokens();
        if (k < 2 || !toks.get(k).pos().equals("CD") || !lower(toks.get(k - 1)).equals("in") || !toks.get(k - 2).pos().equals("CD")) return null;
        int s = k - 2;
        while (s > 0 && toks.get(s - 1).sentence() == toks.get(k).sentence() && lower(toks.get(s - 1)).matches("about|nearly|almost|only|roughly|just|over|than|more|fewer|less")) s--;
        int start = toks.get(s).start(), end = toks.get(k).end();
        return new Speaker(a.text().substring(start, end), null, start, end, "noun");
    }

    /**
     * "A court document filed Thursday says", "New polls released Sunday showed": a noun with a participle and a time
     * after it is the subject; annotators mark the phrase whole.
     */
    Speaker reducedRelative(int k, int c, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        if (k < 1 || k + 1 >= c || !toks.get(k).pos().matches("VB[ND]") || !toks.get(k - 1).pos().matches("NN.*")) return null;
        if (toks.get(k - 1).sentence() != toks.get(k).sentence() || !SpeakerFinder.TIME.contains(lower(toks.get(k + 1)))) return null;
        Speaker np = speakers.nounPhraseEndingAt(k - 1, recentSpeakers);
        if (np == null) return null;
        int e = k + 1;
        while (e < c && SpeakerFinder.TIME.contains(lower(toks.get(e)))) e++;
        int end = toks.get(e - 1).end();
        return new Speaker(a.text().substring(np.start(), end), np.entity(), np.start(), end, np.resolution());
    }

    static boolean dash(String w) { return w.equals("—") || w.equals("--") || w.equals("–"); }

    /** "Jason Sims — a teacher from Ohio — says": the name before an appositive between dashes, the span over both. */
    Speaker dashed(int close, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        for (int j = close - 1; j > 0 && j >= close - 15 && toks.get(j).sentence() == toks.get(close).sentence(); j--) {
            if (toks.get(j).pos().matches("VB[DZP]|MD")) return null;
            if (!dash(toks.get(j).word())) continue;
            Speaker head = toks.get(j - 1).sentence() == toks.get(j).sentence() ? speakers.nounPhraseEndingAt(j - 1, recentSpeakers) : null;
            if (head == null) return null;
            int end = toks.get(close).end();
            return new Speaker(a.text().substring(head.start(), end), head.entity(), head.start(), end, head.resolution());
        }
        return null;
    }

    /** The preposition opening a time phrase ending at k ("at the time", "in recent weeks", "of late"), or k. */
    int timePhraseStart(int k) {
        List<Token> toks = a.tokens();
        if (!toks.get(k).lemma().toLowerCase(Locale.ROOT).matches("time|week|day|month|year|moment|late|past")) return k;
        int j = k - 1;
        while (j > 0 && toks.get(j).pos().matches("DT|JJ|CD") && toks.get(j).sentence() == toks.get(k).sentence()) j--;
        return j >= 1 && lower(toks.get(j)).matches("at|in|of|over|during|for") && toks.get(j - 1).sentence() == toks.get(k).sentence() ? j : k;
    }

    /** "most of them said", "two of those polled say": a quantity of a group speaks; the span runs over the group. */
    Speaker partitive(int k, List<String> recentSpeakers) {
        List<Token> toks = a.tokens();
        int of = k - 1;
        if (toks.get(k).pos().equals("VBN") && of > 0) of--; // "those polled"
        if (of < 1 || !lower(toks.get(of)).equals("of") || !lower(toks.get(of + 1)).matches("them|us|those|these|you")) return null;
        Token q = toks.get(of - 1);
        if (q.sentence() != toks.get(k).sentence() || !(q.pos().matches("CD|JJS|DT|NN") || lower(q).matches("most|many|some|all|both|none|half|each|few"))) return null;
        int start = q.start(), end = toks.get(k).end();
        return new Speaker(a.text().substring(start, end), null, start, end, "noun");
    }

    private static String lower(Token t) { return t.word().toLowerCase(Locale.ROOT); }

    /**
     * The opening mark of a short quoted stretch closing at k that opens after a word of the same sentence ("author of
     * “Going Viral,”"), or -1.
     */
    int quotedInside(int close) {
        List<Token> toks = a.tokens();
        for (int j = close - 2; j > 0 && j >= close - 12 && toks.get(j).sentence() == toks.get(close).sentence(); j--) {
            if (!quoteMark(toks.get(j).word())) continue;
            Token before = toks.get(j - 1);
            return before.sentence() == toks.get(j).sentence() && Character.isLetterOrDigit(before.word().charAt(0)) ? j : -1;
        }
        return -1;
    }

    static boolean quoteMark(String w) { return w.matches("``|''|\"|“|”"); }
}

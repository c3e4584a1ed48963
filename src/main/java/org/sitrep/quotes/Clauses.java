package org.sitrep.quotes;

import java.util.List;
import org.sitrep.annotate.Token;

/** Where a token's sentence starts and ends, whether a stretch of it is a clause, and where a report in it ends: what the report readers share. */
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

    /** A short rest of the sentence after the comma at k that is a speaker and a verb of saying: ", officials said." */
    static boolean closingAttribution(List<Token> toks, int k) {
        int end = sentenceEnd(toks, k, toks.get(k).sentence());
        if (end - k > 10) return false;
        int verbs = 0;
        boolean saying = false;
        for (int j = k + 1; j < end; j++) {
            if (toks.get(j).pos().matches("VB[DZP]|MD")) verbs++;
            Cues.Cue cue = Cues.standard().get(toks.get(j).lemma());
            if (toks.get(j).pos().matches("VB[DZ]") && j > k + 1 && cue != null && cue.kind().equals("speech")) saying = true;
            if (toks.get(j).word().matches("[,;:]") && j < end - 1) return false;
        }
        return saying && verbs == 1 && toks.get(end - 1).word().matches("[.!?]");
    }

    /**
     * "pushing European countries to take their citizens back, but so far they have been reluctant": an object or an
     * infinitive ends where ", but" starts the writer's own clause.
     */
    static int coordinationAt(List<Token> toks, int from, int to) {
        for (int k = from + 1; k + 1 < to; k++) {
            if (toks.get(k).word().equals(",") && toks.get(k + 1).pos().equals("CC")) return k;
        }
        return to;
    }

    /**
     * "When Trump said Cuba would sue, Rubio fired back": a report inside the adverbial clause opening its sentence
     * ends with that clause, at its comma; the main clause after it is not what was reported.
     */
    static boolean inOpeningSubordinate(List<Token> toks, int from) {
        int first = sentenceStart(toks, from), k = first;
        if (k < toks.size() && toks.get(k).pos().equals("RB")) k++; // "Soon after …"
        if (k >= from || !toks.get(k).word().matches("(?i)when|after|as|while|before|because|since|if|although|though|until|once|whenever")) return false;
        for (int j = k + 1; j < from; j++) if (toks.get(j).word().matches("[,;:]") || QuoteMarks.isOpening(toks.get(j).word().charAt(0))) return false;
        return true;
    }

    /**
     * "recognize it for what it is (Jane Roe once said, “…”)": a parenthesis holding a report of its own is an aside,
     * not part of the clause reported before it.
     */
    static boolean reportInParentheses(List<Token> toks, int k, Cues cues) {
        if (!toks.get(k).word().matches("\\(|-LRB-")) return false;
        for (int j = k + 1; j < toks.size() && j <= k + 25 && toks.get(j).sentence() == toks.get(k).sentence(); j++) {
            if (toks.get(j).word().matches("\\)|-RRB-")) return false;
            if (cueIntroducing(toks, j, cues)) return true;
        }
        return false;
    }

    /**
     * "Most said they would vote for him, while 9 percent found it a deterrent": a contrast ("while", "whereas", "though") whose
     * clause has a subject and a reporting verb of its own sets another source's report beside this one.
     */
    static boolean contrastingReport(List<Token> toks, int k, Cues cues) {
        return toks.get(k).word().matches("(?i)while|whereas|though|although") && subjectAndReport(toks, k + 1, cues);
    }

    /**
     * "Clinton said hackers broke into the committee's computers and she accused Trump of …", "claimed responsibility but
     * officials have said …": a conjunction opening a clause with a subject and a reporting verb of its
     * own, joins a second report to the first rather than continuing what was reported.
     */
    static boolean coordinatedReport(List<Token> toks, int from, int k, Cues cues) {
        String w = toks.get(k).word();
        // "and" also joins subjects ("said Smith and Jones told him"), so it needs a clause before it; "but" and ";" do not.
        if (!w.matches("(?i)and|but|yet|;") || w.equalsIgnoreCase("and") && !finiteVerb(toks, from, k)) return false;
        return subjectAndReport(toks, k + 1, cues);
    }

    /**
     * "Like other owners who foresee an upside, Mr. Schmidt said …", "Asked if she believed Putin wanted him to win,
     * Clinton said …": a report inside a phrase fronted before the main clause ends at the comma where the main clause
     * starts with a subject and a reporting verb of its own.
     */
    static boolean mainClauseAfterFronted(List<Token> toks, int from, int k, Cues cues) {
        if (!toks.get(k).word().equals(",") || k + 1 >= toks.size() || !subjectAndReport(toks, k + 1, cues)) return false;
        int first = sentenceStart(toks, from);
        if (toks.get(first).pos().matches("VB[NG]")) return true;
        for (int j = first; j < from; j++) {
            if (toks.get(j).word().matches("(?i)who|which|where|when|whom|if|whether|after|before|because|while|although|though|since|as|like|unless")) return true;
        }
        return false;
    }

    /** A subject at j and, within a few words, a finite reporting verb (after its auxiliaries: "has said", "did not deny"). */
    private static boolean subjectAndReport(List<Token> toks, int j, Cues cues) {
        int sentence = toks.get(j - 1).sentence();
        if (j >= toks.size() || toks.get(j).sentence() != sentence || !toks.get(j).pos().matches("DT|PRP|NNP?S?|CD|JJ")) return false;
        boolean finite = false;
        for (int k = j; j < toks.size() && j <= k + 8 && toks.get(j).sentence() == sentence; j++) {
            Token t = toks.get(j);
            boolean auxiliary = t.pos().equals("MD") || t.pos().matches("VB[DZP]") && t.lemma().matches("(?i)have|be|do");
            if (auxiliary) { finite = true; continue; }
            if (finite && t.pos().equals("RB")) continue;
            if (t.pos().matches("VB[DZP]") || finite && t.pos().matches("VB[NG]?")) return cues.reporting(t.lemma()) != null;
            if (t.pos().startsWith("VB") || t.word().matches("[,;:]")) return false;
        }
        return false;
    }

    /** A finite reporting verb at k, after adverbs, right before a comma, colon or opening mark: it introduces a quote. */
    static boolean cueIntroducing(List<Token> toks, int k, Cues cues) {
        while (k < toks.size() && toks.get(k).pos().equals("RB")) k++;
        if (k + 1 >= toks.size() || !toks.get(k).pos().matches("VB[DZ]") || cues.get(toks.get(k).lemma()) == null) return false;
        Token next = toks.get(k + 1);
        return next.sentence() == toks.get(k).sentence() && (next.word().matches("[,:]") || QuoteMarks.isOpening(next.word().charAt(0)));
    }
}

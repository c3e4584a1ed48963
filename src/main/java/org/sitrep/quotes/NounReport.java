package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Speaker;

/**
 * Reports carried by a noun with its that-clause: "Trump's assertion that thousands celebrated", "his stern warning that
 * …", "the claim that …". A bare noun ("the claim", "his support") is a cue only now and then; with a complement clause
 * it reports a content, and a possessive before it names the holder.
 */
final class NounReport {

    /** Token index where the content starts and ends (exclusive; -1: with the clause), and the holder (null when none is named). */
    record Found(int content, int end, Speaker source) {}

    /** Nouns of saying: a that-clause after them is what was said, named holder or not ("the assertion that …"). */
    private static final Set<String> SAYING = Set.of("claim", "assertion", "statement", "warning", "allegation", "accusation",
            "argument", "suggestion", "announcement", "promise", "pledge", "insistence", "contention", "admission", "denial",
            "prediction", "charge", "complaint", "assurance", "declaration", "report", "rumor", "threat", "vow", "comment", "remark");
    /** Nouns of believing: "the belief that …" reports someone's only when the holder is named ("his view that …"). */
    private static final Set<String> BELIEF = Set.of("belief", "view", "hope", "fear", "concern", "conviction", "expectation",
            "notion", "idea", "worry", "sense", "feeling", "impression", "assumption", "position", "opinion", "conclusion");
    /** Nouns of judging: "her criticism of the law", "Trump's view of NATO" report a stance on what follows "of". */
    private static final Set<String> TOPIC = Set.of("criticism", "opposition", "view", "assessment", "announcement",
            "endorsement", "embrace", "defense", "rejection", "praise", "condemnation", "description", "interpretation",
            "estimate", "opinion", "impression", "perception", "skepticism", "denunciation", "characterization", "dismissal");
    private static final Set<String> CLAUSE_START = Set.of("PRP", "DT", "NNP", "NNPS", "NNS", "NN", "EX", "CD", "JJ", "PRP$");
    private static final int MAX_MODIFIERS = 4;

    private NounReport() {}

    /** The report the noun at token c carries, or null. */
    static Found find(Annotated a, int c, SpeakerFinder speakers, List<String> recent) {
        List<Token> toks = a.tokens();
        Token t = toks.get(c);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        boolean saying = SAYING.contains(lemma);
        if (t.pos().startsWith("NN") && c + 2 < toks.size() && TOPIC.contains(lemma)) return topic(a, c, speakers, recent);
        if (!t.pos().startsWith("NN") || !saying && !BELIEF.contains(lemma) || c + 2 >= toks.size()) return null;
        // A complementizer (IN), not a relative pronoun ("the claim that he made"): the tagger tells them apart.
        Token that = toks.get(c + 1), next = toks.get(c + 2);
        if (!that.word().equalsIgnoreCase("that") || !that.pos().equals("IN") || next.sentence() != t.sentence()) return null;
        if (!CLAUSE_START.contains(next.pos())) return null;
        int end = Clauses.sentenceEnd(toks, c + 2, t.sentence());
        if (!Clauses.finiteVerb(toks, c + 2, end)) return null;
        Speaker holder = holder(a, c, speakers, recent);
        return holder == null && !saying ? null : new Found(c + 2, -1, holder);
    }

    /** "Trump's view of NATO": a judging noun with a named holder reports its stance on the phrase after "of"/"about". */
    private static Found topic(Annotated a, int c, SpeakerFinder speakers, List<String> recent) {
        List<Token> toks = a.tokens();
        int sentence = toks.get(c).sentence();
        Token prep = toks.get(c + 1), first = toks.get(c + 2);
        if (!prep.word().matches("(?i)of|about|to") || first.sentence() != sentence || !CLAUSE_START.contains(first.pos()) && !first.pos().equals("VBG")) return null;
        if (prep.word().equalsIgnoreCase("to") && !toks.get(c).lemma().equalsIgnoreCase("opposition")) return null;
        Speaker holder = holder(a, c, speakers, recent);
        // A possessive pronoun's antecedent is too often another's here ("his view of her"): a named holder only.
        if (holder == null || !holder.resolution().matches("name|noun")) return null;
        int end = c + 2; // the phrase ends before the clause's verb or a comma: "Trump's view of NATO has changed"
        while (end < toks.size() && toks.get(end).sentence() == sentence && !toks.get(end).pos().matches("VB[DZP]|MD|WDT|WP") && !toks.get(end).word().matches("[,;:.!?()]|--|—")) end++;
        return new Found(c + 2, end, holder);
    }

    /** "Trump's recent evidence-free assertion", "his stern warning": the possessor before the noun's modifiers. */
    static Speaker holder(Annotated a, int c, SpeakerFinder speakers, List<String> recent) {
        List<Token> toks = a.tokens();
        int k = c - 1;
        while (k >= 0 && k >= c - MAX_MODIFIERS && toks.get(k).sentence() == toks.get(c).sentence()
                && toks.get(k).pos().matches("JJ.*|RB|HYPH|VBN|NN|CD")) k--;
        if (k < 1 || toks.get(k).sentence() != toks.get(c).sentence()) return null;
        if (toks.get(k).pos().equals("PRP$")) return speakers.possessiveAt(k, recent);
        if (!toks.get(k).pos().equals("POS") || toks.get(k - 1).sentence() != toks.get(c).sentence()) return null;
        return speakers.nounPhraseEndingAt(k - 1, recent);
    }
}

package org.sitrep.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote;
import org.sitrep.model.Quote.Speaker;

/**
 * Reports attributed by a phrase rather than a verb: "According to X, CONTENT." / "CONTENT, according to X." and
 * their parenthetical form, and a document or poll as the source: "In a Washington Post-ABC News poll released
 * Sunday, CONTENT." / "CONTENT, in a statement."
 */
final class SourcePhrase {

    /** Token range of the content (end exclusive), the cue and the source. */
    record Found(int start, int end, Quote.Cue cue, Speaker source) {}

    /** What a report may be "in": documents and surveys, whose authors speak through them. */
    private static final Set<String> DOCUMENTS = Set.of("poll", "polls", "survey", "study", "report", "statement", "interview",
            "letter", "memo", "op-ed", "column", "editorial", "tweet", "post", "speech", "filing", "lawsuit", "complaint", "book",
            "analysis", "memoir", "essay", "video", "ad", "release", "testimony", "affidavit", "ruling", "opinion");
    private static final int MAX_PHRASE = 20;
    private static final int MIN_CONTENT = 3;

    private final Annotated a;
    private final List<Token> toks;
    private final SpeakerFinder speakers;
    private final Cues cues;
    private final IntUnaryOperator contentEnd;

    SourcePhrase(Annotated a, SpeakerFinder speakers, Cues cues, IntUnaryOperator contentEnd) {
        this.a = a;
        this.toks = a.tokens();
        this.speakers = speakers;
        this.cues = cues;
        this.contentEnd = contentEnd;
    }

    /** "according to X" with its cue at token c ("according"), or null. */
    Found accordingTo(int c, List<String> recent) {
        int e = phraseEnd(c + 2);
        if (e == c + 2) return null;
        Speaker s = source(c + 2, e, recent);
        if (s == null) return null;
        int[] content = around(c, e);
        if (content == null) return null;
        return new Found(content[0], content[1], new Quote.Cue("according to", "according to", toks.get(c).start(), toks.get(c + 1).end()), s);
    }

    /** "in a … poll/statement/interview" at token c ("in"), or null; a content with its own reporting verb has its own speaker. */
    Found in(int c, List<String> recent) {
        int e = phraseEnd(c + 1);
        if (e == c + 1) return null;
        int head = e - 1;
        for (int k = c + 1; k < e; k++) {
            if (toks.get(k).pos().matches("VB[DZPGN]|MD|IN") && k > c + 1) { head = k - 1; break; } // "poll released Sunday", "study by Pew"
        }
        if (!DOCUMENTS.contains(toks.get(head).word().toLowerCase(Locale.ROOT))) return null;
        int[] content = around(c, e);
        if (content == null) return null;
        for (int k = content[0]; k < content[1]; k++) {
            if (toks.get(k).pos().startsWith("VB") && cues.reporting(toks.get(k).lemma()) != null && (k < c || k >= e)) return null;
        }
        Speaker s = source(c + 1, e, recent);
        return s == null ? null : new Found(content[0], content[1], new Quote.Cue(toks.get(c).word(), "in", toks.get(c).start(), toks.get(c).end()), s);
    }

    /** The first comma, period or semicolon after a source phrase starting at token from, within its sentence. */
    private int phraseEnd(int from) {
        int sentence = toks.get(from - 1).sentence();
        int e = from;
        while (e < toks.size() && e < from + MAX_PHRASE && toks.get(e).sentence() == sentence && !toks.get(e).word().matches("[,.;:]")) e++;
        return e < toks.size() && toks.get(e).sentence() == sentence && toks.get(e).word().matches("[,.;:]") ? e : from;
    }

    /**
     * The content around a phrase from c to e: after it when it opens a clause ("According to X, …"), before it
     * when it closes the sentence ("…, according to X."), both sides when it sits between commas.
     */
    private int[] around(int c, int e) {
        int first = Clauses.sentenceStart(toks, c);
        boolean before = c > first && toks.get(c - 1).word().equals(",");
        boolean after = toks.get(e).word().equals(",") && e + 1 < toks.size() && toks.get(e + 1).sentence() == toks.get(c).sentence();
        if (!before && after) {
            int end = contentEnd.applyAsInt(e + 1);
            return end - (e + 1) >= MIN_CONTENT ? new int[] {e + 1, end} : null;
        }
        if (!before) return null;
        if (after) { // "For Trump, according to Bennett, the speech represents …"
            int end = contentEnd.applyAsInt(e + 1);
            return end - first >= MIN_CONTENT + 2 && Clauses.finiteVerb(toks, first, end) ? new int[] {first, end} : null;
        }
        return c - 1 - first >= MIN_CONTENT ? new int[] {first, c - 1} : null;
    }

    /** The source phrase from..to: the entity it names, or the whole phrase when it names none. */
    private Speaker source(int from, int to, List<String> recent) {
        Speaker s = speakers.nounPhraseEndingAt(to - 1, recent);
        if (s != null && s.start() >= toks.get(from).start()) {
            if (s.entity() != null || s.start() == toks.get(from).start()) return s;
            return new Speaker(a.text().substring(toks.get(from).start(), s.end()), null, toks.get(from).start(), s.end(), s.resolution());
        }
        // "a January 2016 study by the Pew Research Center based on census data from 2014": the whole phrase
        int start = toks.get(from).start(), end = toks.get(to - 1).end();
        EntityIndex.Hit named = null;
        for (int k = from; k < to && named == null; k++) {
            EntityIndex.Hit h = speakers.entities().at(toks.get(k).start());
            if (h != null && h.entity().type().matches("PERSON|ORGANIZATION")) named = h;
        }
        return new Speaker(a.text().substring(start, end), named == null ? null : named.entity().id(), start, end, named == null ? "noun" : "name");
    }
}

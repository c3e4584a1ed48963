package org.sitrep.quotes;

import java.util.List;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Quote.Party;
import org.sitrep.model.Quote.Speaker;

/**
 * The cue and speaker of a direct quote: after it (",” he told CNN", ",” Trump barked", ",” according to …") or
 * before it ("He said: “…", "Dr. Ward stated:" ending the sentence before). Right next to a quotation, almost any
 * finite verb reports it ("barked", "went on", "quipped"), so there the lexicon is not required; further away it is.
 */
final class DirectAttribution {

    /** cue: token index of the reporting word, or -1; medium: "told CNN". */
    record Found(int cue, Speaker speaker, Party medium) {}

    private static final Set<String> NOT_REPORTING = Set.of("be", "have", "do", "get", "make", "go", "come", "take", "give", "seem", "become");
    private static final int NEAR = 4;
    private static final Set<String> ADDRESSEE_FIRST = Set.of("tell", "ask", "urge", "remind", "assure", "inform", "warn");

    private final Annotated a;
    private final List<Token> toks;
    private final SpeakerFinder speakers;
    private final Cues cues = Cues.standard();

    DirectAttribution(Annotated a, SpeakerFinder speakers) {
        this.a = a;
        this.toks = a.tokens();
        this.speakers = speakers;
    }

    Found find(int first, int last, List<String> recent) {
        Found f = after(last, recent);
        return f != null ? f : before(first, recent);
    }

    private Found after(int last, List<String> recent) {
        int from = last + 1;
        while (from < toks.size() && isMark(toks.get(from))) from++;
        if (from >= toks.size()) return null;
        int sentence = toks.get(from).sentence();
        // A new paragraph after the quote starts something else, unless it only signs it ("\n\n- Bernie Sanders.").
        if (a.text().substring(toks.get(last).end(), toks.get(from).start()).indexOf('\n') >= 0) return dashed(from, recent);
        // “…,” and shared a link: the quote is the object of a verb before it, not attributed after it.
        if (toks.get(from).word().matches("(?i)and|but|then|or")) return null;
        Found dash = dashed(from, recent);
        if (dash != null) return dash;
        boolean openTail = endsOpen(last); // “…,” / “…?” / “…!”: the sentence goes on with its attribution
        // After “….” only a short tail ("he said.") still belongs to the quote; after “…,” a subject with an appositive
        // may come first ("Robert McDuff, attorney for one of four groups to file suit over the law, said").
        int reach = openTail ? 25 : 3;
        boolean relative = false; // inside ", who has known the Clintons for decades," whose verbs are not the cue
        for (int c = from; c < toks.size() && c <= from + reach; c++) {
            if (toks.get(c).sentence() != sentence && !speakers.continuesSentence(c)) break;
            sentence = toks.get(c).sentence();
            Token t = toks.get(c);
            if (QuoteMarks.opens(a.text(), t.word(), t.start())) break; // the next quote
            if (t.word().matches("(?i)who|which|whose") && c > from && toks.get(c - 1).word().equals(",")) relative = true;
            else if (t.word().equals(",")) relative = false;
            if (relative) continue;
            if (t.word().equalsIgnoreCase("according") && c + 1 < toks.size() && toks.get(c + 1).word().equalsIgnoreCase("to")) {
                Speaker s = speakers.after(c + 1, recent);
                return s == null ? null : new Found(c, s, null);
            }
            if (!t.pos().startsWith("VB")) continue;
            boolean known = cues.get(t.lemma()) != null;
            boolean adjacent = openTail && c - from <= NEAR && t.pos().matches("VB[DZP]") && !NOT_REPORTING.contains(lemma(t));
            if (!known && !adjacent) {
                if (t.pos().matches("VB[DZ]")) break; // another clause's verb: the quote's attribution is not further on
                continue;
            }
            // “….” He added, “…”: after a closed quote, a cue opening the next one is that quote's, not this one's.
            if (!openTail && introducesQuote(c)) return null;
            Speaker s = speakers.before(c, recent);
            // "“…?” asked Bennett": a cue right after the quote has no subject before it; the name after it is the
            // speaker even for a verb of asking or telling, whose bare object is otherwise the addressee.
            if (s == null || s.start() < toks.get(last).end()) s = c == from ? speakers.after(c, recent) : subjectOrInverted(c, recent);
            if (s != null) return new Found(c, s, medium(c));
        }
        return null;
    }

    /**
     * A participle's speaker is its clause's subject (", telling the crowd, “…"; "a reporter can be heard asking Trump");
     * after a verb of telling comes the addressee, never the speaker; otherwise an inverted "said Smith".
     */
    private Speaker subjectOrInverted(int c, List<String> recent) {
        Token t = toks.get(c);
        if (t.pos().equals("VBG") || t.pos().equals("VBN")) {
            Speaker s = speakers.clauseSubject(c, recent);
            if (s != null && s.end() <= t.start()) return s;
        }
        if (ADDRESSEE_FIRST.contains(lemma(t))) return null;
        return speakers.after(c, recent);
    }

    private Found before(int first, List<String> recent) {
        int open = first - 1;
        while (open >= 0 && isMark(toks.get(open))) open--;
        if (open < 0) return null;
        // "He said: “…" and "Dr. Ward stated:" ending the paragraph before: the colon carries the attribution over.
        boolean colon = toks.get(open).word().equals(":");
        int sentence = toks.get(open).sentence();
        if (!colon && sentence != toks.get(first).sentence()) return null;
        boolean introduced = colon || toks.get(open).word().equals(",");
        Found signed = colon ? dashedBeforeColon(open, recent) : null;
        if (signed != null) return signed;
        // After a colon the introducing clause can be long ("the committee said about its inclusion of …:").
        for (int c = open; c >= 0 && c >= open - (colon ? 25 : 10) && toks.get(c).sentence() == sentence; c--) {
            Token t = toks.get(c);
            if (t.word().equalsIgnoreCase("according") && c + 1 < open && toks.get(c + 1).word().equalsIgnoreCase("to")) {
                Speaker s = speakers.after(c + 1, recent); // "According to HuffPo: “…"
                if (s != null) return new Found(c, s, null);
            }
            if (!t.pos().startsWith("VB")) continue;
            boolean known = cues.get(t.lemma()) != null;
            boolean adjacent = introduced && c >= open - 2 && !NOT_REPORTING.contains(lemma(t));
            if (!known && !adjacent) continue;
            Speaker s = objectOrSubject(c, speakers.before(c, recent), recent);
            if (s == null) s = subjectOrInverted(c, recent);
            if (s != null) return new Found(c, s, medium(c));
        }
        Found inverted = introduced ? openingSaid(open, recent) : null;
        if (inverted != null) return inverted;
        if (!colon) return null;
        Found t = transcript(open, recent);
        return t != null ? t : mainSubject(open, recent);
    }

    /**
     * "Said Comey, “…" / "Said Dorothy Poynter, who grew up with Ali in the neighborhood, “…": a sentence opening with
     * an inverted cue, which the tagger takes for part of a name; the speaker is the name after it.
     */
    private Found openingSaid(int open, List<String> recent) {
        int sentence = toks.get(open).sentence(), first = open;
        while (first > 0 && toks.get(first - 1).sentence() == sentence) first--;
        if (open - first > 25 || !toks.get(first).word().matches("Said|Says|Added|Asked")) return null;
        Speaker s = speakers.after(first, recent);
        if (s == null || s.start() < toks.get(first).end()) {
            int e = first + 1;
            while (e < open && toks.get(e).pos().startsWith("NNP")) e++;
            if (e == first + 1) return null;
            int start = toks.get(first + 1).start(), end = toks.get(e - 1).end();
            s = new Speaker(a.text().substring(start, end), null, start, end, "name");
        }
        return new Found(first, s, null);
    }

    /**
     * "In a Fox interview later that day, Trump went even further: “…" / "She then addressed the supporters again:":
     * a sentence ending in a colon before a quote introduces it whatever its verb; a person or organisation named as
     * its first verb's subject, or a pronoun standing for one, is who speaks.
     */
    private Found mainSubject(int colon, List<String> recent) {
        int sentence = toks.get(colon).sentence();
        int first = colon;
        while (first > 0 && toks.get(first - 1).sentence() == sentence) first--;
        for (int c = first; c < colon; c++) {
            if (!toks.get(c).pos().matches("VB[DZP]")) continue;
            Speaker s = speakers.before(c, recent);
            if (s == null || s.entity() == null) return null;
            boolean person = s.resolution().equals("pronoun") || s.resolution().equals("name")
                    && speakers.entities().at(s.start()) != null && speakers.entities().at(s.start()).entity().type().matches("PERSON|ORGANIZATION");
            return person ? new Found(c, s, null) : null;
        }
        return null;
    }

    /**
     * "she released a statement saying: “…": before a participle, a common noun right after a verb is that verb's
     * object (what carries the words); the verb's subject is the speaker, as for indirect reports.
     */
    private Speaker objectOrSubject(int c, Speaker s, List<String> recent) {
        if (s == null || !toks.get(c).pos().equals("VBG") || s.entity() != null || !s.resolution().equals("noun")) return s;
        int k = a.firstTokenAtOrAfter(s.start()) - 1;
        if (k < 0 || !toks.get(k).pos().matches("VB.*|RP")) return s;
        Speaker subject = speakers.clauseSubject(c, recent);
        return subject != null && subject.end() <= s.start() ? subject : s;
    }

    /** "Rep. Trey Gowdy (R-S.C.): “…": a name opening its line, then a colon, as transcripts and interviews print it. */
    private Found transcript(int colon, List<String> recent) {
        if (colon < 1) return null;
        Speaker s = speakers.nameEndingAt(colon - 1, recent);
        if (s == null) return null;
        // Only a title may come before the name on its line ("Former secretary of state Hillary Rodham Clinton:").
        int line = a.text().lastIndexOf('\n', s.start()) + 1;
        int from = a.firstTokenAtOrAfter(line), start = a.firstTokenAtOrAfter(s.start());
        // "IOWA POLLS NOT WRONG, JUST TOO EARLY - Mark Blumenthal:": a heading and a dash may open the line before the name.
        for (int k = start - 1; k > from; k--) if (isDash(toks.get(k).word())) { from = k + 1; break; }
        if (start - from > 6) return null;
        for (int k = from; k < start; k++) if (toks.get(k).pos().startsWith("VB")) return null;
        return new Found(colon, s, null);
    }

    /**
     * "Pollsters agree - Carl Bialik: “…" / "… in Iowa poll overhype - HuffPollster: “…": a roundup's heading, a dash,
     * then who is quoted; the heading's verbs are not the cue, and the name need not be one the recognizer knows.
     */
    private Found dashedBeforeColon(int colon, List<String> recent) {
        int k = colon - 1;
        while (k > 0 && colon - k <= 5 && capitalNoun(toks.get(k)) && toks.get(k).sentence() == toks.get(colon).sentence()) k--;
        if (k == colon - 1 || !isDash(toks.get(k).word()) || toks.get(k).sentence() != toks.get(colon).sentence()) return null;
        Speaker named = speakers.nameEndingAt(colon - 1, recent);
        int start = toks.get(k + 1).start(), end = toks.get(colon - 1).end();
        Speaker s = named != null && named.start() >= start ? named : new Speaker(a.text().substring(start, end), null, start, end, "noun");
        return new Found(colon, s, null);
    }

    /** “…” — Bernie Sanders: a dash and a name closing the line sign the quote. */
    private Found dashed(int from, List<String> recent) {
        if (!isDash(toks.get(from).word()) || from + 1 >= toks.size()) return null;
        int end = from + 1;
        while (end < toks.size() && toks.get(end).pos().startsWith("NNP")) end++;
        if (end == from + 1) return null;
        boolean closesLine = end >= toks.size() || a.text().substring(toks.get(end - 1).end(), toks.get(end).start()).indexOf('\n') >= 0
                || toks.get(end).word().matches("[.,]");
        Speaker s = closesLine ? speakers.nameEndingAt(end - 1, recent) : null;
        return s == null ? null : new Found(from, s, null);
    }

    private boolean introducesQuote(int c) {
        if (c + 2 >= toks.size() || !toks.get(c + 1).word().matches("[,:]")) return false;
        return QuoteMarks.opens(a.text(), toks.get(c + 2).word(), toks.get(c + 2).start());
    }

    private boolean endsOpen(int last) {
        for (int k = last; k >= 0 && k >= last - 2; k--) {
            String w = toks.get(k).word();
            if (isMark(toks.get(k))) continue;
            return w.equals(",") || w.equals("?") || w.equals("!") || w.equals("--") || w.equals("—");
        }
        return false;
    }

    /** "told CNN": the organisation or person right after a cue of telling. */
    Party medium(int c) {
        Token cue = toks.get(c);
        if (!lemma(cue).equals("tell") || c + 1 >= toks.size()) return null;
        Token next = toks.get(c + 1);
        if (!next.pos().startsWith("NNP")) return null;
        int e = c + 1;
        while (e + 1 < toks.size() && toks.get(e + 1).pos().startsWith("NNP")) e++;
        EntityIndex.Hit hit = speakers.entities().at(next.start());
        return new Party(a.text().substring(next.start(), toks.get(e).end()), hit == null ? null : hit.entity().id(), next.start(), toks.get(e).end());
    }

    /** "HuffPollster" is tagged a common noun; capitalized, it is still a name. */
    private static boolean capitalNoun(Token t) { return t.pos().startsWith("NN") && Character.isUpperCase(t.word().charAt(0)); }

    private static boolean isDash(String w) { return w.matches("-|--|—|–"); }

    /** Quotation marks only; "darn it,’”" ends in one token closing both the inner and the outer quote. */
    private static boolean isMark(Token t) { return t.word().matches("[\"'`“”‘’]+"); }

    private static String lemma(Token t) { return t.lemma().toLowerCase(java.util.Locale.ROOT); }
}

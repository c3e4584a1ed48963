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
    static final Set<String> ADDRESSEE_FIRST = Set.of("tell", "ask", "urge", "remind", "assure", "inform", "warn");

    private final Annotated a;
    private final List<Token> toks;
    private final SpeakerFinder speakers;
    private final Cues cues = Cues.standard();
    private final QuoteSides sides;

    DirectAttribution(Annotated a, SpeakerFinder speakers) {
        this.a = a;
        this.toks = a.tokens();
        this.speakers = speakers;
        this.sides = new QuoteSides(a);
    }

    Found find(int first, int last, List<String> recent) {
        Found signed = signedInside(first, last);
        if (signed != null) return signed;
        boolean runsOn = sides.runsOn(last);
        Found b = before(first, recent, false);
        if (b == null && runsOn) b = before(first, recent, true);
        boolean verbBefore = b != null && b.cue() >= 0 && toks.get(b.cue()).pos().startsWith("VB");
        // "acknowledged on Monday “it will be very hard” if he loses": a quote that runs on into its sentence was
        // introduced by the verb before it; a cue after it reports the rest of the sentence.
        if (verbBefore && runsOn) return b;
        Found f = after(last, recent, runsOn && sides.opensSentence(first));
        // "Mr. Smith continued: “…” He added that …": a verb right before the opening mark reports this quote; a cue
        // after it may report the next sentence or another speaker's words. A verb that reports nothing by itself gives
        // way to a cue after the quote ("the code the family has long embodied: “…,” he said"), and a name subject of
        // a cue right after the quote ("“…,” Pence said") is the stronger sign.
        if (verbBefore && sides.introducesDirectly(b.cue(), first)) {
            if (f == null) return b;
            boolean namedRightAfter = sides.rightAfter(f.cue(), last) && toks.get(f.cue()).pos().matches("VB[DZP]")
                    && f.speaker().resolution().equals("name");
            if (!namedRightAfter && cues.get(toks.get(b.cue()).lemma()) != null) return b;
            // "When someone shouted, “…,” Beck joked, “…”": a cue after the quote that introduces the next one is that one's.
            if (f.cue() > last && sides.introducesLater(f.cue())) return b;
            // "Rubio fired back: “…,” referencing …": a participle after the quote hangs on the verb that introduced it.
            if (f.cue() > last && toks.get(f.cue()).pos().equals("VBG") && toks.get(b.cue()).pos().matches("VB[DZP]")) return b;
        }
        return f != null ? f : b;
    }

    /** @param leading the quote opens its sentence and runs on into it ("“…” about fixing it, said Smith") */
    private Found after(int last, List<String> recent, boolean leading) {
        int from = last + 1;
        while (from < toks.size() && isMark(toks.get(from))) from++;
        if (from >= toks.size()) return null;
        int sentence = toks.get(from).sentence();
        // A new paragraph after the quote starts something else, unless it only signs it ("\n\n- Bernie Sanders.").
        if (a.text().substring(toks.get(last).end(), toks.get(from).start()).indexOf('\n') >= 0) return dashed(from, recent);
        // “…,” and shared a link: the quote is the object of a verb before it, not attributed after it. A quote opening
        // its sentence is no verb's object; a conjunction after it goes on with its words ("“…” but to act, says Smith").
        if (!leading && toks.get(from).word().matches("(?i)and|but|then|or")) return null;
        // "Silverman interjected, “…,” who then sang": a relative clause after the quote hangs on a noun inside it.
        if (toks.get(from).word().matches("(?i)who|which")) return null;
        Found dash = dashed(from, recent);
        if (dash != null) return dash;
        boolean openTail = sides.endsOpen(last) || leading; // “…,” / “…?” / “…!”: the sentence goes on with its attribution
        // After “….” only a short tail ("he said.") still belongs to the quote; after “…,” a subject with an appositive
        // may come first ("Robert McDuff, attorney for one of four groups to file suit over the law, said").
        // A name and a comma open an appositive, which may run long before its verb ("Trump, the party's frontrunner
        // nationally and polling leader in the state by a wide margin after winning the primary, said").
        boolean appositive = from + 1 < toks.size() && toks.get(from + 1).word().equals(",") && toks.get(from).pos().startsWith("NNP");
        int reach = !openTail ? 3 + sides.nameLength(from) : appositive ? 40 : 25;
        boolean relative = false; // inside ", who has known the Clintons for decades," whose verbs are not the cue
        boolean finite = false; // a finite verb passed: the subject and its appositive are behind
        boolean relativeVerb = false; // a relative pronoun without a comma: its verb comes next
        boolean relativeFinite = false; // the relative clause's own finite verb has been passed
        for (int c = from; c < toks.size() && c <= from + reach; c++) {
            if (toks.get(c).sentence() != sentence && !speakers.continuesSentence(c)) break;
            sentence = toks.get(c).sentence();
            Token t = toks.get(c);
            if (QuoteMarks.opens(a.text(), t.word(), t.start())) {
                // "wearing “Ted Cruz” pins, said": a short quoted name inside the subject's appositive; otherwise the next quote.
                int close = finite ? -1 : sides.quotedName(c);
                if (close < 0) break;
                c = close;
                continue;
            }
            if (t.word().matches("(?i)who|which|whose") && c > from && toks.get(c - 1).word().equals(",")) { relative = true; relativeFinite = false; }
            else if (t.word().equals(",")) relative = false;
            // ", who is chairman of the group said": a relative clause left unclosed; its one finite verb passed, a
            // reporting verb is the main clause's.
            if (relative && relativeFinite && t.pos().matches("VB[DZ]") && cues.get(t.lemma()) != null) relative = false;
            else if (relative && t.pos().matches("VB[DZP]")) relativeFinite = true;
            if (relative) continue;
            // "Nate Roe, the pollster who founded the site tweeted": the relative clause's verb is not the cue's clause's.
            if (t.pos().matches("WP|WDT") && !finite) relativeVerb = true;
            if (relativeVerb && t.pos().matches("VB[DZP]")) { relativeVerb = false; continue; }
            if (t.word().equalsIgnoreCase("according") && c + 1 < toks.size() && toks.get(c + 1).word().equalsIgnoreCase("to")) {
                Speaker s = speakers.after(c + 1, recent);
                return s == null ? null : new Found(c, s, null);
            }
            Speaker voiced = openTail && c - from <= 1 ? InvertedPhrase.cameFrom(a, speakers, c, recent) : null;
            if (voiced != null) return new Found(c, voiced, null);
            Found view = openTail ? PossessedView.at(a, c, speakers, recent) : null;
            if (view != null) return view;
            if (openTail && sides.mistaggedCue(c, from)) {
                Speaker s = speakers.before(c, recent);
                if (s != null && s.start() >= toks.get(last).end()) return new Found(c, s, null);
            }
            if (!t.pos().startsWith("VB") || sides.auxiliary(c, openTail)) continue;
            if (t.pos().matches("VB[DZP]")) finite = true;
            // "“…?” Trump went on": "go on" continues speaking, though "go" alone reports nothing.
            boolean goesOn = lemma(t).equals("go") && c + 1 < toks.size() && toks.get(c + 1).word().equals("on");
            boolean known = cues.get(t.lemma()) != null || goesOn;
            // A capitalised "verb" right after the quote ("Texas-based" tagged a past tense) opens the subject's name.
            boolean adjacent = openTail && c - from <= NEAR && t.pos().matches("VB[DZP]") && !NOT_REPORTING.contains(lemma(t))
                    && !Character.isUpperCase(t.word().charAt(0));
            if (!known && !adjacent) {
                // Another clause's verb: the quote's attribution is not further on. A capitalised one ("Texas-based"
                // tagged a verb) is part of a name.
                if (t.pos().matches("VB[DZ]") && !Character.isUpperCase(t.word().charAt(0))) break;
                continue;
            }
            // “….” He added, “…”: after a closed quote, a cue opening the next one is that quote's, not this one's;
            // "“….” He said Clinton would …": one with a clause of its own reports that clause.
            if (!openTail && (sides.introducesQuote(c) || !sides.endsTail(c, c == from))) return null;
            // "“…!” She replied to him that it was an honor.": after a quote ending its sentence, a cue with a clause of
            // its own opens a new report.
            if (toks.get(from).sentence() != toks.get(last).sentence() && sides.thatClause(c)) return null;
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

    /** @param embedded the quote runs on into its sentence, so any reporting verb before it, learned ones too, may be its cue */
    private Found before(int first, List<String> recent, boolean embedded) {
        int open = first - 1;
        while (open >= 0 && isMark(toks.get(open))) open--;
        if (open < 0) return null;
        // "He said: “…" and "Dr. Ward stated:" ending the paragraph before: the colon carries the attribution over.
        boolean colon = toks.get(open).word().equals(":");
        int sentence = toks.get(open).sentence();
        if (!colon && sentence != toks.get(first).sentence()) return announced(open, first, recent);
        boolean introduced = colon || toks.get(open).word().equals(",");
        Found signed = colon ? dashedBeforeColon(open, recent) : introduced ? inWordsOf(open, recent) : null;
        if (signed != null) return signed;
        // After a colon the introducing clause can be long ("the committee said about its inclusion of …:").
        for (int c = open; c >= 0 && c >= open - (introduced ? 25 : 10) && toks.get(c).sentence() == sentence; c--) {
            Token t = toks.get(c);
            if (t.word().equalsIgnoreCase("according") && c + 1 < open && toks.get(c + 1).word().equalsIgnoreCase("to")) {
                Speaker s = speakers.after(c + 1, recent); // "According to HuffPo: “…"
                if (s != null) return new Found(c, s, null);
            }
            if (!t.pos().startsWith("VB")) continue;
            boolean known = cues.get(t.lemma()) != null || embedded && cues.reporting(t.lemma()) != null;
            boolean adjacent = introduced && (c >= open - 2 || sides.adverbsBetween(c, open)) && !NOT_REPORTING.contains(lemma(t))
                    && !sides.inAdverbialClause(c);
            if (!known && !adjacent) continue;
            // ", alternately shouting “…": a participle after a comma has no subject of its own before it.
            Speaker s = sides.afterComma(c) && t.pos().equals("VBG") ? null : objectOrSubject(c, speakers.before(c, recent), recent);
            if (s == null) s = subjectOrInverted(c, recent);
            if (s != null) return new Found(c, s, medium(c));
        }
        Found inverted = introduced ? openingSaid(open, recent) : null;
        if (inverted != null) return inverted;
        if (!colon) return null;
        Found t = transcript(open, recent);
        if (t == null) t = mainSubject(open, recent);
        return t != null ? t : namedBeforeColon(open, recent);
    }

    /**
     * "Dianne Roe agreed. “…”": a sentence of only a subject and a reporting verb, right before the quote in its
     * paragraph, announces it as a colon would.
     */
    private Found announced(int stop, int first, List<String> recent) {
        if (stop < 2 || !toks.get(stop).word().equals(".") || a.text().substring(toks.get(stop).end(), toks.get(first).start()).indexOf('\n') >= 0) return null;
        int c = stop - 1;
        while (c > 0 && toks.get(c).pos().matches("RB|RP") && c > stop - 3) c--;
        Token t = toks.get(c);
        if (!t.pos().matches("VB[DZ]") || cues.get(t.lemma()) == null || c < 1 || toks.get(c - 1).sentence() != t.sentence()) return null;
        Speaker s = speakers.before(c, recent);
        if (s == null) return null;
        // Only the subject comes before the verb: "Iowa State's Jane Roe agreed.", not "When asked, he agreed."
        for (int k = c - 1; k >= 0 && toks.get(k).sentence() == t.sentence(); k--) {
            if (toks.get(k).pos().startsWith("VB") || toks.get(k).word().matches("[,;:]") || isMark(toks.get(k))) return null;
        }
        return new Found(c, s, null);
    }

    /** "in the words of a senior adviser, “…" / "in Forbes' words, “…": the phrase names who speaks; "words" is the cue. */
    private Found inWordsOf(int comma, List<String> recent) {
        int sentence = toks.get(comma).sentence();
        for (int w = comma - 1; w > 1 && w >= comma - 12 && toks.get(w).sentence() == sentence; w--) {
            if (!toks.get(w).word().equalsIgnoreCase("words")) continue;
            if (w == comma - 1 && toks.get(w - 1).pos().equals("POS")) { // "in Forbes' words"
                Speaker s = speakers.nounPhraseEndingAt(w - 2, recent);
                int in = s == null ? -1 : a.firstTokenAtOrAfter(s.start()) - 1;
                return in >= 0 && toks.get(in).word().equalsIgnoreCase("in") ? new Found(w, s, null) : null;
            }
            if (toks.get(w - 1).word().equalsIgnoreCase("the") && toks.get(w - 2).word().equalsIgnoreCase("in")
                    && toks.get(w + 1).word().equalsIgnoreCase("of") && w + 2 < comma) {
                Speaker s = speakers.nounPhraseEndingAt(comma - 1, recent);
                return s != null && s.start() >= toks.get(w + 2).start() ? new Found(w, s, null) : null;
            }
            return null;
        }
        return null;
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




    /**
     * "“We must act now.\nJane Roe, Policy Institute.”": a pull quote whose last line, inside its marks, is only who
     * said it; no cue is printed.
     */
    private Found signedInside(int first, int last) {
        String text = a.text();
        int end = toks.get(last).end();
        while (end > 0 && "\"'“”‘’. ".indexOf(text.charAt(end - 1)) >= 0) end--;
        int line = text.lastIndexOf('\n', end - 1) + 1;
        if (line <= toks.get(first).end() || end - line < 3 || end - line > 80) return null;
        int from = a.firstTokenAtOrAfter(line), to = from;
        if (!Character.isUpperCase(toks.get(from).word().charAt(0))) return null;
        for (; to < toks.size() && toks.get(to).end() <= end; to++) {
            if (toks.get(to).pos().startsWith("VB") || toks.get(to).word().matches("[?!;:]")) return null;
        }
        if (to - from > 10) return null;
        EntityIndex.Hit hit = speakers.entities().at(toks.get(from).start());
        String id = hit != null && hit.entity().type().matches("PERSON|ORGANIZATION") ? hit.entity().id() : null;
        return new Found(-1, new Speaker(text.substring(line, end), id, line, end, id != null ? "name" : "noun"), null);
    }

    /**
     * "doesn't surprise Republican pollster Jan Shaw: “…" / "Clinton: “…” Bush: “…”" / "From the report: “…": when no
     * verb's subject speaks, a name, or a noun after "from", right before the colon does.
     */
    private Found namedBeforeColon(int colon, List<String> recent) {
        if (colon < 1) return null;
        Speaker named = speakers.nameEndingAt(colon - 1, recent);
        if (named != null) return new Found(colon, named, null);
        if (!toks.get(colon - 1).pos().startsWith("NN")) return null;
        Speaker np = speakers.nounPhraseEndingAt(colon - 1, recent);
        int k = np == null ? -1 : a.firstTokenAtOrAfter(np.start()) - 1;
        return k >= 0 && toks.get(k).word().equalsIgnoreCase("from") ? new Found(colon, np, null) : null;
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

    private static boolean isMark(Token t) { return QuoteSides.isMark(t); }

    private static String lemma(Token t) { return t.lemma().toLowerCase(java.util.Locale.ROOT); }
}

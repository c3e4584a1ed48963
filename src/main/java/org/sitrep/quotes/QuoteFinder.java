package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Entity;
import org.sitrep.model.Quote;
import org.sitrep.model.Quote.Party;
import org.sitrep.model.Quote.Speaker;

/**
 * Finds quotations: direct ones by their marks and the cue next to them, indirect ones by a reporting verb with a
 * clause after it ("said that …", "warned that …", ", alleging that …", "according to …"), and nests reports inside
 * reports ("CNN reported that Turkish officials had said …").
 */
public final class QuoteFinder {

    /** What a speaker cites as the basis of a quote, found with it. */
    record Cited(String quoteId, int start, int end) {}

    /** Quotes, with the evidence their speakers cite. */
    record Found(List<Quote> quotes, List<Cited> evidence) {}

    private static final Set<String> OBJECT_CUES = Set.of("tell", "warn", "accuse", "urge", "remind", "assure", "inform", "promise", "ask");
    // Verbs whose bare object is the addressee or a time, not what was said ("said Thursday", "told reporters").
    private static final Set<String> NO_OBJECT = Set.of("say", "tell", "add", "ask", "write", "continue", "post", "tweet", "reply", "respond", "answer",
            "urge", "remind", "warn", "assure", "inform", "accuse", "email", "thank", "know", "feel", "think", "believe", "hope", "expect", "fear", "plan", "intend", "seek", "maintain");
    private static final int MIN_DIRECT_WORDS = 4;

    private final Cues cues = Cues.standard();

    Found find(Annotated a, List<Entity> entities) {
        EntityIndex index = new EntityIndex(entities);
        SpeakerFinder speakers = new SpeakerFinder(a, index);
        DirectAttribution direct = new DirectAttribution(a, speakers);
        List<Token> toks = a.tokens();
        List<Quote> quotes = new ArrayList<>();
        List<Cited> cited = new ArrayList<>();
        List<String> recent = new ArrayList<>();
        Set<Integer> usedCues = new HashSet<>();
        List<QuoteMarks.Span> allMarks = QuoteMarks.find(a.text());
        List<QuoteMarks.Span> marks = allMarks.stream().filter(s -> QuoteMarks.words(a.text(), s) >= MIN_DIRECT_WORDS).toList();
        List<int[]> editorsNotes = Boilerplate.editorsNotes(a.text());
        Set<Integer> asides = new HashSet<>();
        SourcePhrase phrases = new SourcePhrase(a, speakers, cues, from -> contentEnd(toks, from, asides));
        List<QuoteMarks.Span> handedOver = new ArrayList<>(); // short quotes whose cue reports the clause around them

        // Direct quotes first: their cues are then not read again as indirect speech.
        for (QuoteMarks.Span m : allMarks) {
            boolean isShort = QuoteMarks.words(a.text(), m) < MIN_DIRECT_WORDS;
            int last = Math.max(a.firstTokenAtOrAfter(m.start()), a.firstTokenAtOrAfter(m.end()) - 1);
            int first = a.firstTokenAtOrAfter(m.start());
            if (first >= toks.size() || Titles.quoted(a, m) || Boilerplate.within(editorsNotes, m.start())) continue;
            DirectAttribution.Found df = direct.find(first, Math.min(last, toks.size() - 1), recent);
            Attribution at = df == null ? null : new Attribution(df.cue(), df.speaker(), df.medium());
            // A short quoted phrase is a title or scare quote unless a cue right next to it reports it (“You tell me,” he said).
            if (isShort && (at == null || at.cue < 0) || at == null && Titles.titleCase(a.text(), m)) continue;
            // "told the paper that his comments were “intolerable.”": the cue reports the whole clause; the indirect reader takes it.
            if (isShort && at.cue < first && thatBetween(toks, at.cue, first)) { handedOver.add(m); continue; }
            // "“Going Viral,” …, said the days …" / "said the days when the nation had “a somewhat unifying story” are
            // gone": a cue with a clause of its own reports that clause; the quote is a phrase near it or inside it.
            if (at != null && at.cue >= 0 && toks.get(at.cue).pos().startsWith("VB") && reportsClause(toks, at.cue, first, !isShort)) {
                handedOver.add(m);
                continue;
            }
            if (at == null && !quotes.isEmpty() && quotes.get(quotes.size() - 1).kind().equals("direct")) {
                Quote prev = quotes.get(quotes.size() - 1); // a paragraph that goes on quoting the same speaker
                // Not a quote with an introducer of its own, even one not understood ("Pew Research: “…").
                if (prev.speaker() != null && QuoteMarks.adjacentParagraphs(a.text(), prev.end(), m.start()) && !QuoteMarks.afterColon(a.text(), m.start())) {
                    Speaker s = prev.speaker();
                    at = new Attribution(-1, new Speaker(s.text(), s.entity(), s.start(), s.end(), "continuation"), null);
                }
            }
            if (at != null && at.cue >= 0) usedCues.add(at.cue);
            Quote q = quote(a, "direct", m.start(), m.end(), at, null, quotes.size());
            quotes.add(q);
            remember(recent, q);
        }

        asides.addAll(Asides.openings(a, quotes));
        for (int c = 0; c < toks.size(); c++) {
            Token t = toks.get(c);
            if (usedCues.contains(c) || QuoteMarks.inside(marks, t.start()) || Boilerplate.within(editorsNotes, t.start())) continue;
            boolean according = t.word().equalsIgnoreCase("according") && c + 1 < toks.size() && toks.get(c + 1).word().equals("to");
            if (according || t.word().equalsIgnoreCase("in") && c + 2 < toks.size()) {
                SourcePhrase.Found f = according ? phrases.accordingTo(c, recent) : phrases.in(c, recent);
                Quote q = f == null ? null : phrased(a, f, quotes);
                if (q != null) { quotes.add(q); remember(recent, q); }
                continue;
            }
            NounReport.Found nr = NounReport.find(a, c, speakers, recent); // "his assertion that …"
            if (nr != null) {
                int end = nr.end() > nr.content() ? nr.end() : contentEnd(toks, nr.content(), asides);
                Quote q = quote(a, "indirect", toks.get(nr.content()).start(), toks.get(end - 1).end(), new Attribution(c, nr.source(), null), null, quotes.size());
                quotes.add(q);
                remember(recent, q);
                continue;
            }
            int[] stance = StanceAdjective.find(toks, c); // "was critical of the deal", "is confident that …"
            Speaker holder = stance == null ? null : speakers.before(stance[0], recent);
            if (holder != null) {
                Quote q = quote(a, "indirect", toks.get(stance[1]).start(), toks.get(contentEnd(toks, stance[1], asides) - 1).end(), new Attribution(c, holder, null), null, quotes.size());
                quotes.add(q);
                remember(recent, q);
                continue;
            }
            int evidential = Evidential.start(toks, c); // "the crowd seemed unmoved", "is reportedly spending"
            if (evidential >= 0) {
                quotes.add(quote(a, "indirect", toks.get(evidential).start(), toks.get(contentEnd(toks, c, asides) - 1).end(), new Attribution(c, null, null), null, quotes.size()));
                continue;
            }
            if (!t.pos().startsWith("VB") || participle(toks, c) || Boilerplate.attributive(toks, c) || Evidential.appearance(toks, c)) continue;
            Cues.Cue cue = cues.reporting(t.lemma());
            if (cue == null) cue = Complements.thatVerb(toks, c);
            if (cue == null) cue = ObjectComplement.topic(toks, c);
            if (cue == null) continue;
            int contentStart = -1, evidenceStart = -1, evidenceEnd = -1;
            if (cue.kind().equals("evidence")) {
                int[] ev = Complements.evidenceClause(toks, c);
                if (ev == null) contentStart = Complements.objectStart(toks, c); // ", citing low growth and unemployment": what is cited
                // "that indicated that": the evidence's verb is not a speaker's cue
                else { evidenceStart = ev[0]; evidenceEnd = ev[1]; contentStart = ev[2]; usedCues.add(ev[1] + 1); }
            } else if (cue.kind().equals("object")) {
                contentStart = Complements.objectStart(toks, c);
            } else {
                contentStart = Complements.complementStart(toks, c, OBJECT_CUES.contains(cue.lemma()));
                if (contentStart < 0) contentStart = Math.max(Complements.infinitiveStart(toks, c, cue), ObjectComplement.start(toks, c)); // "urged them to resign"
                if (contentStart < 0 && (!NO_OBJECT.contains(cue.lemma()) || ObjectComplement.hasTopic(toks, c))) contentStart = Complements.objectStart(toks, c); // "noted their endorsements"
            }
            int contentEnd = contentStart < 0 ? -1 : contentEnd(toks, contentStart, asides);
            boolean phrase = contentStart >= 0 && (toks.get(contentStart - 1).index() == c || !toks.get(contentStart - 1).word().equalsIgnoreCase("that"));
            if (phrase) contentEnd = Math.min(contentEnd, Clauses.coordinationAt(toks, contentStart, contentEnd));
            if (contentStart < 0 || contentEnd - contentStart < (cue.kind().equals("object") ? 1 : 3)) { // "…, the institute reported last week."
                Quote q = cues.get(t.lemma()) == null || !cue.kind().equals("speech") ? null : fronted(a, c, speakers, recent, quotes, marks, asides);
                if (q != null) { quotes.add(q); remember(recent, q); }
                continue;
            }
            Speaker speaker = t.pos().equals("VBG") && c > 0 && toks.get(c - 1).word().equals(",")
                    ? participleSubject(quotes, t.sentence(), toks.get(c - 1).start())
                    : speakers.before(c, recent);
            if (t.pos().equals("VBG") && (speaker == null || objectOfVerb(a, speaker))) {
                // "released a statement saying …": the statement is the verb's object; its subject is the speaker.
                Speaker subject = speakers.clauseSubject(c, recent);
                if (subject != null || speaker == null) speaker = subject;
            }
            Speaker agent = speaker == null ? null : PassiveReport.agent(a, speakers, c, recent);
            if (agent != null) speaker = agent;
            FrontedClause.Found fronted = FrontedClause.find(a, speakers, c, recent);
            // A learned cue with a bare phrase after it ("Pivoting to deficit reduction, economists say, …") is no report.
            if (fronted != null && fronted.comma() > contentStart && (cues.get(t.lemma()) != null || !phrase)) { speaker = fronted.speaker(); contentEnd = Math.min(contentEnd, fronted.comma()); }
            if (speaker == null) {
                // "said Smith that …": the speaker comes between cue and content; never out of the content itself.
                Speaker after = speakers.after(c, recent);
                if (after != null && after.end() <= toks.get(contentStart).start()) speaker = after;
            }
            if (speaker == null && !cue.kind().equals("speech")) continue; // judgements without a judge are mostly not attributions
            contentEnd = RelativeReport.end(a, speaker, contentStart, contentEnd);
            int start = toks.get(contentStart).start(), end = toks.get(contentEnd - 1).end();
            String kind = QuoteMarks.inside(marks, start, end) || QuoteMarks.opensIn(handedOver, start, end) ? "mixed" : "indirect";
            Quote q = quote(a, kind, start, end, new Attribution(c, speaker, addressee(a, index, c, contentStart)), null, quotes.size());
            quotes.add(q);
            remember(recent, q);
            if (evidenceStart >= 0) cited.add(new Cited(q.id(), toks.get(evidenceStart).start(), toks.get(evidenceEnd - 1).end()));
        }
        quotes.addAll(LabelQuotes.find(a, index, quotes, quotes.size() + 1));
        return new Found(nest(quotes), cited);
    }

    private record Attribution(int cue, Speaker speaker, Party addressee) {}

    /** "As the Post reported, CONTENT." or else {@link #preposed}. */
    private Quote fronted(Annotated a, int c, SpeakerFinder speakers, List<String> recent, List<Quote> quotes, List<QuoteMarks.Span> marks, Set<Integer> asides) {
        AsReport.Found as = AsReport.find(a, c, speakers, recent, from -> contentEnd(a.tokens(), from, asides));
        if (as == null) return preposed(a, c, speakers, recent, quotes, marks, asides);
        int start = a.tokens().get(as.start()).start(), end = a.tokens().get(as.end() - 1).end();
        String kind = QuoteMarks.inside(marks, start, end) ? "mixed" : "indirect";
        return quote(a, kind, start, end, new Attribution(c, as.speaker(), null), null, quotes.size());
    }

    /** "CONTENT, Rubio said." / "CONTENT, said the minister.": unless a quote already covers that stretch. */
    private Quote preposed(Annotated a, int c, SpeakerFinder speakers, List<String> recent, List<Quote> quotes, List<QuoteMarks.Span> marks, Set<Integer> asides) {
        Preposed.Found p = Preposed.find(a, c, speakers, recent, from -> contentEnd(a.tokens(), from, asides));
        if (p == null) return null;
        int start = a.tokens().get(p.start()).start(), end = a.tokens().get(p.end() - 1).end();
        // A report it holds whole nests under it ("Eggleston said it could hurt …, people familiar with the session said").
        for (Quote q : quotes) if (q.start() < end && start < q.end() && !(start <= q.start() && q.end() <= end && q.end() - q.start() < end - start)) return null;
        String kind = QuoteMarks.inside(marks, start, end) ? "mixed" : "indirect";
        return quote(a, kind, start, end, new Attribution(c, p.speaker(), null), null, quotes.size());
    }

    /**
     * "an interview with CNN published on Monday": a past participle right after a noun modifies it, so that noun is
     * what was published, not who published it; the tagger rarely gives VBN to a past tense there.
     */
    private static boolean participle(List<Token> toks, int c) {
        return toks.get(c).pos().equals("VBN") && c > 0 && toks.get(c - 1).sentence() == toks.get(c).sentence()
                && toks.get(c - 1).pos().startsWith("NN");
    }

    /** A common-noun phrase right after a verb is that verb's object, not a speaker ("put out a statement", "spent much of the day"). */
    private static boolean objectOfVerb(Annotated a, Speaker s) {
        int k = a.firstTokenAtOrAfter(s.start()) - 1;
        for (int i = 0; i < 3 && k > 0 && a.tokens().get(k).pos().matches("RP|IN|JJ|RB|DT"); i++) k--;
        return s.entity() == null && s.resolution().equals("noun") && k >= 0 && a.tokens().get(k).pos().startsWith("VB");
    }

    /**
     * Whether the cue's own clause starts after it and, for a cue before the quote, no later than the quote (inside:
     * strictly before it, so the quote is a phrase within the clause, not the clause itself).
     */
    private static boolean reportsClause(List<Token> toks, int cue, int quoteStart, boolean inside) {
        int k = Complements.complementStart(toks, cue, OBJECT_CUES.contains(toks.get(cue).lemma().toLowerCase(Locale.ROOT)));
        if (k <= cue) return false;
        return cue > quoteStart ? !inside : inside ? k < quoteStart && !thatBetween(toks, cue, k) : k <= quoteStart;
    }

    private static boolean thatBetween(List<Token> toks, int cue, int quoteStart) {
        for (int k = cue + 1; k < quoteStart; k++) if (toks.get(k).word().equalsIgnoreCase("that")) return true;
        return false;
    }

    /** "told CNN": the organisation or person right after a cue of telling. */
    private static Party medium(Annotated a, EntityIndex index, int c) {
        List<Token> toks = a.tokens();
        Token cue = toks.get(c);
        if (!cue.lemma().equalsIgnoreCase("tell") || c + 1 >= toks.size()) return null;
        Token next = toks.get(c + 1);
        if (!next.pos().startsWith("NNP")) return null;
        int e = c + 1;
        while (e + 1 < toks.size() && toks.get(e + 1).pos().startsWith("NNP")) e++;
        EntityIndex.Hit hit = index.at(next.start());
        return new Party(a.text().substring(next.start(), toks.get(e).end()), hit == null ? null : hit.entity().id(), next.start(), toks.get(e).end());
    }

    /** The addressee of an indirect quote's cue, when it comes before the reported clause ("told CNN that …"). */
    private static Party addressee(Annotated a, EntityIndex index, int c, int contentStart) {
        Party p = medium(a, index, c);
        return p == null || p.end() > a.tokens().get(contentStart).start() ? null : p;
    }

    /** The end (exclusive token index) of a reported clause: the sentence end, or the next attribution in it. */
    private int contentEnd(List<Token> toks, int from, Set<Integer> asides) {
        int sentence = toks.get(from).sentence();
        int k = from;
        boolean subordinate = Clauses.inOpeningSubordinate(toks, from);
        while (k < toks.size() && toks.get(k).sentence() == sentence) {
            Token t = toks.get(k);
            if (t.word().equals(",") && subordinate) break;
            if (k > from && asides.contains(k)) break;
            if (k > from && Clauses.reportInParentheses(toks, k, cues)) break;
            // "who coined the word, once said, “…": the comma closes a relative clause before its head's own report.
            if (t.word().equals(",") && Clauses.cueIntroducing(toks, k + 1, cues)) break;
            if (k > from && Clauses.contrastingReport(toks, k, cues)) break;
            if (k > from && Clauses.coordinatedReport(toks, from, k, cues)) break;
            if (k > from && Clauses.mainClauseAfterFronted(toks, from, k, cues)) break;
            if (t.word().equals(",") && k + 1 < toks.size()) {
                Token n = toks.get(k + 1);
                boolean participle = n.pos().equals("VBG") && cues.get(n.lemma()) != null;
                boolean according = n.word().equalsIgnoreCase("according");
                if (participle || according) break;
            }
            // "…, people familiar with the session said.": the attribution closing the sentence is not reported.
            if (t.word().equals(",") && k > from && Clauses.closingAttribution(toks, k)) break;
            // "expressed concern about the letter and said it could …": a second reporting verb starts its own report.
            if (t.pos().equals("CC") && k + 1 < toks.size() && toks.get(k + 1).pos().matches("VB[DZ]") && cues.get(toks.get(k + 1).lemma()) != null) break;
            k++;
        }
        while (k > from && toks.get(k - 1).word().matches("[.,;:!?”’\"']|''|``")) k--;
        return k;
    }

    /** ", alleging that …" hangs on the clause before it: its speaker is that clause's speaker. */
    private static Speaker participleSubject(List<Quote> quotes, int sentence, int comma) {
        for (int i = quotes.size() - 1; i >= 0; i--) {
            Quote q = quotes.get(i);
            if (q.sentence() == sentence && q.speaker() != null && q.end() <= comma) {
                Speaker s = q.speaker();
                return new Speaker(s.text(), s.entity(), s.start(), s.end(), "participle");
            }
        }
        return null;
    }

    /** A report attributed by a phrase; one inside another's content nests under it ("X said Y, according to Z"). */
    private static Quote phrased(Annotated a, SourcePhrase.Found f, List<Quote> quotes) {
        int start = a.tokens().get(f.start()).start(), end = a.tokens().get(f.end() - 1).end();
        int sentence = a.tokens().get(f.start()).sentence();
        return new Quote("q" + (quotes.size() + 1), "indirect", a.text().substring(start, end), start, end, f.cue(), f.source(), null, null, sentence);
    }

    private static Quote quote(Annotated a, String kind, int start, int end, Attribution at, String reportedBy, int n) {
        Quote.Cue cue = null;
        int sentence;
        if (at != null && at.cue >= 0) {
            Token t = a.tokens().get(at.cue);
            cue = new Quote.Cue(t.word(), t.lemma().toLowerCase(Locale.ROOT), t.start(), t.end());
            sentence = t.sentence();
        } else {
            sentence = a.tokens().get(Math.min(a.firstTokenAtOrAfter(start), a.tokens().size() - 1)).sentence();
        }
        return new Quote("q" + (n + 1), kind, a.text().substring(start, end), start, end, cue,
                at == null ? null : at.speaker, at == null ? null : at.addressee, reportedBy, sentence);
    }

    /** A report inside another's content ("CNN reported that officials said …") is reported by it. */
    private static List<Quote> nest(List<Quote> quotes) {
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Quote outer = null;
            for (Quote o : quotes) {
                if (o == q || o.kind().equals("direct") && q.kind().equals("direct")) continue;
                boolean contains = o.start() <= q.start() && q.end() <= o.end() && (o.end() - o.start()) > (q.end() - q.start());
                boolean cueInside = q.cue() == null || o.start() <= q.cue().start() && q.cue().end() <= o.end() || q.speaker() != null && q.speaker().start() >= o.start();
                if (contains && cueInside && (outer == null || o.end() - o.start() < outer.end() - outer.start())) outer = o;
            }
            out.add(outer == null ? q : new Quote(q.id(), q.kind(), q.text(), q.start(), q.end(), q.cue(), q.speaker(), q.addressee(), outer.id(), q.sentence()));
        }
        return out;
    }

    private static void remember(List<String> recent, Quote q) {
        if (q.speaker() != null && q.speaker().entity() != null) recent.add(q.speaker().entity());
    }
}

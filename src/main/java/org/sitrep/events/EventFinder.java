package org.sitrep.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Event.Argument;
import org.sitrep.model.Mention;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Quote;
import org.sitrep.model.Sentence;
import org.sitrep.model.TimeRef;
import org.sitrep.quotes.Attributions;

/**
 * Codes the events of one article in PLOVER and CAMEO: triggers from the lexicon, actors by position, the place,
 * date and quantities of the trigger's clause, modality, and the claim the event is read from. Stateless and
 * thread-safe. An event needs a trigger with a PLOVER type and at least one actor: no event is better than a wrong one.
 */
public final class EventFinder {

    /** What the earlier stages found, as the events stage needs it. */
    public record Input(Annotated annotated, List<Entity> entities, List<Place> places, List<TimeRef> times,
                        List<Quantity> quantities, List<Quote> quotes, List<Claim> claims) {

        /**
         * Only what a verb of saying or a phrase reports ({@link Attributions#reports}): a position learned as a cue
         * ("plans to strike", "supported the strikes") is the event's own verb and frame, not a report around it.
         */
        Input reportsOnly() {
            List<Quote> reported = quotes.stream().filter(q -> q.cue() == null || Attributions.reports(q.cue())).toList();
            Set<String> ids = reported.stream().map(Quote::id).collect(java.util.stream.Collectors.toSet());
            return new Input(annotated, entities, places, times, quantities, reported, claims.stream().filter(c -> ids.contains(c.quote())).toList());
        }
    }

    /** Violence that takes two: "India and Pakistan exchanged fire", "rebels and troops clashed". */
    private static final Set<String> MUTUAL = Set.of("clash", "fight", "exchange", "battle", "skirmish");
    /** Verbs whose subject gets what the "from" phrase gives. */
    private static final Set<String> RECEIVING = Set.of("receive", "obtain");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> TARGET_ROLES = Set.of("event_location", "destination", "origin");
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile("\\d{4}(-W\\d{2}|-\\d{2}(-\\d{2})?)?");

    private final EventLexicon lexicon;
    private final TriggerFinder triggers;

    public EventFinder() {
        this(EventLexicon.standard());
    }

    public EventFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
        this.triggers = new TriggerFinder(lexicon);
    }

    public List<Event> find(Input all) {
        Input in = all.reportsOnly();
        List<Event> out = new ArrayList<>();
        for (Sentence s : in.annotated().sentences()) {
            List<Token> toks = in.annotated().tokensOf(s);
            if (toks.isEmpty()) continue;
            java.util.function.IntPredicate cue = i -> isCue(toks.get(i), in.quotes());
            Actors actors = new Actors(toks, in.entities(), in.quotes(), cue);
            List<Event> inSentence = new ArrayList<>();
            // reporting verbs are triggers too when the lexicon codes them beyond a statement ("demanded", "promised");
            // "said", "told" have no PLOVER type, and generic ones ("warned", "cited") are no trigger as a cue
            List<TriggerFinder.Trigger> found = triggers.find(toks, cue);
            for (TriggerFinder.Trigger t : found) {
                Event e = event(in, s, toks, actors, t, found, inSentence);
                if (e != null) inSentence.add(e);
            }
            out.addAll(inSentence);
        }
        List<Event> numbered = new ArrayList<>();
        for (Event e : out) numbered.add(withId(e, "v" + (numbered.size() + 1)));
        return numbered;
    }

    private Event event(Input in, Sentence s, List<Token> toks, Actors actors, TriggerFinder.Trigger found,
                        List<TriggerFinder.Trigger> all, List<Event> before) {
        TriggerFinder.Trigger t = found;
        Token first = toks.get(t.first()), last = toks.get(t.last());
        Quote quote = innermostQuote(in.quotes(), first.start(), last.end());
        int clauseStart = 0, clauseEnd = toks.size();
        for (int i = 0; i < toks.size(); i++) {
            Token k = toks.get(i);
            boolean outside = quote != null && (k.start() < quote.start() || k.end() > quote.end());
            boolean semicolon = k.word().equals(";");
            if (i < t.first() && (outside || semicolon)) clauseStart = i + 1;
            if (i > t.last() && (outside || semicolon) && clauseEnd == toks.size()) clauseEnd = i;
        }
        // who acts and who is acted upon, by the trigger's frame
        Actors.Span source, target;
        boolean heldByEvent = false;
        if (t.passive()) {
            source = actors.agentPhrase(t.last() + 1, clauseEnd, Set.of("by"));
            target = actors.subject(t.first() - 1, clauseStart);
        } else if ("holder".equals(t.frame())) {
            source = actors.agentPhrase(t.last() + 1, clauseEnd, Set.of("of", "by"));
            target = actors.subject(t.first() - 1, clauseStart);
        } else if ("noun".equals(t.kind())) {
            // "the attack on X", "the killing of X": a noun's object needs its preposition; a demand's object is the
            // subject of what it demands ("its demand that Israel ease …")
            // "condemned an attack by Togolese troops on …": a "by" phrase names who attacked, not the condemner
            Actors.Span by = "agent".equals(t.frame()) ? actors.prepositionObject(t.last() + 1, clauseEnd, Set.of("by")) : null;
            int from = nounSubjectFrom(toks, t.first(), t.last());
            // "the EU condemned the attack", "troops dispersed a rally": when the verb that holds the noun is an event of its
            // own, its subject did that event, not the noun's; only a "by" phrase says who did the noun's
            // (not when the verb codes the same kind of event: "imposed sanctions", "imposed a curfew" are one act)
            heldByEvent = from < t.first() - 1 && all.stream().anyMatch(o -> o != found && o.kind().equals("verb")
                    && o.first() <= from + 1 && from + 1 <= o.last() && !sameRoot(o.cameo(), found.cameo()));
            source = by != null ? by : heldByEvent ? null : actors.subject(from, clauseStart);
            int after = by != null ? actors.end(by) + 1 : t.last() + 1;
            target = "REQUEST".equals(t.plover().type()) ? actors.object(after, clauseEnd, true)
                    : actors.prepositionObject(after, clauseEnd, Set.of("on", "against", "of", "targeting"));
            if (by == null && target != null && "agent".equals(t.frame())) {
                by = actors.prepositionObject(actors.end(target) + 1, clauseEnd, Set.of("by")); // "the attack on Kabul by the Taliban"
                if (by != null) source = by;
            }
        } else {
            source = actors.subject(t.first() - 1, clauseStart);
            target = actors.object(t.last() + 1, clauseEnd, "REQUEST".equals(t.plover().type()), aimed(t.cameo()));
            if (target == null && violent(t.cameo())) {
                // "warplanes struck targets in Gaza": without a named victim, force is coded against the place it hit
                target = actors.object(t.last() + 1, clauseEnd, false, Set.of("in", "at", "into", "on"));
            }
            if (target == null && source != null && source.entity() != null
                    && (symmetric(t.cameo()) || violent(t.cameo()) && MUTUAL.contains(TriggerFinder.lower(first.lemma())))) {
                target = actors.conjunct(source); // "France and Germany agreed": each with the other (CAMEO codes both ways)
            }
            Actors.Span giver = RECEIVING.contains(TriggerFinder.lower(first.lemma())) ? actors.agentPhrase(t.last() + 1, clauseEnd, Set.of("from")) : null;
            if (giver != null) {
                // "Iraq received weapons from Iran": the giver acts, the receiver is acted upon
                target = source;
                source = giver;
            }
        }
        if (source == null && !heldByEvent && "noun".equals(t.kind()) && quote != null && opens(toks, quote, t.first(), t.last())) {
            source = actors.speaker(quote); // "Hizbollah declared a unilateral ceasefire": what is declared, the speaker does
        }
        if (target == null && source != null && !t.passive() && !"holder".equals(t.frame())) {
            target = actors.against(t.last() + 1, clauseEnd); // "staged rallies in Gaza against the party's leader"
            if (target != null && target.equals(source)) target = null;
        }
        boolean located = false;
        if (target == null && source != null && t.kind().equals("verb") && !t.passive()) {
            // "ethnic Albanians demonstrated in Serbia", "imposed a curfew in the town of Cizre": with no named party acted
            // upon, CAMEO (and the PLOVER records) code the event against the place where it happens; the place stays the
            // event's place too
            Actors.Span place = actors.location(t.last() + 1, clauseEnd);
            if (place != null && !place.equals(source)) {
                target = place;
                located = true;
            }
        }
        if (source == null && "noun".equals(t.kind()) && "REQUEST".equals(t.plover().type())) {
            return null; // "demand for oil rose": a demand without someone demanding is economics, not an event
        }
        if (source == null && (target == null || t.kind().equals("verb") && !t.passive())) {
            return null; // no actor at all, or an active verb whose subject is unknown ("to free captured fighters")
        }
        if (source != null && target != null && (source.id() != null ? source.id().equals(target.id()) : source.first() == target.first())) {
            return null; // reflexive: not an event between actors
        }
        Argument src = source == null ? null : actors.argument(source);
        Argument tgt = target == null ? null : actors.argument(target);
        if ("144".equals(t.cameo()) && src != null && armed(src.code())) {
            t = recoded(t, "191"); // "troops blocked the road into the city": an armed force's obstruction is a blockade
        }
        if (tgt == null && "REJECT".equals(t.plover().type()) && src != null) {
            tgt = rejectedRequester(before, src.entity()); // "X pushes Y to …, but Y is reluctant": Y rejects X
        }
        Argument trigger = new Argument(in.annotated().text().substring(first.start(), last.end()), null, null, first.start(), last.end());

        List<Claim> holding = in.claims().stream().filter(c -> c.start() <= first.start() && last.end() <= c.end()).toList();
        Claim claim = attributedClaim(holding, in.claims(), in.quotes(), src);
        Modality.Reading modality = Modality.of(toks, clauseStart, t.first(), holding.stream().map(Claim::stance).toList(),
                w -> lexicon.modalityOf(w).orElse(null), tok -> investigates(tok));

        int clauseFrom = toks.get(clauseStart).start(), clauseTo = toks.get(clauseEnd - 1).end();
        List<Place> places = places(in.places(), toks, last.end(), clauseFrom, clauseTo, src, located ? null : tgt);
        List<String> countries = places.stream().map(Place::country).filter(Objects::nonNull).distinct().toList();
        // the event's time is in its own clause: in "said on Tuesday that rebels attacked", Tuesday dates the saying
        TimeRef date = in.times().stream().filter(x -> x.start() >= clauseFrom && x.end() <= clauseTo && "DATE".equals(x.type()) && x.value() != null
                && CALENDAR.matcher(x.value()).matches()).min(Comparator.comparingInt(x -> Math.abs(x.start() - first.start()))).orElse(null);
        List<String> quantities = in.quantities().stream().filter(q -> q.start() >= clauseFrom && q.end() <= clauseTo).map(Quantity::id).toList();
        String assertedBy = claim == null ? null : speaker(claim);
        String summary = Summaries.of(t.plover(), modality, trigger.text(), src, tgt, places, claim, assertedBy, in.entities());
        return new Event(null, t.plover().type(), t.plover().mode(), t.cameo(), modality.modality(), modality.negated(), trigger, src, tgt,
                places.isEmpty() ? null : places.get(0).id(), countries, date == null ? null : date.value(),
                date == null ? null : precision(date.value()), quantities, claim == null ? null : claim.id(), assertedBy, s.index(), summary);
    }

    /** Whether an actor code names armed state forces or police (CAMEO sector MIL, COP, SPY). */
    static boolean armed(String code) {
        return code != null && (code.contains("MIL") || code.contains("COP") || code.contains("SPY"));
    }

    private TriggerFinder.Trigger recoded(TriggerFinder.Trigger t, String cameo) {
        EventLexicon.Plover p = lexicon.plover(cameo).orElse(t.plover());
        return new TriggerFinder.Trigger(t.first(), t.last(), cameo, p, t.kind(), t.frame(), t.passive());
    }

    /** Cooperation that takes two (CAMEO 03-06: agree, meet, negotiate, sign, cooperate), so conjoined subjects are its two sides. */
    static boolean symmetric(String cameo) {
        return cameo != null && (cameo.startsWith("03") || cameo.startsWith("04") || cameo.startsWith("05") || cameo.startsWith("06"));
    }

    /**
     * Prepositions that introduce whom a verb's act is aimed at rather than where it happens: force is aimed "at" or
     * "into" a state ("fired missiles at Turkey", "fired rockets into Israel"); a visit's place is its host
     * ("arrived in Beijing", CAMEO 042).
     */
    private static boolean sameRoot(String a, String b) {
        return a != null && b != null && a.length() >= 2 && b.length() >= 2 && a.substring(0, 2).equals(b.substring(0, 2));
    }

    static boolean violent(String cameo) {
        return cameo != null && (cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20"));
    }

    static Set<String> aimed(String cameo) {
        if (cameo == null) return Set.of();
        if (violent(cameo)) return Set.of("at", "into");
        if (cameo.equals("042")) return Set.of("in", "at");
        return Set.of();
    }

    /**
     * Where to look left for the subject of a nominal trigger. When the noun is the object of a verb ("the ILO reiterated
     * its demand", "the group insisted on its demands", "Hizbollah declared a unilateral ceasefire"), whoever does the
     * verb does the event, so the search starts before that verb, which may be a reporting verb where a search would
     * otherwise stop. Not when a finite verb follows the noun: in "officials said the attack killed five" the noun
     * opens a clause of its own and the speaker did not attack.
     */
    static int nounSubjectFrom(List<Token> toks, int first, int last) {
        int j = first - 1;
        while (j >= 0 && j >= first - 4 && modifier(toks.get(j).pos())) j--;
        if (j >= 0 && j < first - 1 && toks.get(j).pos().equals("IN") && toks.get(j + 1).pos().equals("PRP$")) j--; // "insisted on its"
        if (j < 0 || !toks.get(j).pos().startsWith("VB")) return first - 1;
        if (last + 1 < toks.size() && FINITE.contains(toks.get(last + 1).pos())) return first - 1;
        return j - 1;
    }

    /**
     * Whether a nominal trigger [first, last] is the object of a quote's cue ("declared a unilateral ceasefire"): only
     * determiners and adjectives before it in the content, and no finite verb after it ("said the attack killed five").
     */
    static boolean opens(List<Token> toks, Quote quote, int first, int last) {
        if (last + 1 < toks.size() && FINITE.contains(toks.get(last + 1).pos())) return false;
        for (int j = first - 1; j >= 0 && toks.get(j).start() >= quote.start(); j--) {
            if (!modifier(toks.get(j).pos())) return false;
        }
        return toks.get(first).start() >= quote.start();
    }

    private static boolean modifier(String pos) {
        return pos.startsWith("DT") || pos.startsWith("JJ") || pos.equals("PRP$") || pos.equals("CD");
    }

    /**
     * The claim an event is read from: the innermost claim holding it; but when that claim's speaker is the event's own
     * actor ("Turkish officials said they were looking into …"), the event rests on whoever reports that statement.
     */
    static Claim attributedClaim(List<Claim> holding, List<Claim> all, List<Quote> quotes, Argument source) {
        Claim inner = holding.stream().min(Comparator.comparingInt(c -> c.end() - c.start())).orElse(null);
        if (inner == null || source == null || source.entity() == null || !source.entity().equals(speaker(inner))) return inner;
        String reportedBy = quotes.stream().filter(q -> q.id().equals(inner.quote())).map(Quote::reportedBy).filter(Objects::nonNull)
                .findFirst().orElse(null);
        if (reportedBy == null) return inner;
        return all.stream().filter(c -> reportedBy.equals(c.quote())).findFirst().orElse(inner);
    }

    static String speaker(Claim c) {
        for (int i = c.chain().size() - 1; i >= 0; i--) {
            Claim.Source src = c.chain().get(i);
            if ("speaker".equals(src.role())) return src.entity();
        }
        return null;
    }

    /**
     * Places of the event: those named after the trigger in its clause ("prison breaks in Iraq and Syria"), else before
     * it; a place counts when it is an event location or destination, or stands after "in", "at", "into" …; never the
     * dateline, never a place that is one of the event's actors.
     */
    static List<Place> places(List<Place> places, List<Token> toks, int after, int from, int to, Argument src, Argument tgt) {
        List<Place> right = new ArrayList<>(), left = new ArrayList<>();
        for (Place p : places) {
            if ("dateline".equals(p.role())) continue;
            for (Mention m : p.mentions()) {
                if (m.start() < from || m.end() > to || covers(src, m) || covers(tgt, m) || nationality(toks, m)) continue;
                if (!TARGET_ROLES.contains(p.role()) && !afterLocative(toks, m.start())) continue;
                (m.start() >= after ? right : left).add(p);
                break;
            }
        }
        List<Place> chosen = right.isEmpty() ? left : right;
        chosen.sort(Comparator.comparingInt(p -> p.mentions().stream().filter(m -> m.start() >= from).mapToInt(Mention::start).min().orElse(0)));
        return List.copyOf(new LinkedHashSet<>(chosen));
    }

    /** "the southern Turkish city of Gaziantep", "Palestinians": a nationality word names whose, not where. */
    private static boolean nationality(List<Token> toks, Mention m) {
        for (Token t : toks) {
            if (t.start() == m.start()) return t.pos().startsWith("JJ") || t.pos().equals("NNPS") || "NORP".equals(t.ner()) || "NATIONALITY".equals(t.ner());
            if (t.start() > m.start()) break;
        }
        return false;
    }

    private static boolean covers(Argument a, Mention m) { return a != null && a.start() <= m.start() && m.end() <= a.end(); }

    private static boolean afterLocative(List<Token> toks, int start) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() != start) continue;
            for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
                String w = TriggerFinder.lower(toks.get(j).word());
                if (Actors.LOCATIVE.contains(w) || w.equals("to")) return true;
                if (!(toks.get(j).pos().startsWith("DT") || toks.get(j).pos().startsWith("JJ"))) return false;
            }
        }
        return false;
    }

    private static Argument rejectedRequester(List<Event> before, String entity) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Event e = before.get(i);
            if ("REQUEST".equals(e.plover()) && entity != null && e.target() != null && entity.equals(e.target().entity())) return e.source();
        }
        return null;
    }

    private boolean investigates(Token t) {
        String lemma = TriggerFinder.lower(t.lemma());
        return lexicon.verbs(lemma).stream().anyMatch(v -> v.code().startsWith("09"))
                || lexicon.nouns(lemma).stream().anyMatch(n -> n.code().startsWith("09"));
    }

    private static boolean isCue(Token t, List<Quote> quotes) {
        for (Quote q : quotes) {
            if (q.cue() != null && q.cue().start() <= t.start() && t.end() <= q.cue().end()) return true;
        }
        return false;
    }

    private static Quote innermostQuote(List<Quote> quotes, int start, int end) {
        return quotes.stream().filter(q -> q.start() <= start && end <= q.end()).min(Comparator.comparingInt(q -> q.end() - q.start())).orElse(null);
    }

    static String precision(String value) {
        if (value.contains("-W")) return "week";
        return switch (value.length()) {
            case 4 -> "year";
            case 7 -> "month";
            default -> "day";
        };
    }

    private static Event withId(Event e, String id) {
        return new Event(id, e.plover(), e.mode(), e.cameo(), e.modality(), e.negated(), e.trigger(), e.source(), e.target(), e.place(),
                e.countries(), e.date(), e.precision(), e.quantities(), e.claim(), e.assertedBy(), e.sentence(), e.summary());
    }
}

package org.sitrep.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sitrep.annotate.Token;

/**
 * Finds event triggers in one sentence from its tokens, POS tags and lemmas: verbs (with the PETRARCH patterns
 * around them), nominal events ("prison breaks", "custody") and adjectives after "be" ("reluctant"). A cheap
 * stand-in for a dependency parse: patterns are matched in order within a window of the clause.
 */
final class TriggerFinder {

    /**
     * One trigger: tokens [first, last] of the sentence list, its codes, and how its arguments are found.
     *
     * @param kind    verb, noun or adjective
     * @param frame   agent (the subject acts) or holder ("custody of X": X acts on the subject)
     * @param passive a passive verb: the agent is in a "by" phrase, the subject is acted upon
     */
    record Trigger(int first, int last, String cameo, EventLexicon.Plover plover, String kind, String frame, boolean passive) {}

    static final Set<String> BE = Set.of("be", "get");
    /** Words after which a participle is an adjective ("captured fighters", "the wounded"). */
    private static final Set<String> PRENOMINAL = Set.of("DT", "IN", "JJ", "CD", "PRP$", "POS", "CC", ",");

    private final EventLexicon lexicon;

    TriggerFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * @param cues reporting verbs of quotes: a trigger only with a code of their own, never a generic verb through a
     *             pattern ("warned that" reports, it does not threaten)
     */
    List<Trigger> find(List<Token> toks, IntPredicate cues) {
        List<Trigger> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            // a generic verb that reports is no trigger, unless its particle makes it a demand: "called for a boycott"
            if (cues.test(i) && lexicon.isStopVerb(lower(t.lemma())) && !phrasal(toks, i)) continue;
            String pos = t.pos();
            Trigger found = null;
            if (pos.startsWith("VB")) found = verb(toks, i);
            else if (pos.startsWith("NN")) found = noun(toks, i);
            else if (pos.startsWith("JJ")) found = adjective(toks, i);
            if (found != null && found.plover() != null && !governedInfinitive(toks, found, out) && !demandedContent(toks, found, out)) {
                out.add(found);
                i = found.last();
            }
        }
        return preferNounObjects(toks, preferAttackNouns(toks, out));
    }

    /** Verbs that only carry the event their object names: "launched an offensive", "staged a sit-in", "held talks". */
    private static final java.util.Set<String> SUPPORT_VERBS = java.util.Set.of("launch", "carry", "conduct", "stage", "mount", "wage",
            "begin", "start", "undertake", "hold", "make", "unleash", "initiate", "resume", "continue", "intensify", "step");

    /**
     * A support verb whose object is a nominal trigger gives way to the noun: the verb's own dictionary code comes from
     * a pattern about its other words ("launched … against the army" once coded military cooperation), the noun says
     * what happened. The noun's subject is then found before the verb, as for any noun that is a verb's object.
     */
    private static List<Trigger> preferNounObjects(List<Token> toks, List<Trigger> found) {
        List<Trigger> out = new ArrayList<>(found);
        for (Trigger v : found) {
            if (!v.kind().equals("verb") || !SUPPORT_VERBS.contains(lower(toks.get(v.first()).lemma()))) continue;
            for (Trigger n : found) {
                if (!n.kind().equals("noun") || n.first() <= v.last() || n.first() - v.last() > 4) continue;
                boolean object = true;
                for (int j = v.last() + 1; j < n.first(); j++) {
                    String pos = toks.get(j).pos();
                    object &= pos.startsWith("DT") || pos.startsWith("JJ") || pos.equals("CD") || pos.equals("PRP$") || pos.startsWith("RB")
                            || pos.equals("RP");
                }
                if (object) out.remove(v);
                break;
            }
        }
        return out;
    }

    /**
     * "killed in a suicide car bombing", "wounded in an air strike": the noun names the event the generic harm verb
     * (CAMEO 18-20) only reports the result of, so the noun stays and the verb goes.
     */
    private static List<Trigger> preferAttackNouns(List<Token> toks, List<Trigger> found) {
        List<Trigger> out = new ArrayList<>(found);
        for (Trigger v : found) {
            if (!v.kind().equals("verb") || !violent(v.cameo())) continue;
            for (Trigger n : found) {
                if (!n.kind().equals("noun") || !violent(n.cameo()) || n.first() <= v.last() || n.first() - v.last() > 6) continue;
                boolean in = false;
                for (int j = v.last() + 1; j < n.first(); j++) in |= lower(toks.get(j).word()).equals("in");
                if (in) out.remove(v);
            }
        }
        return out;
    }

    private static boolean violent(String cameo) {
        return cameo != null && (cameo.startsWith("18") || cameo.startsWith("19") || cameo.startsWith("20"));
    }

    private Trigger verb(List<Token> toks, int i) {
        Token t = toks.get(i);
        String lemma = lower(t.lemma());
        if (lexicon.modalityOf(lemma).isPresent()) return null; // "plan", "plot": they set the modality of the event they govern
        if (isPrenominalParticiple(toks, i)) return null;
        boolean passive = t.pos().equals("VBN") && beforeAux(toks, i, BE);
        if (isStatement(lemma)) {
            // "Russia said Sudan must return the helicopter": a statement that something must be done demands it (CAMEO 10);
            // "declared a unilateral ceasefire", "declared a state of emergency": what a statement's own object names is done
            // by declaring it (a pattern of the verb's block with a code beyond a statement); otherwise a statement is no
            // event, and the event it reports is read from its own verb
            if (mustFollows(toks, i)) return trigger(i, i, "100", "verb", "agent", false);
            String declared = declaredObject(toks, i, lemma);
            return declared == null ? null : trigger(i, i, declared, "verb", "agent", false);
        }
        // a matching pattern beats a phrasal entry's code ("look into"), which beats the bare verb's default code
        String best = null;
        int bestScore = -1, last = i;
        for (EventLexicon.Verb v : lexicon.verbs(lemma)) {
            int end = i;
            if (v.particle() != null) {
                end = particleEnd(toks, i, v.particle());
                if (end < 0) continue;
                last = Math.max(last, end); // the trigger is the whole phrasal verb, whichever code wins
            }
            for (String block : v.blocks()) {
                for (EventLexicon.Pattern p : lexicon.patterns(block)) {
                    // a generic verb needs a pattern with a content word ("go on a visit", not "go to")
                    // more words win; among as many, one with a content word beats one of prepositions alone ("expelled two
                    // diplomats based in Geneva": "* DIPLOMAT", not "* IN")
                    int score = 10 + 2 * p.size() + (p.specific() ? 1 : 0);
                    if (score > bestScore && (!lexicon.isStopVerb(lemma) || p.specific()) && PatternMatch.matches(toks, i, end, p)) {
                        best = p.code();
                        bestScore = score;
                        last = Math.max(last, end);
                    }
                }
            }
            int score = v.particle() != null ? 5 : 0;
            boolean own = v.blocks().stream().anyMatch(b -> b.startsWith("SITREP"));
            if (!v.code().equals("---") && (own || !lexicon.isStopVerb(lemma)) && score > bestScore) {
                best = v.code();
                bestScore = score;
                last = Math.max(last, end);
            }
        }
        if (best == null) return null;
        return trigger(i, last, best, "verb", "agent", passive);
    }

    /**
     * The code of a pattern of a statement verb's block whose words are the verb's own object ("declared a unilateral
     * ceasefire": no verb, "that" or comma between), and whose code is an event beyond a statement; or null.
     */
    private String declaredObject(List<Token> toks, int i, String lemma) {
        String best = null;
        int bestSize = 0;
        for (EventLexicon.Verb v : lexicon.verbs(lemma)) {
            if (v.particle() != null) continue;
            for (String block : v.blocks()) {
                for (EventLexicon.Pattern p : lexicon.patterns(block)) {
                    if (!p.left().isEmpty() || p.right().isEmpty() || p.code().startsWith("01") || !p.specific() || p.size() <= bestSize) continue;
                    int stop = i + 1;
                    while (stop < toks.size() && stop <= i + 6 && !toks.get(stop).pos().startsWith("VB") && !toks.get(stop).pos().equals("MD")
                            && !Set.of(",", "that", ";", ":").contains(lower(toks.get(stop).word()))) stop++;
                    int found = PatternMatch.findSlot(toks, i + 1, stop, p.right().get(0));
                    if (found < 0 || !PatternMatch.matches(toks, i, i, p)) continue;
                    best = p.code();
                    bestSize = p.size();
                }
            }
        }
        return best;
    }

    /**
     * A verb after "to" that an earlier verb trigger of the clause governs ("agreed to lift embargoes", "pushing European
     * countries to take"): the governing verb is the event (CAMEO codes the main verb), the infinitive its content.
     */
    private static boolean governedInfinitive(List<Token> toks, Trigger found, List<Trigger> before) {
        if (!found.kind().equals("verb") || found.first() == 0 || !lower(toks.get(found.first() - 1).word()).equals("to")) return false;
        for (Trigger t : before) {
            if (!t.kind().equals("verb") || t.last() >= found.first() || found.first() - t.last() > 7) continue;
            boolean crossed = false;
            for (int j = t.last() + 1; j < found.first(); j++) {
                String w = lower(toks.get(j).word());
                crossed |= w.equals(",") || w.equals(";") || w.equals("that") || w.equals("and");
            }
            if (!crossed) return true;
        }
        return false;
    }

    private static final java.util.Set<String> DEMAND_WORDS = java.util.Set.of("demand", "request", "call", "appeal", "insist", "urge",
            "ask", "press", "reminder", "ultimatum", "warning");

    /**
     * What a demand asks for is no event of its own: "demanding that President Mugabe abandon his policy", "said Sudan
     * must return the helicopter" (after the demand trigger), "its demands that Burundi's government grant …".
     */
    private static boolean demandedContent(List<Token> toks, Trigger found, List<Trigger> before) {
        if (!found.kind().equals("verb")) return false;
        boolean demandBefore = before.stream().anyMatch(t -> "REQUEST".equals(t.plover().type()) && t.last() < found.first());
        for (int j = found.first() - 1; j >= 0 && j >= found.first() - 4; j--) {
            String w = lower(toks.get(j).word());
            if ((w.equals("must") || w.equals("should")) && demandBefore) return true;
            if (!(toks.get(j).pos().startsWith("RB") || toks.get(j).pos().equals("MD") || w.equals("be"))) break;
        }
        for (int j = found.first() - 1; j >= 1 && j >= found.first() - 10; j--) {
            if (!lower(toks.get(j).word()).equals("that")) continue;
            for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
                if (DEMAND_WORDS.contains(lower(toks.get(k).lemma()))) return true;
                if (!(toks.get(k).pos().startsWith("RB") || toks.get(k).pos().startsWith("NN") && !DEMAND_WORDS.contains(lower(toks.get(k).lemma()))
                        || toks.get(k).pos().equals("IN"))) break;
            }
            return false;
        }
        return false;
    }

    /** Whether a phrasal entry with a code of its own matches at verb i ("call for", "call on"). */
    private boolean phrasal(List<Token> toks, int i) {
        if (!toks.get(i).pos().startsWith("VB")) return false;
        for (EventLexicon.Verb v : lexicon.verbs(lower(toks.get(i).lemma()))) {
            if (v.particle() == null) continue;
            int end = particleEnd(toks, i, v.particle());
            if (end < 0) continue;
            if (!v.code().equals("---")) return true;
            // "called off a four-day strike": a phrasal verb coded through a pattern of its block with a content word
            for (String block : v.blocks()) {
                for (EventLexicon.Pattern p : lexicon.patterns(block)) if (p.specific() && PatternMatch.matches(toks, i, end, p)) return true;
            }
        }
        return false;
    }

    /** Verbs whose dictionary block is a statement (CAMEO 01x: say, announce, declare, reiterate). */
    private boolean isStatement(String lemma) {
        return lexicon.verbs(lemma).stream().anyMatch(v -> v.particle() == null && v.code().startsWith("01"));
    }

    /** "must" or "should" in the clause the verb reports, before the sentence ends or another statement starts. */
    private boolean mustFollows(List<Token> toks, int i) {
        for (int j = i + 1; j < toks.size() && j <= i + PatternMatch.RIGHT_WINDOW; j++) {
            String w = lower(toks.get(j).word());
            if (w.equals("must") || w.equals("should")) return true;
            if (w.equals(";") || w.equals(".") || w.equals("“") || w.equals("\"")) return false;
        }
        return false;
    }

    private Trigger noun(List<Token> toks, int i) {
        Token t = toks.get(i);
        String word = lower(t.word());
        String lemma = lower(t.lemma());
        // hyphenated tokens ("Prison-breaks") are one token: compare their parts too
        String[] parts = word.split("-");
        String head = singular(parts[parts.length - 1]);
        // the longest phrase wins: "air strikes" is an air strike, "hunger strike" no strike of workers
        EventLexicon.Noun best = null;
        int bestFirst = -1;
        for (String h : new String[] {lemma, head, singular(word)}) {
            for (EventLexicon.Noun n : lexicon.nouns(h)) {
                int first = matchNoun(toks, i, parts, n.words());
                if (first >= 0 && (best == null || n.words().size() > best.words().size())) {
                    best = n;
                    bestFirst = first;
                }
            }
        }
        return best == null ? null : trigger(bestFirst, i, best.code(), "noun", best.frame(), false);
    }

    private Trigger adjective(List<Token> toks, int i) {
        String lemma = lower(toks.get(i).lemma());
        return lexicon.adjective(lemma).filter(c -> beforeAux(toks, i, Set.of("be")))
                .map(c -> trigger(i, i, c, "adjective", "agent", false)).orElse(null);
    }

    private Trigger trigger(int first, int last, String code, String kind, String frame, boolean passive) {
        EventLexicon.Plover p = lexicon.plover(code).orElse(null);
        return new Trigger(first, last, EventLexicon.OTHER.equals(code) ? null : code, p, kind, frame, passive);
    }

    /** Index of the first token of the noun phrase {@code words} ending at {@code i}, or -1. */
    private static int matchNoun(List<Token> toks, int i, String[] parts, List<String> words) {
        if (words.size() == 1) return 0 <= i ? i : -1;
        if (parts.length == words.size()) {
            boolean all = true;
            for (int k = 0; k < parts.length - 1; k++) all &= singular(parts[k]).equals(words.get(k));
            if (all) return i;
        }
        int k = words.size() - 2, j = i - 1;
        for (; k >= 0 && j >= 0; k--, j--) {
            Token t = toks.get(j);
            if (!lower(t.lemma()).equals(words.get(k)) && !singular(lower(t.word())).equals(words.get(k))) return -1;
        }
        return k < 0 ? j + 1 : -1;
    }

    /** "captured ISIS fighters", "the wounded soldiers": a participle used as an adjective is no event. */
    private static boolean isPrenominalParticiple(List<Token> toks, int i) {
        String pos = toks.get(i).pos();
        if (!pos.equals("VBN") && !pos.equals("VBG")) return false;
        if (beforeAux(toks, i, Set.of("be", "have", "get"))) return false;
        boolean nounNext = i + 1 < toks.size() && (toks.get(i + 1).pos().startsWith("NN") || toks.get(i + 1).pos().startsWith("JJ"));
        boolean modifierBefore = i == 0 || PRENOMINAL.contains(toks.get(i - 1).pos())
                || pos.equals("VBN") && toks.get(i - 1).pos().startsWith("VB"); // "to free captured fighters"
        // "intelligence gathered from": a reduced relative clause describes its noun; it reports no new event
        // (the tagger also gives VBN to a past tense after a plural subject, "rebels attacked government troops": a participle
        // followed by its object is a finite verb)
        boolean objectNext = i + 1 < toks.size() && Set.of("DT", "NN", "NNS", "NNP", "NNPS", "PRP", "CD", "JJ", "PRP$").contains(toks.get(i + 1).pos());
        // (and a past tense after its subject: "prisoners rioted at a jail" has no main verb after it, a reduced relative has one)
        boolean reducedRelative = pos.equals("VBN") && i > 0 && toks.get(i - 1).pos().startsWith("NN") && !objectNext && mainVerbAfter(toks, i)
                // "a man believed tied to the cartel": a participle after another that describes the noun describes it too
                || pos.equals("VBN") && i > 1 && toks.get(i - 1).pos().equals("VBN") && toks.get(i - 2).pos().startsWith("NN") && !objectNext;
        return nounNext && modifierBefore || reducedRelative;
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "report", "add", "announce", "state", "claim", "confirm", "note");

    /**
     * Whether a finite verb follows token i in its sentence, the main verb a reduced relative clause would hang on ("weapons
     * seized from the group were destroyed"); not one coordinated with it ("donated and delivered") nor a trailing
     * report ("…, police said").
     */
    private static boolean mainVerbAfter(List<Token> toks, int i) {
        for (int j = i + 1; j < toks.size(); j++) {
            Token t = toks.get(j);
            if (t.word().equals(";")) return false;
            if (!Set.of("VBD", "VBZ", "VBP", "MD").contains(t.pos()) || REPORTING.contains(lower(t.lemma()))) continue;
            int k = j - 1;
            while (k > i && toks.get(k).pos().startsWith("RB")) k--;
            if (k > i && (lower(toks.get(k).word()).equals("and") || lower(toks.get(k).word()).equals("or"))) continue;
            return true;
        }
        return false;
    }

    /** True when a form of one of {@code lemmas} stands before token i, over adverbs, negation and "being". */
    static boolean beforeAux(List<Token> toks, int i, Set<String> lemmas) {
        for (int j = i - 1; j >= 0 && j >= i - 4; j--) {
            Token t = toks.get(j);
            String l = lower(t.lemma());
            if (lemmas.contains(l) && (t.pos().startsWith("VB") || t.pos().equals("MD"))) return true;
            if (!(t.pos().startsWith("RB") || l.equals("being") || t.pos().equals("MD") || l.equals("been"))) return false;
        }
        return false;
    }

    /** The last token of the particle after the verb ("look into"), allowing one adverb between; -1 when absent. */
    private static int particleEnd(List<Token> toks, int i, String particle) {
        String[] words = particle.split(" ");
        int j = i + 1;
        if (j < toks.size() && toks.get(j).pos().startsWith("RB") && !lower(toks.get(j).word()).equals(words[0])) j++;
        for (String w : words) {
            if (j >= toks.size() || !lower(toks.get(j).word()).equals(w)) return -1;
            j++;
        }
        return j - 1;
    }

    static String singular(String w) {
        if (w.endsWith("ies") && w.length() > 4) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }

    static String lower(String s) { return s == null ? "" : s.toLowerCase(Locale.ROOT); }
}

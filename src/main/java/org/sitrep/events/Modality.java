package org.sitrep.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.sitrep.annotate.Token;

/**
 * How an event stands: happened, ongoing, planned, threatened, alleged, denied, investigated, hypothetical or
 * historical, plus negation. Read from the words that govern the trigger in its clause (auxiliaries, "planning",
 * "in the past") and from the stances of the claims it is reported in (an event inside "alleging that …" is alleged).
 * When several apply, the one that most limits what a reader may take as fact wins (the order of {@link #ORDER}).
 */
public final class Modality {

    public static final List<String> ORDER = List.of("denied", "hypothetical", "threatened", "planned", "alleged", "investigated",
            "historical", "ongoing", "happened");

    /** The modality and whether the text says the event did not happen. */
    public record Reading(String modality, boolean negated) {}

    private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
    private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll");
    private static final Set<String> POSSIBLE = Set.of("could", "might", "may");
    private static final Set<String> CONDITION = Set.of("if", "unless");
    private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "'re");
    private static final Set<String> PRESENT_HAVE = Set.of("has", "have", "'ve");
    private static final Set<String> HISTORICAL = Set.of("historically", "formerly", "previously");
    /** Reporting stances that present what follows as contested. */
    private static final List<String> ALLEGING = List.of("alleg", "claim", "accus", "warn", "charg", "suspect");
    private static final List<String> DENYING = List.of("den", "reject", "dismiss");

    private Modality() {}

    /**
     * @param toks         the sentence's tokens
     * @param clauseStart  first token of the trigger's clause (the reported content it sits in, or the sentence)
     * @param trigger      first token of the trigger
     * @param stances      stances of the claims whose content holds the trigger (any order)
     * @param modalWord    the modality a governing word imposes ("plan" → planned), or null
     * @param investigates true for words that investigate what they govern ("looking into the killing")
     */
    public static Reading of(List<Token> toks, int clauseStart, int trigger, List<String> stances,
                             java.util.function.Function<String, String> modalWord, Predicate<Token> investigates) {
        String best = "happened";
        boolean negated = false;
        for (int j = trigger - 1; j >= clauseStart && j >= trigger - 3; j--) {
            if (NEGATION.contains(lower(toks.get(j)))) negated = true;
        }
        for (String stance : stances) {
            String s = stance == null ? "" : stance.toLowerCase(java.util.Locale.ROOT);
            if (DENYING.stream().anyMatch(s::startsWith)) best = stronger(best, "denied");
            if (ALLEGING.stream().anyMatch(s::startsWith)) best = stronger(best, "alleged");
        }
        for (int j = clauseStart; j < trigger; j++) {
            Token t = toks.get(j);
            String w = lower(t);
            String imposed = modalWord.apply(lemma(t));
            if (imposed != null) best = stronger(best, imposed);
            if (CONDITION.contains(w)) best = stronger(best, "hypothetical");
            if (investigates.test(t)) best = stronger(best, "investigated");
        }
        // the auxiliaries right before the trigger: "will attack", "could attack", "is pushing", "have been reluctant"
        for (int j = trigger - 1; j >= clauseStart && j >= trigger - 4; j--) {
            String w = lower(toks.get(j));
            if (FUTURE.contains(w)) best = stronger(best, "planned");
            if (POSSIBLE.contains(w)) best = stronger(best, "hypothetical");
        }
        if (historical(toks)) best = stronger(best, "historical");
        if (ongoing(toks, clauseStart, trigger)) best = stronger(best, "ongoing");
        return new Reading(best, negated);
    }

    /** "In the past, …", "historically": the sentence is about earlier times. */
    static boolean historical(List<Token> toks) {
        for (int j = 0; j < toks.size(); j++) {
            String w = lower(toks.get(j));
            if (HISTORICAL.contains(w)) return true;
            if (w.equals("past") && j >= 2 && lower(toks.get(j - 1)).equals("the") && Set.of("in", "over").contains(lower(toks.get(j - 2)))) return true;
        }
        return false;
    }

    /**
     * Present progressive ("is pushing"), a present state ("are in the custody of"), present perfect of a state
     * ("have been reluctant"), "continue(s) to". A past progressive ("were looking into") is over by the report's
     * time: it happened.
     */
    static boolean ongoing(List<Token> toks, int clauseStart, int trigger) {
        Token t = toks.get(trigger);
        for (int j = trigger - 1; j >= clauseStart && j >= trigger - 4; j--) {
            String w = lower(toks.get(j));
            if (PRESENT_BE.contains(w)) return t.pos().equals("VBG") || !t.pos().startsWith("VB");
            if (w.equals("been")) return j > 0 && PRESENT_HAVE.contains(lower(toks.get(j - 1))) && !t.pos().equals("VBN");
            if (w.equals("continue") || w.equals("continues")) return true;
            if (!(toks.get(j).pos().startsWith("RB") || toks.get(j).pos().startsWith("DT") || toks.get(j).pos().equals("IN")
                    || toks.get(j).pos().startsWith("JJ") || w.equals("being"))) {
                return false;
            }
        }
        return false;
    }

    static String stronger(String a, String b) { return ORDER.indexOf(b) < ORDER.indexOf(a) ? b : a; }

    private static String lower(Token t) { return t.word().toLowerCase(java.util.Locale.ROOT); }

    private static String lemma(Token t) { return t.lemma() == null ? "" : t.lemma().toLowerCase(java.util.Locale.ROOT); }
}

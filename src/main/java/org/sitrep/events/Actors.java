package org.sitrep.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.sitrep.annotate.Token;
import org.sitrep.entities.ActorRegistry;
import org.sitrep.model.Entity;
import org.sitrep.model.Event.Argument;
import org.sitrep.model.Mention;
import org.sitrep.model.Quote;

/**
 * Finds the actors of an event in one sentence by position, a cheap stand-in for a dependency parse: the subject is
 * the nearest entity before the trigger that is not inside a prepositional phrase ("members of Islamic State" counts,
 * "living in Turkey" does not); the object is the first entity after it that is not a place named after "in";
 * passives take their agent from "by"; relative pronouns and subject pronouns resolve to the entity they stand for.
 */
final class Actors {

    /**
     * One actor as tokens [first, last] of the sentence: an entity mention, or a generic agent noun no entity covers
     * ("security forces", "students": entity null, code the agent's sector code).
     */
    record Span(int first, int last, Entity entity, String agentCode) {
        String id() { return entity == null ? null : entity.id(); }

        String type() { return entity == null ? "AGENT" : entity.type(); }
    }

    static final Set<String> LOCATIVE = Set.of("in", "at", "near", "into", "from", "across", "inside", "within", "throughout",
            "outside", "around", "toward", "towards", "onto", "between", "along");
    private static final Set<String> PLACE_TYPES = Set.of("GPE", "LOCATION");
    private static final Set<String> RELATIVE = Set.of("who", "which", "whom");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "we");
    private static final Set<String> SUBORDINATORS = Set.of("when", "while", "because", "if", "although", "though", "unless", "whereas",
            "whether", "whenever");
    private static final Set<String> PARTITIVES = Set.of("some", "many", "others", "several", "most");
    private static final Set<String> RIGHT_BARRIERS = Set.of(",", ";", ":", "that", "who", "which", "while", "because", "but",
            "although", "after", "before", "when", ".", "“", "”", "\"");
    private static final int RIGHT_WINDOW = 12;

    private final List<Token> toks;
    private final Span[] spanAt;
    /** Places by first token, whether or not they can act: where an event happens ({@link #location}). */
    private final Span[] placeAt;
    private final List<Span> spans;
    private final List<Quote> quotes;
    private final IntPredicate excluded;
    private final ActorRegistry agents = ActorRegistry.standard();

    /** @param excluded tokens that end a search (reporting verbs) */
    Actors(List<Token> toks, List<Entity> entities, List<Quote> quotes, IntPredicate excluded) {
        this.toks = toks;
        this.quotes = quotes;
        this.excluded = excluded;
        this.spanAt = new Span[toks.size()];
        this.placeAt = new Span[toks.size()];
        this.spans = new ArrayList<>();
        if (toks.isEmpty()) return;
        Map<Integer, Integer> byStart = new HashMap<>();
        for (int i = 0; i < toks.size(); i++) byStart.put(toks.get(i).start(), i);
        int from = toks.get(0).start(), to = toks.get(toks.size() - 1).end();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.start() < from || m.end() > to) continue;
                int first = -1, last = -1;
                for (int i = 0; i < toks.size(); i++) {
                    Token t = toks.get(i);
                    if (t.start() >= m.start() && t.end() <= m.end()) {
                        if (first < 0) first = i;
                        last = i;
                    }
                }
                if (first >= 0 && place(e) && placeAt[first] == null) placeAt[first] = new Span(first, last, e, null);
                if (first < 0 || !actor(e, toks, last)) continue;
                Span s = new Span(first, last, e, null);
                spans.add(s);
                for (int i = first; i <= last; i++) if (spanAt[i] == null) spanAt[i] = s;
            }
        }
    }

    /** The mention covering token i, else a generic agent noun heading its phrase there ("security forces"), or null. */
    Span at(int i) {
        if (i < 0 || i >= spanAt.length) return null;
        if (spanAt[i] != null) return spanAt[i];
        Token t = toks.get(i);
        // a noun before another noun, or before a possessive ("the party's leader"), only modifies the phrase's head
        if (!t.pos().startsWith("NN") || i + 1 < toks.size() && (toks.get(i + 1).pos().startsWith("NN") || toks.get(i + 1).pos().equals("POS"))) return null;
        if (i > 0 && spanAt[i - 1] != null) {
            Span named = spanAt[i - 1]; // "ISIS fighters", "Israeli troops": the named actor, over the whole phrase
            return new Span(named.first(), i, named.entity(), null);
        }
        Span owner = possessor(i);
        if (owner != null) return owner;
        for (int first = Math.max(0, i - 1); first <= i; first++) {
            if (first < i && (!toks.get(first).pos().startsWith("NN") && !toks.get(first).pos().startsWith("JJ") || spanAt[first] != null)) continue;
            String code = agents.agent(text(first, i));
            if (code == null) continue;
            // "Palestinian suicide bombers", "the European Community foreign ministers": a named state, nationality or
            // organisation before the agent's modifiers is whose agents they are, as in "Israeli troops"
            int k = first - 1;
            while (k >= 0 && k >= first - 2 && spanAt[k] == null && (toks.get(k).pos().startsWith("NN") || toks.get(k).pos().startsWith("JJ"))) k--;
            Span named = k >= 0 ? spanAt[k] : null;
            if (named != null && named.last() == k && Set.of("GPE", "NORP", "ORGANIZATION").contains(named.type())) {
                return new Span(named.first(), i, named.entity(), null);
            }
            return new Span(first, i, null, code.replace("~", ""));
        }
        return null;
    }

    /**
     * "Ukraine's president", "Kenya's foreign minister": an agent noun after a state's possessive is that state's agent,
     * spanning the whole phrase. Only agent nouns: "Kosovo's independence" is no actor.
     */
    private Span possessor(int i) {
        for (int pos = i - 1; pos >= 1 && pos >= i - 3; pos--) {
            Token t = toks.get(pos);
            if (t.pos().equals("POS")) {
                Span named = spanAt[pos - 1];
                if (named == null || !Set.of("GPE", "NORP").contains(named.type()) || pos == i) return null;
                String code = agents.agent(text(pos + 1, i));
                return code == null ? null : new Span(named.first(), i, named.entity(), null);
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN")) || spanAt[pos] != null) return null;
        }
        return null;
    }

    /** A place, or a name coded as a state (a country the tagger took for an organisation: "Lebanon (UNIFIL)"). */
    private static boolean place(Entity e) {
        return PLACE_TYPES.contains(e.type()) || e.actor() != null && e.actor().length() == 3 && !e.type().equals("PERSON");
    }

    private static final Set<String> ACTOR_TYPES = Set.of("PERSON", "ORGANIZATION", "GPE", "NORP");

    /**
     * Whether a mention can be an actor: people, organisations, states and nationalities, or anything with an actor
     * code; a coded-less region or other name only as the adjective of a plural noun ("European countries"), not
     * "Islamophobia" or "Europe" on its own.
     */
    private static boolean actor(Entity e, List<Token> toks, int last) {
        if (ACTOR_TYPES.contains(e.type()) || e.actor() != null) return true;
        return last + 1 < toks.size() && Set.of("NNS", "NNPS").contains(toks.get(last + 1).pos());
    }

    /** The subject: scanning left from {@code from} down to {@code clauseStart}. */
    Span subject(int from, int clauseStart) {
        for (int j = from; j >= clauseStart; j--) {
            String w = lower(j);
            if (w.equals(";") || w.equals(":") || excluded.test(j)) return null;
            if (RELATIVE.contains(w) || w.equals("that") && toks.get(j).pos().equals("WDT")) return antecedent(j);
            if (w.equals("that")) return null; // a complementizer: the clause starts here
            // a subordinate clause opens here ("… said it would act when the river is closed"): its subject is after this word,
            // and an actor further left belongs to the main clause
            if (SUBORDINATORS.contains(w) && !(j + 1 < toks.size() && lower(j + 1).equals("of")) && nounBetween(j + 1, from)) return null;
            Span s = at(j);
            if (s != null) {
                String before = s.first() > 0 ? lower(s.first() - 1) : "";
                boolean inPhrase = toks.get(Math.max(0, s.first() - 1)).pos().equals("IN") && !before.equals("of") && s.first() > 0;
                if (!inPhrase) {
                    Span owner = s.entity() == null && s.first() > 0 ? ownersSpeaker(s.first() - 1) : null;
                    return owner != null ? owner : s;
                }
                j = s.first();
                continue;
            }
            Span owner = ownersSpeaker(j);
            if (owner != null) return owner;
            if (SUBJECT_PRONOUNS.contains(w) && toks.get(j).pos().startsWith("PRP") || PARTITIVES.contains(w) && !nextIsNoun(j)) {
                return pronoun(j);
            }
        }
        return null;
    }

    /**
     * The object: the first entity after {@code from}, up to {@code clauseEnd} (exclusive), places after "in" skipped.
     *
     * @param acrossThat a demand's object is the subject of what it demands ("demanded that Israel ease …")
     */
    Span object(int from, int clauseEnd, boolean acrossThat) {
        return object(from, clauseEnd, acrossThat, Set.of());
    }

    /**
     * @param aimed prepositions that name whom the act is aimed at, not where it happens, for this trigger ("fired
     *              missiles at Turkey", "arrived in Beijing" for a visit): a place after them is the object
     */
    Span object(int from, int clauseEnd, boolean acrossThat, Set<String> aimed) {
        boolean locative = false;
        for (int j = from; j < clauseEnd && j < from + RIGHT_WINDOW; j++) {
            String w = lower(j);
            if (acrossThat && w.equals("that")) continue;
            if (RIGHT_BARRIERS.contains(w) || excluded.test(j)) return null;
            Span s = at(j);
            if (s != null) {
                if (locative && PLACE_TYPES.contains(s.type())) {
                    j = Math.max(j, s.last());
                    continue;
                }
                Span recipient = s.entity() == null ? recipient(s.last() + 1, clauseEnd) : null;
                return recipient != null ? recipient : s;
            }
            if (LOCATIVE.contains(w)) locative = !aimed.contains(w);
            else if (!(w.equals("and") || w.equals("or") || toks.get(j).pos().startsWith("DT") || toks.get(j).pos().startsWith("JJ"))) locative = false;
        }
        return null;
    }

    /**
     * "offered its troops to Lebanon's president", "sent soldiers to Iraq": when the first thing after the verb is a
     * generic group (the theme that moves), the named party of a "to" phrase right after it is who the act is aimed
     * at. Only a named one, and only across determiners and adjectives, so "men with links to ISIS" stays as it is.
     */
    private Span recipient(int from, int clauseEnd) {
        if (from >= clauseEnd || !lower(from).equals("to")) return null;
        for (int k = from + 1; k < clauseEnd && k <= from + 3; k++) {
            Span s = at(k);
            if (s != null) return s.entity() != null ? s : null;
            String pos = toks.get(k).pos();
            if (!(pos.startsWith("DT") || pos.startsWith("JJ") || pos.equals("PRP$"))) return null;
        }
        return null;
    }

    /**
     * Whom an act is "against", further on in its clause than the word after the trigger ("staged rallies in the Gaza
     * Strip against the party's leader Mahmoud Abbas"): the first actor after that "against", or null.
     */
    Span against(int from, int clauseEnd) {
        for (int j = from; j < clauseEnd && j < from + RIGHT_WINDOW; j++) {
            String w = lower(j);
            if (RIGHT_BARRIERS.contains(w) || excluded.test(j)) return null;
            if (w.equals("against")) return object(j + 1, clauseEnd, false);
        }
        return null;
    }

    /** Nouns that a place name completes: "in the town of Cizre", "in the northern city of Kirkuk". */
    private static final Set<String> PLACE_NOUNS = Set.of("town", "city", "village", "region", "province", "district", "capital",
            "state", "county", "area", "enclave", "port", "island", "territory", "strip");

    /**
     * The place where an event with no named target happens: the first state or place of the clause after {@code from}
     * that stands in an "in"/"at" phrase ("demonstrated in Serbia", "imposed a curfew in the town of Cizre"), before a
     * comma or a new clause. CAMEO and PLOVER code such an event against the place it happens in.
     */
    Span location(int from, int clauseEnd) {
        for (int j = from; j < clauseEnd && j < from + 2 * RIGHT_WINDOW; j++) {
            String w = lower(j);
            if (RIGHT_BARRIERS.contains(w) || excluded.test(j)) return null;
            Span s = placeAt[j] != null ? placeAt[j] : spanAt[j];
            if (s == null) continue;
            if (s == placeAt[j] && locatedBy(j)) return s;
            j = Math.max(j, s.last());
        }
        return null;
    }

    /** "in Serbia", "at the border of", "in central Baghdad", "in the town of Cizre": an "in"/"at" opens the place's phrase. */
    private boolean locatedBy(int first) {
        for (int k = first - 1; k >= 0 && k >= first - 5; k--) {
            String w = lower(k), pos = toks.get(k).pos();
            if (w.equals("in") || w.equals("at")) return true;
            boolean placeOf = w.equals("of") && k > 0 && PLACE_NOUNS.contains(lower(k - 1));
            if (!(placeOf || PLACE_NOUNS.contains(w) || pos.startsWith("DT") || pos.startsWith("JJ"))) return false;
        }
        return false;
    }

    /** The mention of a quote's speaker in this sentence, or null. */
    Span speaker(Quote q) {
        if (q.speaker() == null) return null;
        if (q.speaker().entity() != null) {
            for (Span s : spans) if (q.speaker().entity().equals(s.id())) return s;
            return null;
        }
        // a described speaker ("the rebels"): the agent noun at the end of what the quote names
        for (int i = toks.size() - 1; i >= 0; i--) {
            if (toks.get(i).end() == q.speaker().end() && toks.get(i).start() >= q.speaker().start()) return at(i);
        }
        return null;
    }

    /** The entity of a "by X" (passive agent) or "of X" phrase right after the trigger. */
    Span agentPhrase(int from, int clauseEnd, Set<String> prepositions) {
        for (int j = from; j < clauseEnd && j < from + RIGHT_WINDOW; j++) {
            String w = lower(j);
            if (RIGHT_BARRIERS.contains(w) || excluded.test(j)) return null;
            if (prepositions.contains(w)) {
                for (int k = j + 1; k < clauseEnd && k <= j + 3; k++) {
                    if (at(k) != null) return at(k);
                }
            }
        }
        return null;
    }

    /** The entity of a phrase that opens right after the trigger with one of {@code prepositions} ("attack on X"). */
    Span prepositionObject(int from, int clauseEnd, Set<String> prepositions) {
        if (from >= clauseEnd || !prepositions.contains(lower(from))) return null;
        for (int k = from + 1; k < clauseEnd && k <= from + 3; k++) {
            if (at(k) != null) return at(k);
        }
        return null;
    }

    /**
     * The other named party of a coordination "X and Y" that {@code s} is one side of, or null. Only across "and" with
     * at most a determiner between, so lists ("X, Y and Z") give the nearest neighbour.
     */
    Span conjunct(Span s) {
        int before = s.first() - 1;
        if (before >= 0 && toks.get(before).pos().equals("DT")) before--;
        if (before >= 1 && lower(before).equals("and")) {
            Span other = at(before - 1);
            if (other != null && other.entity() != null) return other;
        }
        int after = end(s) + 1;
        if (after + 1 < toks.size() && lower(after).equals("and")) {
            int k = after + 1;
            if (toks.get(k).pos().equals("DT") && k + 1 < toks.size()) k++;
            Span other = at(k);
            if (other != null && other.entity() != null && other.first() == k) return other;
        }
        return null;
    }

    /** The last token of a span's phrase, over the plural nouns it heads ("Togolese" → "Togolese troops"). */
    int end(Span s) {
        int last = s.last();
        while (last + 1 < toks.size() && Set.of("NNS", "NNPS").contains(toks.get(last + 1).pos()) && spanAt[last + 1] == null) last++;
        return last;
    }

    /** "al-Baghdadi, who spent …": the entity right before the relative pronoun. */
    private Span antecedent(int j) {
        for (int k = j - 1; k >= 0 && k >= j - 3; k--) {
            if (at(k) != null) return at(k);
            if (!lower(k).equals(",")) return null;
        }
        return null;
    }

    /**
     * "Bosnian Serbs said their forces had completed …": a group the speaker calls its own, opening what the speaker
     * said, acts for the speaker; null unless token {@code possessive} is a possessive pronoun opening a named speaker's quote.
     */
    private Span ownersSpeaker(int possessive) {
        if (!toks.get(possessive).pos().equals("PRP$")) return null;
        int start = toks.get(possessive).start();
        for (Quote q : quotes) {
            if (q.start() == start && q.speaker() != null && q.speaker().entity() != null && speaker(q) != null) return speaker(q);
        }
        return null;
    }

    /**
     * A subject pronoun: the speaker when it opens what that speaker said ("officials said they were looking into");
     * else the nearest entity before it in the sentence ("some" of "ISIS leaders"; "they" of "European countries").
     */
    private Span pronoun(int j) {
        String w = lower(j);
        int start = toks.get(j).start();
        if (SUBJECT_PRONOUNS.contains(w)) {
            for (Quote q : quotes) {
                if (q.start() == start && q.speaker() != null && q.speaker().entity() != null && speaker(q) != null) return speaker(q);
            }
        }
        boolean person = w.equals("he") || w.equals("she");
        for (int k = j - 1; k >= 0; k--) {
            Span s = at(k);
            if (s == null) continue;
            k = s.first();
            if (s.entity() == null) continue; // a pronoun stands for a named actor
            boolean isPerson = s.type().equals("PERSON");
            boolean place = PLACE_TYPES.contains(s.type()) && s.first() > 0 && LOCATIVE.contains(lower(s.first() - 1));
            if (!place && isPerson == person) return s;
        }
        return null;
    }

    /**
     * The argument for a mention, its text extended over the plural nouns it heads ("European" → "European countries").
     * A generic agent followed by the state it belongs to ("troops from Chad", "lawmakers in Kenya", "the police
     * of Chad") is that state's agent: CAMEO codes it country + sector, and the state is who acts.
     */
    Argument argument(Span s) {
        int last = s.last();
        while (last + 1 < toks.size() && Set.of("NNS", "NNPS").contains(toks.get(last + 1).pos()) && spanAt[last + 1] == null) last++;
        Span state = s.entity() == null ? stateOf(last + 1) : null;
        if (state != null && s.first() > 0 && toks.get(s.first() - 1).pos().equals("PRP$")) {
            // "withdrew its troops from Haiti": the troops are the subject's own; the state is the one acted upon
            return argument(state);
        }
        if (state != null) {
            String country = state.entity().actor();
            String code = country == null ? null : country.length() >= 3 ? country.substring(0, 3) + (s.agentCode() == null ? "" : s.agentCode()) : null;
            return new Argument(text(s.first(), state.last()), state.id(), code, toks.get(s.first()).start(), toks.get(state.last()).end());
        }
        Token a = toks.get(s.first()), b = toks.get(last);
        String text = text(s.first(), last);
        return new Argument(text, s.id(), s.entity() == null ? s.agentCode() : s.entity().actor(), a.start(), b.end());
    }

    private static final Set<String> BELONGS = Set.of("from", "of", "in");

    /** A state or nationality named right after "from", "of" or "in" at token i (a determiner may come between), or null. */
    private Span stateOf(int i) {
        if (i + 1 >= toks.size() || !BELONGS.contains(lower(i))) return null;
        int k = i + 1;
        if (toks.get(k).pos().equals("DT") && k + 1 < toks.size()) k++;
        Span s = spanAt[k];
        if (s == null || s.first() != k || !Set.of("GPE", "NORP").contains(s.type())) return null;
        // "troops from Chad's army": the state must end the phrase, not modify another noun
        if (s.last() + 1 < toks.size() && (toks.get(s.last() + 1).pos().startsWith("NN") || toks.get(s.last() + 1).pos().equals("POS"))) return null;
        return s;
    }

    private String text(int first, int last) {
        StringBuilder sb = new StringBuilder();
        for (int i = first; i <= last; i++) {
            if (i > first && toks.get(i).start() > toks.get(i - 1).end()) sb.append(' ');
            sb.append(toks.get(i).word());
        }
        return sb.toString();
    }

    /** A noun or pronoun in [from, to]: the subordinate clause has a subject of its own ("Russia, when asked, denied" has none). */
    private boolean nounBetween(int from, int to) {
        for (int k = from; k <= to && k < toks.size(); k++) if (toks.get(k).pos().startsWith("NN") || toks.get(k).pos().equals("PRP")) return true;
        return false;
    }

    private boolean nextIsNoun(int j) { return j + 1 < toks.size() && toks.get(j + 1).pos().startsWith("NN") || j + 1 < toks.size() && lower(j + 1).equals("of"); }

    private String lower(int j) { return TriggerFinder.lower(toks.get(j).word()); }
}

package org.sitrep.places;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.annotate.Annotated;
import org.sitrep.annotate.Token;

/**
 * The part a place plays where it is mentioned, read from the words just before it: "living in X" is where an
 * actor is, "crossed into X" a destination, "fled from X" an origin, "attacked in X" where an event happened.
 * Rules, not a model, so that every role can be explained by the words that gave it.
 */
final class Roles {
    static final String DATELINE = "dateline", EVENT = "event_location", ACTOR = "actor_location",
            ORIGIN = "origin", DESTINATION = "destination", MENTIONED = "mentioned";

    private static final Set<String> MOVEMENT = Set.of("go", "come", "travel", "flee", "cross", "move", "enter", "return",
            "deport", "send", "head", "march", "arrive", "transfer", "smuggle", "escape", "fly", "drive", "walk", "sail",
            "migrate", "relocate", "evacuate", "withdraw", "retreat", "advance", "push", "infiltrate", "bring", "take",
            "extradite", "repatriate", "ship", "export", "import", "deploy", "dispatch", "bribe", "leave", "run");
    private static final Set<String> RESIDENCE = Set.of("live", "living", "lives", "lived", "base", "based", "reside",
            "resident", "residing", "stay", "hide", "hiding", "shelter", "settle", "remain", "detain", "held", "hold",
            "imprison", "jail", "custody", "exile");
    private static final Set<String> EVENT_WORDS = Set.of("attack", "kill", "killed", "explosion", "explode", "blast",
            "bomb", "bombing", "clash", "protest", "strike", "battle", "fight", "fighting", "arrest", "shell", "shelling",
            "raid", "shoot", "shooting", "fire", "crash", "riot", "demonstration", "rally", "meeting", "meet", "summit",
            "talk", "election", "vote", "ceremony", "conference", "die", "wound", "injure", "storm", "seize", "capture",
            "occur", "happen", "hold", "form", "launch", "operation", "offensive", "airstrike", "assault",
            "violence", "war", "conflict", "outbreak", "earthquake", "flood", "sign", "announce", "visit", "plan",
            "open", "build", "break", "prison");
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", ",", "&");
    private static final Set<String> SKIP = Set.of("the", "a", "an", "city", "town", "village", "province", "region",
            "district", "state", "country", "capital", "area", "of", "southern", "northern", "eastern", "western",
            "central", "border", "neighbouring", "neighboring", "nearby", "parts", "part", "territory");

    private Roles() {}

    /** The role of one mention [start, end) in sentence tokens. */
    static String of(Annotated a, int start, int end, boolean dateline) {
        if (dateline) return DATELINE;
        List<Token> tokens = a.tokens();
        int i = a.firstTokenAtOrAfter(start) - 1;
        if (i < 0) return MENTIONED;
        int sentence = tokens.get(Math.min(i + 1, tokens.size() - 1)).sentence();
        // walk back over "the southern Turkish city of" to the preposition that governs the place
        while (i >= 0 && tokens.get(i).sentence() == sentence && (SKIP.contains(lower(tokens.get(i)))
                || CONJUNCTIONS.contains(lower(tokens.get(i))) || tokens.get(i).isCapitalized() && !isPreposition(tokens.get(i)))) i--;
        if (i < 0 || tokens.get(i).sentence() != sentence) return MENTIONED;
        String prep = lower(tokens.get(i));
        String verb = governor(tokens, i, sentence);
        return switch (prep) {
            case "from" -> ORIGIN;
            case "to", "into", "towards", "toward" -> movedBefore(tokens, i, sentence) ? DESTINATION : MENTIONED;
            case "in", "at", "near", "inside", "outside", "across", "around", "throughout" -> verb == null ? MENTIONED
                    : RESIDENCE.contains(verb) ? ACTOR : EVENT_WORDS.contains(verb) ? EVENT : MENTIONED;
            default -> MENTIONED;
        };
    }

    /** The nearest verb or event noun before the preposition, within six tokens of the same sentence. */
    private static String governor(List<Token> tokens, int prep, int sentence) {
        for (int j = prep - 1; j >= Math.max(0, prep - 6) && tokens.get(j).sentence() == sentence; j--) {
            Token t = tokens.get(j);
            String lemma = t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
            if (RESIDENCE.contains(lower(t)) || RESIDENCE.contains(lemma)) return "live";
            if (t.pos().startsWith("VB") || t.pos().startsWith("NN") && EVENT_WORDS.contains(lemma)) {
                if (MOVEMENT.contains(lemma) || EVENT_WORDS.contains(lemma)) return lemma;
                if (t.pos().startsWith("VB") && !Set.of("be", "have", "do").contains(lemma)) return lemma;
            }
        }
        return null;
    }

    /** "bribed their way through the lines ... to X": a movement verb anywhere earlier in the sentence. */
    private static boolean movedBefore(List<Token> tokens, int prep, int sentence) {
        for (int j = prep - 1; j >= 0 && tokens.get(j).sentence() == sentence; j--) {
            Token t = tokens.get(j);
            if (t.pos().startsWith("VB") && MOVEMENT.contains(t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static boolean isPreposition(Token t) { return t.pos().equals("IN") || t.pos().equals("TO"); }

    private static String lower(Token t) { return t.word().toLowerCase(Locale.ROOT); }
}

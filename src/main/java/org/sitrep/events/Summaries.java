package org.sitrep.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.model.Entity;
import org.sitrep.model.Event.Argument;
import org.sitrep.model.Place;

/** The one-line English summary of an event, built from its arguments only (never from free text). */
final class Summaries {

    private static final Map<String, String> VERB = Map.of("happened", "", "ongoing", "continues", "planned", "plans",
            "threatened", "threatens", "alleged", "allegedly", "denied", "is said not to (denied)", "investigated", "is investigated for",
            "hypothetical", "might", "historical", "in the past");

    private Summaries() {}

    static String of(EventLexicon.Plover plover, Modality.Reading modality, String trigger, Argument source, Argument target,
                     List<Place> places, Claim claim, String assertedBy, List<Entity> entities) {
        StringBuilder sb = new StringBuilder();
        sb.append(source == null ? "someone" : name(source, entities));
        String verb = VERB.getOrDefault(modality.modality(), "");
        if (modality.negated()) verb = (verb.isEmpty() ? "" : verb + " ") + "not";
        if (!verb.isEmpty()) sb.append(' ').append(verb);
        sb.append(' ').append(plover.type());
        if (plover.mode() != null) sb.append('/').append(plover.mode());
        sb.append(" (").append(trigger).append(')');
        if (target != null) sb.append(" → ").append(name(target, entities));
        if (!places.isEmpty()) sb.append(" in ").append(places.stream().map(Place::name).distinct().collect(Collectors.joining(", ")));
        if (assertedBy != null) {
            boolean alleging = claim != null && claim.stance() != null && claim.stance().toLowerCase(java.util.Locale.ROOT).matches("(alleg|claim|accus|warn|charg).*");
            sb.append(" — ").append(alleging || "planned".equals(modality.modality()) || "alleged".equals(modality.modality()) ? "alleged by " : "according to ")
                    .append(entities.stream().filter(e -> e.id().equals(assertedBy)).map(Entity::name).findFirst().orElse(assertedBy));
        }
        return sb.toString();
    }

    private static String name(Argument a, List<Entity> entities) {
        if (a.entity() == null) return a.text();
        Entity e = entities.stream().filter(x -> x.id().equals(a.entity())).findFirst().orElse(null);
        // an adjectival entity ("European") stands for the noun phrase it opens ("European countries")
        return e == null || Set.of("NORP", "MISC").contains(e.type()) ? a.text() : e.name();
    }
}

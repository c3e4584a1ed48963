package org.sitrep.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitrep.cluster.EventSignature;
import org.sitrep.model.Entity;
import org.sitrep.model.Event;
import org.sitrep.model.Place;
import org.sitrep.model.Reading;

/**
 * The {@link EventSignature}s of a reading's events, as the store's event rows give them (events, event_actors,
 * event_countries): the placer computes them from the reading, so a state that keeps no event rows (Flink) and the
 * store see the same signatures. Pure.
 */
public final class EventSignatures {

    private EventSignatures() {}

    /** Event id → signature, in event-id order (the order the store clusters an article's events in). */
    public static Map<String, EventSignature> of(Reading r) {
        Map<String, Entity> entities = new HashMap<>();
        for (Entity en : r.entities()) entities.put(en.id(), en);
        Map<String, Place> places = new HashMap<>();
        for (Place pl : r.places()) places.put(pl.id(), pl);
        Map<String, EventSignature> out = new TreeMap<>();
        for (Event e : r.events()) {
            Place pl = e.place() == null ? null : places.get(e.place());
            String code1 = e.source() == null ? null : e.source().code(), code2 = e.target() == null ? null : e.target().code();
            Set<String> actors = new HashSet<>();
            for (String name : actorNames(e.source(), entities)) {
                // actor codes are left out: a whole country's actors share "USA"
                if (!name.equals(code1) && !name.equals(code2)) actors.add(lower(name));
            }
            for (String name : actorNames(e.target(), entities)) {
                if (!name.equals(code1) && !name.equals(code2)) actors.add(lower(name));
            }
            Set<String> countries = new LinkedHashSet<>(e.countries());
            if (pl != null && pl.country() != null) countries.add(pl.country());
            countries.remove(null);
            String place = pl == null || pl.name() == null ? null : lower(pl.name());
            out.put(e.id(), new EventSignature(e.plover(), actors, place, e.date(), countries, r.article().published()));
        }
        return out;
    }

    /** The names the store keeps of an argument and an actor filter matches: its text, code, entity name, aliases, actor. */
    public static Set<String> actorNames(Event.Argument a, Map<String, Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        if (a == null) return names;
        if (a.text() != null) names.add(a.text());
        if (a.code() != null) names.add(a.code());
        Entity en = a.entity() == null ? null : entities.get(a.entity());
        if (en != null) {
            names.add(en.name());
            names.addAll(en.aliases());
            if (en.actor() != null) names.add(en.actor());
        }
        names.removeIf(n -> n == null || n.isBlank());
        return names;
    }

    static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}

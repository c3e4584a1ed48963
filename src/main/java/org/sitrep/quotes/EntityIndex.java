package org.sitrep.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Entity;
import org.sitrep.model.Mention;

/** Entity mentions by position, for finding which entity a speaker's words name. */
final class EntityIndex {

    record Hit(Entity entity, Mention mention) {}

    private final List<Hit> hits = new ArrayList<>();

    EntityIndex(List<Entity> entities) {
        for (Entity e : entities) for (Mention m : e.mentions()) hits.add(new Hit(e, m));
        hits.sort(Comparator.comparingInt(h -> h.mention().start()));
    }

    /** The mention covering this character offset, or null. */
    Hit at(int offset) {
        for (Hit h : hits) {
            if (h.mention().start() > offset) break;
            if (offset < h.mention().end()) return h;
        }
        return null;
    }

    /** A person or organisation whose name ends with this word ("Sanders" for Bernie Sanders), or null. */
    Hit namedBy(String word) {
        for (Hit h : hits) {
            if (!h.entity().type().matches("PERSON|ORGANIZATION")) continue;
            String name = h.mention().text();
            if (name.equals(word) || name.endsWith(" " + word)) return h;
        }
        return null;
    }

    /** The last mention of a person before this offset, preferring people already quoted (the salient speakers). */
    Hit lastPersonBefore(int offset, List<String> recentSpeakers) {
        Hit last = null;
        for (Hit h : hits) {
            if (h.mention().start() >= offset) break;
            if (h.entity().type().equals("PERSON")) last = h;
        }
        for (int i = recentSpeakers.size() - 1; i >= 0; i--) {
            String id = recentSpeakers.get(i);
            Hit seen = null;
            for (Hit h : hits) {
                if (h.mention().start() >= offset) break;
                if (h.entity().id().equals(id) && h.entity().type().equals("PERSON")) seen = h;
            }
            if (seen != null) {
                // The most recent speaker wins unless another person was named since.
                return last == null || last.entity().id().equals(id) || last.mention().start() < seen.mention().start() ? seen : last;
            }
        }
        return last;
    }
}

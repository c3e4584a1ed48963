package org.sitrep.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event counts by value, largest first, for a search's facet sidebar. Each dimension is counted under every filter of
 * the query except its own, so that a chosen type still shows the other types one could add to it.
 */
public record Facets(Map<String, Long> types, Map<String, Long> modalities, Map<String, Long> actors, Map<String, Long> countries,
                     Map<String, Long> outlets) {

    public Facets {
        types = ordered(types);
        modalities = ordered(modalities);
        actors = ordered(actors);
        countries = ordered(countries);
        outlets = ordered(outlets);
    }

    private static Map<String, Long> ordered(Map<String, Long> m) { return Collections.unmodifiableMap(new LinkedHashMap<>(m)); }
}

package org.sitrep.store;

import java.util.Map;

/**
 * What a store holds.
 *
 * @param duplicates articles linked to an earlier copy
 * @param sightings  inputs read (an article read twice, from two inputs, is one article and two sightings)
 * @param stories    stories: articles (with their copies) that report the same real-world event
 * @param corroborated stories reported by two or more independent sources
 * @param clusters   event clusters: events of one story coded alike (type, actors, place, date) counted once
 * @param stale      articles written by another sitrep or contract version (to re-run with {@code sitrep reanalyze})
 */
public record Stats(String file, long bytes, long articles, long duplicates, long sightings, long entities, long places,
                    long quotes, long claims, long events, long stories, long corroborated, long clusters, long sources, String firstPublished,
                    String lastPublished, long stale, Map<String, Long> topOutlets, Map<String, Long> eventTypes,
                    Map<String, Long> versions) {

    public Stats {
        topOutlets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(topOutlets)); // keeps the order (largest first)
        eventTypes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(eventTypes)); // keeps the order (largest first)
        versions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versions)); // keeps the order (largest first)
    }
}

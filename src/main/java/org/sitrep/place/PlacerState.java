package org.sitrep.place;

import java.util.List;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventSignature;
import org.sitrep.dedup.Fingerprint;

/**
 * What the {@link Placer} reads of the articles placed before, and how a placement is remembered. Implemented over
 * the store (the local ingest: {@code org.sitrep.store}), over a plain map ({@link KeyValueState#inMemory}) and over
 * Flink keyed state (the stream module). Failures are {@link StateException}s.
 */
public interface PlacerState {

    /** True when an article with this content hash was placed. */
    boolean known(String contentHash);

    /**
     * Stored articles sharing LSH keys with a fingerprint, most shared keys first, then in the order they were placed;
     * at most {@code limit}.
     */
    List<Candidate> candidates(long[] bands, int limit);

    /** The story key of a placed article, or null when it has none. */
    String storyOf(String contentHash);

    /** Articles with clustering features (originals) placed so far. */
    int documents();

    /** How many of them have a feature key ({@code StoryClusterer.featureKeys}). */
    int documentFrequency(String feature);

    /** Keys of the stories one of whose members has a feature key. */
    List<String> storiesWith(String feature);

    /** The clustering features of a story's members (originals only). */
    List<DocumentFeatures> members(String story);

    /** The event clusters of a story whose events have this PLOVER type, oldest first. */
    List<EventCluster> clusters(String story, String plover);

    /** Remembers a placement. Stores apply it in the transaction that wrote the article, and forget it on rollback. */
    void apply(Placement placement);

    /**
     * A stored article that may be copied.
     *
     * @param contentHash   its content hash
     * @param fingerprint   its fingerprint (only the shingles are compared)
     * @param root          the content hash of its copy group's root (itself when it is one)
     * @param rootPublished the root's publication date, or null
     */
    record Candidate(String contentHash, Fingerprint fingerprint, String root, String rootPublished) {}

    /** An event cluster: its key and the signatures of its events, in the order they joined. */
    record EventCluster(String key, List<EventSignature> events) {

        public EventCluster {
            events = List.copyOf(events);
        }
    }
}

package org.sitrep.place;

import java.util.List;
import org.sitrep.cluster.DocumentFeatures;
import org.sitrep.cluster.EventSignature;
import org.sitrep.dedup.Fingerprint;

/**
 * Where one new article goes, and everything a state needs to remember it: the {@link Placer}'s answer. Every key is
 * a content hash (or derived from one), never a store id, so a replay after a restore decides the same keys and a
 * store can write the placement as idempotent upserts.
 *
 * @param contentHash the article's content hash
 * @param published   its publication date as the article gives it, or null
 * @param fingerprint its near-duplicate fingerprint (shingles and LSH keys)
 * @param copy        the stored copy group it joins, or null for an original
 * @param story       the story key: the content hash of the story's founding article
 * @param newStory    true when this article founds the story
 * @param features    its clustering features, or null for a copy (a copy joins its original's story and does not
 *                    count in the document frequencies)
 * @param events      its events in event-id order, each with its event cluster
 */
public record Placement(String contentHash, String published, Fingerprint fingerprint, Copy copy, String story,
                        boolean newStory, DocumentFeatures features, List<EventLink> events) {

    public Placement {
        events = List.copyOf(events);
    }

    /**
     * The copy group a near-duplicate joins.
     *
     * @param root       the group's root before this article (its earliest published copy)
     * @param similarity containment of the two texts
     * @param reroots    true when this article was published earlier than the root and becomes the group's root
     */
    public record Copy(String root, double similarity, boolean reroots) {}

    /**
     * One event and its cluster.
     *
     * @param event     the event id within the article
     * @param signature what event clustering compares
     * @param cluster   the cluster key: {@link #clusterKey} of the cluster's founding event
     * @param founds    true when this event founds the cluster
     */
    public record EventLink(String event, EventSignature signature, String cluster, boolean founds) {}

    /** The key of an event cluster: its founding article's content hash and event id (hashes hold no '/'). */
    public static String clusterKey(String contentHash, String event) { return contentHash + "/" + event; }

    /** The content hash of a cluster key. */
    public static String clusterArticle(String key) { return key.substring(0, key.indexOf('/')); }

    /** The event id of a cluster key. */
    public static String clusterEvent(String key) { return key.substring(key.indexOf('/') + 1); }

    /** The group root after this article: the article itself when it re-roots its group, null for an original. */
    public String duplicateRoot() {
        if (copy == null) return null;
        return copy.reroots() ? contentHash : copy.root();
    }
}

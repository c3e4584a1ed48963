package org.sitrep.cluster;

/**
 * Inverse document frequency of a feature key ("w:quake", "n:aceh", "#:6.1", "d:2013-07-02"). {@link TermStatistics}
 * is the immutable one; the store keeps its own over a growing corpus, because copying a corpus-wide frequency table
 * for every new article would cost more than the article's clustering.
 */
@FunctionalInterface
public interface Idf {

    double idf(String feature);

    /** ln((N + 1) / (df + 0.5)), at least 0; a feature never seen counts as seen once. */
    static double of(int documents, int documentFrequency) {
        int df = Math.max(1, documentFrequency);
        return Math.max(0, Math.log((documents + 1.0) / (df + 0.5)));
    }
}

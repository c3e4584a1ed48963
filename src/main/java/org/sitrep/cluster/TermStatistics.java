package org.sitrep.cluster;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Document frequencies of features over a collection, for IDF weights. In a batch it is computed from the batch; the
 * store keeps one over its corpus and adds each article as it arrives ({@link #plus}).
 */
public record TermStatistics(int documents, Map<String, Integer> documentFrequency) implements Idf {

    public TermStatistics {
        documentFrequency = Map.copyOf(documentFrequency);
    }

    public static TermStatistics of(Collection<DocumentFeatures> docs) {
        Map<String, Integer> df = new HashMap<>();
        for (DocumentFeatures d : docs) for (String f : StoryClusterer.featureKeys(d)) df.merge(f, 1, Integer::sum);
        return new TermStatistics(docs.size(), df);
    }

    public TermStatistics plus(DocumentFeatures doc) {
        Map<String, Integer> df = new HashMap<>(documentFrequency);
        for (String f : StoryClusterer.featureKeys(doc)) df.merge(f, 1, Integer::sum);
        return new TermStatistics(documents + 1, df);
    }

    /**
     * ln((N + 1) / (df + 0.5)): close to 0 for a feature every document has (the words of a whole topic) and high for
     * a rare one; an unseen feature counts as seen once.
     */
    @Override
    public double idf(String feature) { return Idf.of(documents, documentFrequency.getOrDefault(feature, 1)); }
}

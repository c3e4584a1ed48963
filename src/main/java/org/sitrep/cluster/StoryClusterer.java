package org.sitrep.cluster;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups documents into stories: reports of the same real-world event from different outlets merge, different
 * events of the same type stay apart. Similarity is the cosine of TF-IDF vectors over content lemmas, named
 * entities, numbers and dates; names, numbers and dates weigh more than words because two earthquakes share their
 * vocabulary but not their place, magnitude or day. Documents published further apart than the time window never
 * merge. Immutable and thread-safe.
 */
public final class StoryClusterer {

    /**
     * @param threshold     average similarity a document (or a cluster) needs to join another
     * @param maxDaysApart  publication dates further apart than this never share a story (when both are known)
     * @param nameWeight    weight of a named entity relative to a content word of the same IDF
     * @param numberWeight  weight of a number
     * @param dateWeight    weight of a mentioned date
     */
    public record Options(double threshold, int maxDaysApart, double nameWeight, double numberWeight, double dateWeight) {}

    public static final Options DEFAULTS = new Options(0.15, 7, 2.0, 3.0, 1.5);

    private final Options options;

    public StoryClusterer(Options options) { this.options = options; }

    public StoryClusterer() { this(DEFAULTS); }

    public Options options() { return options; }

    /** Where a new document goes: an existing story (by id) or a story of its own. */
    public record Assignment(String storyId, boolean newStory, double similarity) {}

    /** Clusters a batch, with IDF taken from the batch itself. The result does not depend on the input order. */
    public List<Story> cluster(List<DocumentFeatures> docs) { return cluster(docs, TermStatistics.of(docs)); }

    public List<Story> cluster(List<DocumentFeatures> docs, TermStatistics stats) {
        List<DocumentFeatures> sorted = docs.stream().sorted(Comparator.comparing(DocumentFeatures::id)).toList();
        List<Map<String, Double>> vectors = sorted.stream().map(d -> vector(d, stats)).toList();
        int n = sorted.size();
        double[][] sim = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double s = withinWindow(sorted.get(i), sorted.get(j)) ? cosine(vectors.get(i), vectors.get(j)) : 0;
                sim[i][j] = s;
                sim[j][i] = s;
            }
        }
        List<Story> stories = new ArrayList<>();
        for (List<Integer> c : Agglomerative.cluster(sim, options.threshold())) stories.add(Story.of(c.stream().map(sorted::get).toList()));
        return List.copyOf(stories);
    }

    /**
     * The incremental step: the story whose documents are on average most similar to {@code doc}, if that reaches
     * the threshold, else a new story. The store calls this for each arriving article and keeps {@code stats} current.
     */
    public Assignment assign(DocumentFeatures doc, List<Story> existing, Idf stats) {
        Map<String, Double> v = vector(doc, stats);
        Story best = null;
        double bestSim = -1;
        for (Story s : existing) {
            double sum = 0;
            for (DocumentFeatures m : s.members()) sum += withinWindow(doc, m) ? cosine(v, vector(m, stats)) : 0;
            double avg = sum / s.members().size();
            if (avg > bestSim || (avg == bestSim && best != null && s.id().compareTo(best.id()) < 0)) { bestSim = avg; best = s; }
        }
        if (best != null && bestSim >= options.threshold()) return new Assignment(best.id(), false, bestSim);
        return new Assignment(doc.id(), true, Math.max(0, bestSim));
    }

    /**
     * The {@code k} features of a document that weigh most in its vector: the store looks up only the stories that
     * share one of them, instead of comparing a new article with every story of the corpus.
     */
    public List<String> salientFeatures(DocumentFeatures doc, Idf stats, int k) {
        return vector(doc, stats).entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(k).map(Map.Entry::getKey).toList();
    }

    /** Cosine similarity of two documents under the given statistics (0 outside the time window). */
    public double similarity(DocumentFeatures a, DocumentFeatures b, TermStatistics stats) {
        return withinWindow(a, b) ? cosine(vector(a, stats), vector(b, stats)) : 0;
    }

    private boolean withinWindow(DocumentFeatures a, DocumentFeatures b) {
        if (a.published() == null || b.published() == null) return true;
        return Math.abs(ChronoUnit.DAYS.between(a.published(), b.published())) <= options.maxDaysApart();
    }

    /** The feature keys of a document, namespaced so a word and a name never collide. */
    public static Set<String> featureKeys(DocumentFeatures d) {
        Set<String> keys = new java.util.HashSet<>();
        d.terms().keySet().forEach(t -> keys.add("w:" + t));
        d.names().forEach(t -> keys.add("n:" + t));
        d.numbers().forEach(t -> keys.add("#:" + t));
        d.dates().forEach(t -> keys.add("d:" + t));
        return keys;
    }

    /** L2-normalised TF-IDF vector: sublinear term frequency for words, presence for names, numbers and dates. */
    Map<String, Double> vector(DocumentFeatures d, Idf stats) {
        Map<String, Double> v = new HashMap<>();
        d.terms().forEach((t, n) -> v.put("w:" + t, (1 + Math.log(n)) * stats.idf("w:" + t)));
        d.names().forEach(t -> v.put("n:" + t, options.nameWeight() * stats.idf("n:" + t)));
        d.numbers().forEach(t -> v.put("#:" + t, options.numberWeight() * stats.idf("#:" + t)));
        d.dates().forEach(t -> v.put("d:" + t, options.dateWeight() * stats.idf("d:" + t)));
        double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
        if (norm > 0) v.replaceAll((k, x) -> x / norm);
        return v;
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        if (a.size() > b.size()) return cosine(b, a);
        double dot = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double o = b.get(e.getKey());
            if (o != null) dot += e.getValue() * o;
        }
        return dot;
    }
}

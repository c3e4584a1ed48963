package org.sitrep.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Coreference scores of a response partition against a key partition: MUC (Vilain et al. 1995), B³ (Bagga and
 * Baldwin 1998), CEAF-e (Luo 2005, entity similarity φ4) and their mean, the CoNLL F1; plus pairwise link P/R/F1.
 * Definitions follow the reference scorer of Pradhan et al. (2014): a mention absent from the other partition counts
 * as a singleton of its own for MUC, and contributes nothing to the B³ overlap.
 *
 * <p>Everything is kept as sums ({@link Stats}) because every one of these metrics is additive over groups of
 * mentions that no key or response cluster crosses; that is what lets the bootstrap resample such groups.
 */
public final class CorefScores {

    private CorefScores() {}

    /** Recall and precision of one metric; F1 is their harmonic mean (0 when both are 0). */
    public record Score(double recall, double precision) {
        public double f1() { return recall + precision == 0 ? 0 : 2 * recall * precision / (recall + precision); }
    }

    /**
     * The sufficient statistics of all four metrics over one group of mentions.
     *
     * @param mucRecallNum    Σ over key clusters of |k| − (number of response parts of k)
     * @param mucRecallDen    Σ over key clusters of |k| − 1
     * @param b3RecallSum     Σ over key clusters k and response clusters r of |k ∩ r|² / |k|
     * @param keyMentions     number of key mentions
     * @param ceafSimilarity  Σ φ4 over the optimal one-to-one alignment of key and response clusters
     * @param pairsCorrect    mention pairs linked in both
     */
    public record Stats(long mucRecallNum, long mucRecallDen, long mucPrecisionNum, long mucPrecisionDen,
                        double b3RecallSum, double b3PrecisionSum, long keyMentions, long responseMentions,
                        double ceafSimilarity, long keyClusters, long responseClusters,
                        long pairsCorrect, long pairsKey, long pairsResponse) {

        public static final Stats ZERO = new Stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        public Stats plus(Stats o) {
            return new Stats(mucRecallNum + o.mucRecallNum, mucRecallDen + o.mucRecallDen, mucPrecisionNum + o.mucPrecisionNum,
                    mucPrecisionDen + o.mucPrecisionDen, b3RecallSum + o.b3RecallSum, b3PrecisionSum + o.b3PrecisionSum,
                    keyMentions + o.keyMentions, responseMentions + o.responseMentions, ceafSimilarity + o.ceafSimilarity,
                    keyClusters + o.keyClusters, responseClusters + o.responseClusters, pairsCorrect + o.pairsCorrect,
                    pairsKey + o.pairsKey, pairsResponse + o.pairsResponse);
        }

        public Score muc() { return new Score(ratio(mucRecallNum, mucRecallDen), ratio(mucPrecisionNum, mucPrecisionDen)); }

        public Score b3() { return new Score(ratio(b3RecallSum, keyMentions), ratio(b3PrecisionSum, responseMentions)); }

        public Score ceafE() { return new Score(ratio(ceafSimilarity, keyClusters), ratio(ceafSimilarity, responseClusters)); }

        public Score pairwise() { return new Score(ratio(pairsCorrect, pairsKey), ratio(pairsCorrect, pairsResponse)); }

        /** The CoNLL-2012 score: the unweighted mean of MUC, B³ and CEAF-e F1. */
        public double conllF1() { return (muc().f1() + b3().f1() + ceafE().f1()) / 3; }

        private static double ratio(double num, double den) { return den == 0 ? 0 : num / den; }
    }

    /** All statistics of {@code response} against {@code key} (clusters are sets of mention ids). */
    public static <T> Stats score(Collection<? extends Set<T>> key, Collection<? extends Set<T>> response) {
        Map<T, Integer> keyOf = index(key), responseOf = index(response);
        List<Set<T>> k = List.copyOf(key), r = List.copyOf(response);
        long[] mucR = muc(k, responseOf), mucP = muc(r, keyOf);
        long pairsCorrect = 0;
        double b3r = 0, b3p = 0;
        Map<Long, Integer> overlaps = new HashMap<>(); // (key index, response index) -> |k ∩ r|
        for (int i = 0; i < k.size(); i++) {
            for (T m : k.get(i)) {
                Integer j = responseOf.get(m);
                if (j != null) overlaps.merge(((long) i << 32) | j, 1, Integer::sum);
            }
        }
        for (Map.Entry<Long, Integer> e : overlaps.entrySet()) {
            int i = (int) (e.getKey() >>> 32), j = (int) (long) e.getKey();
            double n = e.getValue();
            b3r += n * n / k.get(i).size();
            b3p += n * n / r.get(j).size();
            pairsCorrect += pairs(e.getValue());
        }
        return new Stats(mucR[0], mucR[1], mucP[0], mucP[1], b3r, b3p, size(k), size(r),
                ceafE(k, r, overlaps), k.size(), r.size(), pairsCorrect,
                k.stream().mapToLong(c -> pairs(c.size())).sum(), r.stream().mapToLong(c -> pairs(c.size())).sum());
    }

    /**
     * Mentions split into groups that no key and no response cluster crosses (connected components of the union of
     * both partitions), each group's clusters restricted to it. Scores are additive over these groups.
     */
    public static <T> List<Set<T>> independentGroups(Collection<? extends Set<T>> key, Collection<? extends Set<T>> response) {
        Map<T, List<Set<T>>> clustersOf = new HashMap<>();
        for (Collection<? extends Set<T>> side : List.of(key, response))
            for (Set<T> c : side) for (T m : c) clustersOf.computeIfAbsent(m, x -> new ArrayList<>()).add(c);
        Set<T> seen = new HashSet<>();
        List<Set<T>> groups = new ArrayList<>();
        for (T start : clustersOf.keySet()) {
            if (!seen.add(start)) continue;
            Set<T> group = new HashSet<>();
            Deque<T> todo = new ArrayDeque<>(List.of(start));
            while (!todo.isEmpty()) {
                T m = todo.pop();
                group.add(m);
                for (Set<T> c : clustersOf.get(m)) for (T n : c) if (seen.add(n)) todo.push(n);
            }
            groups.add(group);
        }
        return groups;
    }

    /** MUC numerator and denominator of {@code clusters} partitioned by {@code other} (absent mentions: own part). */
    private static <T> long[] muc(List<Set<T>> clusters, Map<T, Integer> other) {
        long num = 0, den = 0;
        for (Set<T> c : clusters) {
            Set<Integer> parts = new HashSet<>();
            int absent = 0;
            for (T m : c) {
                Integer j = other.get(m);
                if (j == null) absent++; else parts.add(j);
            }
            num += c.size() - (parts.size() + absent);
            den += c.size() - 1;
        }
        return new long[] {num, den};
    }

    /** Σ φ4 over the best one-to-one alignment, solved separately on each connected block of overlapping clusters. */
    private static <T> double ceafE(List<Set<T>> k, List<Set<T>> r, Map<Long, Integer> overlaps) {
        Map<Integer, List<Integer>> keyToResp = new HashMap<>(), respToKey = new HashMap<>();
        for (long pair : overlaps.keySet()) {
            int i = (int) (pair >>> 32), j = (int) pair;
            keyToResp.computeIfAbsent(i, x -> new ArrayList<>()).add(j);
            respToKey.computeIfAbsent(j, x -> new ArrayList<>()).add(i);
        }
        Set<Integer> doneKeys = new HashSet<>();
        double total = 0;
        for (int start : keyToResp.keySet()) {
            if (doneKeys.contains(start)) continue;
            List<Integer> keys = new ArrayList<>(), resps = new ArrayList<>();
            Set<Integer> seenResp = new HashSet<>();
            Deque<Integer> todo = new ArrayDeque<>(List.of(start));
            doneKeys.add(start);
            while (!todo.isEmpty()) {
                int i = todo.pop();
                keys.add(i);
                for (int j : keyToResp.get(i)) {
                    if (!seenResp.add(j)) continue;
                    resps.add(j);
                    for (int i2 : respToKey.get(j)) if (doneKeys.add(i2)) todo.push(i2);
                }
            }
            double[][] phi = new double[keys.size()][resps.size()];
            for (int a = 0; a < keys.size(); a++) {
                for (int b = 0; b < resps.size(); b++) {
                    Integer n = overlaps.get(((long) keys.get(a) << 32) | resps.get(b));
                    if (n != null) phi[a][b] = 2.0 * n / (k.get(keys.get(a)).size() + r.get(resps.get(b)).size());
                }
            }
            total += Assignment.maximumWeight(phi);
        }
        return total;
    }

    private static <T> Map<T, Integer> index(Collection<? extends Set<T>> clusters) {
        Map<T, Integer> of = new HashMap<>();
        int i = 0;
        for (Set<T> c : clusters) {
            for (T m : c) if (of.put(m, i) != null) throw new IllegalArgumentException("mention in two clusters: " + m);
            i++;
        }
        return of;
    }

    private static long size(List<? extends Set<?>> clusters) { return clusters.stream().mapToLong(Set::size).sum(); }

    private static long pairs(long n) { return n * (n - 1) / 2; }
}

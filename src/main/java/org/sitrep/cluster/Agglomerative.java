package org.sitrep.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Average-link agglomerative clustering over a similarity matrix: repeatedly merge the two most similar clusters
 * while their mean pairwise similarity reaches the threshold. Average link rather than single link because one
 * shared wire paragraph must not chain two different events together. Ties go to the lowest indices, so the result
 * depends only on the order of the items, which callers fix by sorting on ids.
 */
final class Agglomerative {

    private Agglomerative() {}

    /** Clusters of item indices, each in ascending order, ordered by their first item. */
    static List<List<Integer>> cluster(double[][] similarity, double threshold) {
        int n = similarity.length;
        double[][] s = new double[n][];
        for (int i = 0; i < n; i++) s[i] = similarity[i].clone();
        List<List<Integer>> members = new ArrayList<>();
        for (int i = 0; i < n; i++) members.add(new ArrayList<>(List.of(i)));
        boolean[] alive = new boolean[n];
        java.util.Arrays.fill(alive, true);
        while (true) {
            int bi = -1, bj = -1;
            double best = threshold;
            for (int i = 0; i < n; i++) {
                if (!alive[i]) continue;
                for (int j = i + 1; j < n; j++) {
                    if (alive[j] && s[i][j] >= best && (bi < 0 || s[i][j] > best)) { best = s[i][j]; bi = i; bj = j; }
                }
            }
            if (bi < 0) break;
            // Lance–Williams update for average link: the merged cluster's similarity is the size-weighted mean.
            double wi = members.get(bi).size(), wj = members.get(bj).size();
            for (int k = 0; k < n; k++) {
                if (!alive[k] || k == bi || k == bj) continue;
                double merged = (wi * s[bi][k] + wj * s[bj][k]) / (wi + wj);
                s[bi][k] = merged;
                s[k][bi] = merged;
            }
            members.get(bi).addAll(members.get(bj));
            alive[bj] = false;
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) if (alive[i]) out.add(members.get(i).stream().sorted().toList());
        return out;
    }
}

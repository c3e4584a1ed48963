package org.sitrep.cluster;

/**
 * How alike two trigger lemmas are: 1 for the same lemma, less for the same stem ("attack"/"attacker",
 * "arrest"/"arrested" when the tagger left one unlemmatised, "die"/"died"), 0 otherwise.
 */
final class Triggers {

    private Triggers() {}

    static double similarity(String a, String b) {
        if (a.equals(b)) return 1;
        String sa = stem(a), sb = stem(b);
        return sa.length() >= 4 && sa.equals(sb) ? 0.9 : 0;
    }

    /** A light suffix stripper: enough for nominalisations and participles of English event words. */
    static String stem(String w) {
        for (String suffix : new String[] {"ations", "ation", "ings", "ing", "ions", "ion", "ers", "er", "ments", "ment", "ed", "es", "s", "e"}) {
            if (w.length() - suffix.length() >= 4 && w.endsWith(suffix)) return w.substring(0, w.length() - suffix.length());
        }
        return w;
    }
}

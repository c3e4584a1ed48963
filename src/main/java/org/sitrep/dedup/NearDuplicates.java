package org.sitrep.dedup;

/**
 * The rule that makes two stories copies of one another. The threshold was set on {@code sitrep eval dedup}: copies
 * made by syndication-like edits keep most of their shingles (containment ≈ 0.7–1.0), while different stories on the
 * same subject share few word 3-grams (quotes and stock phrases, containment ≲ 0.3).
 */
public final class NearDuplicates {

    public static final double THRESHOLD = 0.5;
    /** Texts shorter than this many shingles are matched only exactly: a few words prove nothing. */
    public static final int MIN_SHINGLES = 8;

    private NearDuplicates() {}

    public static boolean copies(Fingerprint a, Fingerprint b) { return similarity(a, b) >= THRESHOLD; }

    /** Containment when both texts are long enough to judge, else 0. */
    public static double similarity(Fingerprint a, Fingerprint b) {
        if (a.size() < MIN_SHINGLES || b.size() < MIN_SHINGLES) return 0;
        return a.containment(b);
    }
}

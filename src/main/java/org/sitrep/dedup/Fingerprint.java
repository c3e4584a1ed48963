package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What near-duplicate detection keeps of a story body: its distinct word shingles (as sorted 64-bit hashes) and the
 * LSH band keys of two MinHash signatures, one over the whole body and one over its lead.
 *
 * <p>Why two: wire copies keep the top of a story and editors trim from the bottom (inverted pyramid), so a heavily
 * trimmed copy has a low Jaccard similarity with the original over the whole body, yet the same lead. The lead
 * signature finds it as a candidate; {@link #containment} then confirms it, and containment, unlike Jaccard, does
 * not fall when one copy is shorter.
 *
 * @param shingles sorted distinct hashes of the body's word {@value #K}-grams
 * @param bands    LSH keys (band number mixed into the key, so one index serves both signatures)
 */
public record Fingerprint(long[] shingles, long[] bands) {

    /** Words per shingle: 3 keeps one changed word from touching more than three shingles. */
    public static final int K = 3;
    /** Rows per LSH band: two stories become candidates when all rows of one band agree. */
    static final int ROWS = 3;
    static final int BODY_BANDS = 32;
    static final int LEAD_BANDS = 16;
    /** The lead: the first words of the body, where a copy's trimming never reaches. */
    static final int LEAD_WORDS = 80;

    public Fingerprint {
        shingles = shingles.clone();
        bands = bands.clone();
    }

    public static Fingerprint of(String text) {
        List<String> words = words(text);
        long[] all = shingles(words);
        long[] lead = shingles(words.subList(0, Math.min(LEAD_WORDS, words.size())));
        long[] bands = new long[BODY_BANDS + LEAD_BANDS];
        fillBands(all, BODY_BANDS, 0, bands);
        fillBands(lead, LEAD_BANDS, BODY_BANDS, bands);
        return new Fingerprint(all, bands);
    }

    /** Shared shingles over the smaller set's size: 1.0 when one text is contained in the other. */
    public double containment(Fingerprint other) {
        long[] a = shingles, b = other.shingles;
        if (a.length == 0 || b.length == 0) return 0;
        int i = 0, j = 0, common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) { common++; i++; j++; } else if (a[i] < b[j]) i++; else j++;
        }
        return (double) common / Math.min(a.length, b.length);
    }

    /** Jaccard similarity of the shingle sets (reported beside containment). */
    public double jaccard(Fingerprint other) {
        double c = containment(other) * Math.min(shingles.length, other.shingles.length);
        double union = shingles.length + other.shingles.length - c;
        return union == 0 ? 0 : c / union;
    }

    public int size() { return shingles.length; }

    /** Lower-cased runs of letters and digits: punctuation, quotes and spacing differ between copies. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) w.append(c);
            else if (c != '\'' && c != '\u2019' && !w.isEmpty()) { out.add(w.toString().toLowerCase(Locale.ROOT)); w.setLength(0); }
        }
        if (!w.isEmpty()) out.add(w.toString().toLowerCase(Locale.ROOT));
        return out;
    }

    static long[] shingles(List<String> words) {
        int n = Math.max(0, words.size() - K + 1);
        if (n == 0 && !words.isEmpty()) n = 1; // a text shorter than one shingle is one shingle
        long[] h = new long[n];
        for (int i = 0; i < n; i++) {
            long x = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(words.size(), i + K); j++) x = mix(x * 31 + words.get(j).hashCode());
            h[i] = x;
        }
        return Arrays.stream(h).sorted().distinct().toArray();
    }

    private static void fillBands(long[] shingles, int bandCount, int offset, long[] out) {
        for (int b = 0; b < bandCount; b++) {
            long key = mix(offset + b + 1);
            for (int r = 0; r < ROWS; r++) {
                long seed = mix((long) (offset + b) * ROWS + r + 0x5DEECE66DL);
                long min = Long.MAX_VALUE;
                for (long s : shingles) min = Math.min(min, mix(s ^ seed));
                key = mix(key * 31 + min);
            }
            out[offset + b] = key;
        }
    }

    /** SplitMix64's finaliser: a cheap, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

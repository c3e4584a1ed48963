package org.sitrep.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What near-duplicate detection keeps of a story body: its distinct word shingles (as sorted 64-bit hashes) and the
 * index keys that find candidate copies: anchor shingles and the LSH bands of a MinHash signature of the lead.
 *
 * <p>Why not MinHash over the whole body: it finds pairs of high Jaccard similarity, but a trimmed or padded copy
 * has a low Jaccard similarity with the original while one is still contained in the other. Anchors (the shingles
 * whose hash is 0 modulo {@value #ANCHOR_RATE}) are chosen by content, so any shared passage shares its anchors,
 * whatever surrounds it. The lead bands catch short texts with few anchors: editors trim from the bottom.
 * {@link #containment} then confirms a candidate, and containment, unlike Jaccard, does not fall when one copy is shorter.
 *
 * @param shingles sorted distinct hashes of the body's word {@value #K}-grams
 * @param bands    index keys: anchors, then lead LSH bands (band number mixed into each key)
 */
public record Fingerprint(long[] shingles, long[] bands) {

    /** Words per shingle: 3 keeps one changed word from touching more than three shingles. */
    public static final int K = 3;
    /** Rows per LSH band: two stories become candidates when all rows of one band agree. */
    static final int ROWS = 3;
    static final int LEAD_BANDS = 16;
    /** One shingle in ANCHOR_RATE (chosen by its hash, so every copy chooses the same ones) is an index key. */
    static final int ANCHOR_RATE = 6;
    /** At most this many anchors (the smallest hashes) per text: a book-length input must not flood the index. */
    static final int MAX_ANCHORS = 160;
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
        long[] anchors = Arrays.stream(all).filter(h -> Math.floorMod(h, ANCHOR_RATE) == 0).limit(MAX_ANCHORS)
                .map(h -> mix(h ^ 0x2545F4914F6CDD1DL)).toArray();
        long[] keys = Arrays.copyOf(anchors, anchors.length + LEAD_BANDS);
        fillBands(lead, LEAD_BANDS, anchors.length, keys);
        return new Fingerprint(all, keys);
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
            long key = mix(b + 1);
            for (int r = 0; r < ROWS; r++) {
                long seed = mix((long) b * ROWS + r + 0x5DEECE66DL);
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

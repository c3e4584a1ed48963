package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Zyte article-extraction metric for one page: 4-token shingle multisets of gold and prediction,
 * TP/FP/FN normalised by their sum so that long pages do not weigh more than short ones.
 *
 * @param tp    shared shingles / (tp+fp+fn)
 * @param fp    predicted shingles beyond the gold / (tp+fp+fn)
 * @param fn    gold shingles missing from the prediction / (tp+fp+fn)
 * @param exact the token sequences are identical
 */
public record ShingleScore(double tp, double fp, double fn, boolean exact) {

    static final int N = 4;

    public static ShingleScore of(String gold, String prediction) {
        List<String> g = tokens(gold), p = tokens(prediction);
        Map<String, Integer> gs = shingles(g), ps = shingles(p);
        long tp = 0, fp = 0, fn = 0;
        for (var e : ps.entrySet()) {
            int inGold = gs.getOrDefault(e.getKey(), 0);
            tp += Math.min(inGold, e.getValue());
            fp += Math.max(0, e.getValue() - inGold);
        }
        for (var e : gs.entrySet()) fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
        double sum = tp + fp + fn;
        // Both sides empty: nothing to find and nothing wrong, which the precision/recall rules score as 1.
        if (sum == 0) return new ShingleScore(0, 0, 0, g.equals(p));
        return new ShingleScore(tp / sum, fp / sum, fn / sum, g.equals(p));
    }

    public double precision() {
        if (fp == 0 && fn == 0) return 1;
        return tp == 0 ? 0 : tp / (tp + fp);
    }

    public double recall() {
        if (fp == 0 && fn == 0) return 1;
        return tp == 0 ? 0 : tp / (tp + fn);
    }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Python's {@code re.findall(r'\w+', text)} on a str: runs of letters (L*), numbers (Nd, Nl, No) and '_'.
     * Java's UNICODE_CHARACTER_CLASS \w also takes combining marks and all connector punctuation, so it is not used.
     */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0) start = i;
            } else if (start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) out.add(text.substring(start));
        return out;
    }

    static boolean isWord(int cp) {
        if (cp == '_') return true;
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER,
                 Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Shingles as the benchmark builds them: a text shorter than N tokens gives one shorter shingle, none when empty. */
    static Map<String, Integer> shingles(List<String> tokens) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            String s = String.join(" ", tokens.subList(i, Math.min(tokens.size(), i + N)));
            if (!s.isEmpty()) out.merge(s, 1, Integer::sum);
        }
        return out;
    }
}

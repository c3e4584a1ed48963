package org.sitrep.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Shared formatting of scores for the text reports and the JSON objects. */
final class Fmt {

    private Fmt() {}

    static String prf(Counts c) {
        return String.format(Locale.ROOT, "P %.4f  R %.4f  F1 %.4f  (correct %d, predicted %d, gold %d)",
                c.precision(), c.recall(), c.f1(), c.correct(), c.predicted(), c.gold());
    }

    static String ci(Bootstrap.Interval i) { return String.format(Locale.ROOT, "[%.4f, %.4f]", i.low(), i.high()); }

    static String num(double d) { return String.format(Locale.ROOT, "%.4f", d); }

    static double round(double d) { return Math.round(d * 10000) / 10000.0; }

    /** precision, recall, f1 and the raw counts as a JSON-ready map. */
    static Map<String, Object> json(Counts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", round(c.precision()));
        m.put("recall", round(c.recall()));
        m.put("f1", round(c.f1()));
        m.put("correct", c.correct());
        m.put("predicted", c.predicted());
        m.put("gold", c.gold());
        return m;
    }

    static List<Double> json(Bootstrap.Interval i) { return List.of(round(i.low()), round(i.high())); }

    /** Up to {@code width} characters either side of [start, end), the span in brackets, newlines flattened. */
    static String context(String text, int start, int end, int width) {
        int from = Math.max(0, start - width), to = Math.min(text.length(), end + width);
        return (text.substring(from, start) + "[" + text.substring(start, end) + "]" + text.substring(end, to)).replace('\n', ' ');
    }
}

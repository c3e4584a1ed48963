package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Span matching shared by the evaluators: exact (same start and end) or overlap, one-to-one, with or without type. */
public final class Spans {

    /** A labelled half-open span [start, end); {@code label} is a type, {@code value} an optional normalised value. */
    public record Item(int start, int end, String label, String value) {
        public Item(int start, int end, String label) { this(start, end, label, null); }

        boolean overlaps(Item o) { return start < o.end && o.start < end; }

        boolean sameSpan(Item o) { return start == o.start && end == o.end; }
    }

    /** How items are paired. */
    public enum Mode {
        EXACT, OVERLAP,
        /** The system span lies within the gold span: for corpora whose gold mentions are whole noun phrases around a name. */
        INSIDE
    }

    /** One gold item paired with one system item. */
    public record Pair(Item gold, Item system) {}

    /** The outcome of matching: the pairs, and what stayed unmatched on each side. */
    public record Matching(List<Pair> pairs, List<Item> missed, List<Item> spurious, int predicted, int gold) {
        /** Span score, ignoring labels. */
        public Counts spans() { return new Counts(pairs.size(), predicted, gold); }

        /** Score where a pair counts only when the labels agree too. */
        public Counts labelled() {
            return new Counts(pairs.stream().filter(p -> p.gold.label().equals(p.system.label())).count(), predicted, gold);
        }

        /** Score where a pair counts only when the values agree (TempEval-3 value F1 on relaxed pairs). */
        public Counts valued() {
            return new Counts(pairs.stream().filter(p -> p.gold.value() != null && p.gold.value().equals(p.system.value())).count(),
                    predicted, gold);
        }
    }

    private Spans() {}

    /**
     * Pairs system items with gold items one-to-one. With {@code typed}, only items of the same label may pair
     * (entity-level NER); otherwise any label (TIMEX spans, whose type is scored afterwards). For overlap, each gold
     * item takes the unpaired system item that overlaps it most, so one long system span cannot claim two gold items.
     */
    public static Matching match(List<Item> gold, List<Item> system, Mode mode, boolean typed) {
        List<Item> sys = new ArrayList<>(system);
        sys.sort(Comparator.comparingInt(Item::start).thenComparingInt(Item::end));
        boolean[] used = new boolean[sys.size()];
        List<Pair> pairs = new ArrayList<>();
        List<Item> missed = new ArrayList<>();
        for (Item g : gold) {
            int best = -1, bestOverlap = 0;
            for (int i = 0; i < sys.size(); i++) {
                Item s = sys.get(i);
                if (used[i] || (typed && !s.label().equals(g.label()))) continue;
                boolean ok = switch (mode) {
                    case EXACT -> s.sameSpan(g);
                    case OVERLAP -> s.overlaps(g);
                    case INSIDE -> g.start() <= s.start() && s.end() <= g.end();
                };
                if (ok) {
                    int overlap = Math.min(s.end(), g.end()) - Math.max(s.start(), g.start());
                    if (overlap > bestOverlap) { best = i; bestOverlap = overlap; }
                }
            }
            if (best < 0) missed.add(g);
            else { used[best] = true; pairs.add(new Pair(g, sys.get(best))); }
        }
        List<Item> spurious = new ArrayList<>();
        for (int i = 0; i < sys.size(); i++) if (!used[i]) spurious.add(sys.get(i));
        return new Matching(pairs, missed, spurious, system.size(), gold.size());
    }

    /** Per-label counts of a typed match (gold label for misses, system label for spurious). */
    public static Map<String, Counts> byLabel(List<Item> gold, List<Item> system, Mode mode) {
        Map<String, Counts> out = new TreeMap<>();
        for (Item g : gold) out.merge(g.label(), new Counts(0, 0, 1), Counts::plus);
        for (Item s : system) out.merge(s.label(), new Counts(0, 1, 0), Counts::plus);
        for (Pair p : match(gold, system, mode, true).pairs()) out.merge(p.gold().label(), new Counts(1, 0, 0), Counts::plus);
        return out;
    }

    /** Micro average: pool the counts. */
    public static Counts micro(Iterable<Counts> parts) {
        Counts sum = Counts.ZERO;
        for (Counts c : parts) sum = sum.plus(c);
        return sum;
    }

    /** Macro average of F1 over labels (each label weighs the same, however rare). */
    public static double macroF1(Map<String, Counts> byLabel) {
        return byLabel.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** Macro precision and recall, for completeness of the vocabulary. */
    public static double macroPrecision(Map<String, Counts> byLabel) {
        return byLabel.values().stream().mapToDouble(Counts::precision).average().orElse(0);
    }

    public static double macroRecall(Map<String, Counts> byLabel) {
        return byLabel.values().stream().mapToDouble(Counts::recall).average().orElse(0);
    }
}

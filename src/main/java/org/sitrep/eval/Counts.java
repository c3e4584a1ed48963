package org.sitrep.eval;

/**
 * The three numbers every precision/recall score is made of. {@code correct} is whatever the task counts as
 * right (matched spans, matched spans with the right value), so one record serves span, type and value scores.
 *
 * @param correct   system items judged correct
 * @param predicted items the system produced
 * @param gold      items in the gold standard
 */
public record Counts(long correct, long predicted, long gold) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    /** One record's roles (source, target …), each right, wrong or not scored (null); null when none is scored. */
    public static Counts ofRoles(Boolean... hits) {
        long hit = 0, n = 0;
        for (Boolean b : hits) {
            if (b == null) continue;
            n++;
            if (b) hit++;
        }
        return n == 0 ? null : new Counts(hit, n, n);
    }

    public Counts {
        if (correct < 0 || predicted < 0 || gold < 0) throw new IllegalArgumentException("negative count");
    }

    public Counts plus(Counts o) { return new Counts(correct + o.correct, predicted + o.predicted, gold + o.gold); }

    /** Nothing predicted means nothing wrong: precision 0/0 is reported as 0, as conlleval does. */
    public double precision() { return predicted == 0 ? 0 : (double) correct / predicted; }

    public double recall() { return gold == 0 ? 0 : (double) correct / gold; }

    public double f1() {
        double p = precision(), r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}

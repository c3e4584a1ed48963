package org.sitrep.eval;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap over documents: documents, not tokens, are the independent units of a news corpus.
 * The seed is fixed so the same run prints the same interval.
 */
public final class Bootstrap {

    public static final long SEED = 20130614L;
    public static final int SAMPLES = 1000;

    /** A 95% interval. */
    public record Interval(double low, double high) {}

    private Bootstrap() {}

    /** Interval of {@code metric} over resamples of any additive per-unit statistic (e.g. coreference sums per mention group). */
    public static <S> Interval interval(List<S> units, java.util.function.BinaryOperator<S> plus, S zero, ToDoubleFunction<S> metric) {
        if (units.isEmpty()) return new Interval(0, 0);
        SplittableRandom random = new SplittableRandom(SEED);
        double[] values = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            S sum = zero;
            for (int i = 0; i < units.size(); i++) sum = plus.apply(sum, units.get(random.nextInt(units.size())));
            values[s] = metric.applyAsDouble(sum);
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (SAMPLES - 1))], values[(int) Math.ceil(0.975 * (SAMPLES - 1))]);
    }

    /** Interval of {@code metric} over resamples of the per-document counts. */
    public static Interval interval(List<Counts> perDocument, ToDoubleFunction<Counts> metric) {
        return interval(perDocument, metric, SAMPLES, SEED);
    }

    public static Interval interval(List<Counts> perDocument, ToDoubleFunction<Counts> metric, int samples, long seed) {
        if (perDocument.isEmpty()) return new Interval(0, 0);
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[samples];
        int n = perDocument.size();
        for (int s = 0; s < samples; s++) {
            long c = 0, p = 0, g = 0;
            for (int i = 0; i < n; i++) {
                Counts d = perDocument.get(random.nextInt(n));
                c += d.correct(); p += d.predicted(); g += d.gold();
            }
            values[s] = metric.applyAsDouble(new Counts(c, p, g));
        }
        Arrays.sort(values);
        return new Interval(values[(int) Math.floor(0.025 * (samples - 1))], values[(int) Math.ceil(0.975 * (samples - 1))]);
    }
}

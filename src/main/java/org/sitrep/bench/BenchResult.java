package org.sitrep.bench;

/**
 * A whole benchmark run: sitrep and, unless skipped, plain CoreNLP measured in the same JVM on the same input.
 *
 * @param corenlp null when the baseline was skipped
 */
record BenchResult(String input, Machine machine, PipelineResult sitrep, PipelineResult corenlp) {

    /** sitrep's tokens/s over plain CoreNLP's on one thread, or NaN without a baseline. */
    double speedupOneThread() {
        return corenlp == null ? Double.NaN : ratio(sitrep.oneThread().tokensPerSecond(), corenlp.oneThread().tokensPerSecond());
    }

    double speedupAllCores() {
        return corenlp == null ? Double.NaN : ratio(sitrep.allCores().tokensPerSecond(), corenlp.allCores().tokensPerSecond());
    }

    private static double ratio(double a, double b) { return b == 0 ? Double.NaN : a / b; }
}

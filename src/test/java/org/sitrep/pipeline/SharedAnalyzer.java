package org.sitrep.pipeline;

/** One analyzer for the whole test run: loading the models takes seconds, and the analyzer is thread-safe. */
public final class SharedAnalyzer {
    private static volatile Analyzer instance;

    private SharedAnalyzer() {}

    public static Analyzer get() {
        Analyzer a = instance;
        if (a == null) {
            synchronized (SharedAnalyzer.class) {
                if (instance == null) instance = Analyzer.load();
                a = instance;
            }
        }
        return a;
    }
}

package org.sitrep.stream;

import org.sitrep.pipeline.Analyzer;

/**
 * The analysis pipeline of a task manager, loaded on first use and then shared by its slots. It is thread-safe (a
 * local ingest runs one instance on all cores), and heavy: about 10 s and over 1 GB to load. One instance per JVM
 * rather than per slot saves that memory and time for every added slot and makes a restart after a failure start
 * analysing at once. It lives as long as the job's class loader: a cluster drops it with the job.
 */
public final class SharedAnalyzer {

    private static Analyzer instance;

    private SharedAnalyzer() {}

    public static synchronized Analyzer get() {
        if (instance == null) instance = Analyzer.load();
        return instance;
    }
}

package org.sitrep.bench;

/**
 * What one pipeline measured: its load, then one pass on one thread and one on all cores over the same sample.
 *
 * @param loadNanos         wall-clock time to load the models
 * @param liveHeapAfterLoad heap in use after loading and a full GC: the models' footprint (bytes)
 */
record PipelineResult(String name, long loadNanos, long liveHeapAfterLoad, int warmupArticles, Phase oneThread, Phase allCores) {

    double loadSeconds() { return loadNanos / 1e9; }

    double liveHeapAfterLoadMb() { return liveHeapAfterLoad / (1024.0 * 1024.0); }
}

package org.sitrep.bench;

/**
 * One timed pass of a pipeline over a sample of articles.
 *
 * @param threads       threads that shared the work
 * @param articles      articles processed (failures not included)
 * @param failed        articles the pipeline threw on
 * @param nanos         wall-clock time of the whole pass
 * @param peakHeapBytes peak heap during the pass, as {@link HeapMeter} measures it
 */
record Phase(int threads, int articles, int failed, long tokens, long nanos, long peakHeapBytes) {

    double seconds() { return nanos / 1e9; }

    double articlesPerSecond() { return nanos == 0 ? 0 : articles / seconds(); }

    double tokensPerSecond() { return nanos == 0 ? 0 : tokens / seconds(); }

    double peakHeapMb() { return peakHeapBytes / (1024.0 * 1024.0); }
}

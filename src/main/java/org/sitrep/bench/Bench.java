package org.sitrep.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.sitrep.model.Article;

/** Loads a pipeline, warms it up, then times it over a sample on one thread and on all cores. */
final class Bench {

    private final HeapMeter heap = new HeapMeter();
    private final Consumer<String> progress;

    Bench(Consumer<String> progress) { this.progress = progress; }

    /**
     * The pipeline is loaded here and unreachable once this returns, so a following measurement starts from a
     * heap without it.
     */
    PipelineResult measure(String name, Supplier<Pipeline> loader, List<Article> warmup, List<Article> sample, int threads) {
        long before = heap.liveBytesAfterGc();
        progress.accept(name + ": loading");
        long t0 = System.nanoTime();
        Pipeline pipeline = loader.get();
        long load = System.nanoTime() - t0;
        long footprint = Math.max(0, heap.liveBytesAfterGc() - before);
        progress.accept(String.format("%s: loaded in %.1f s; warming up on %d articles", name, load / 1e9, warmup.size()));
        run(pipeline, warmup, threads);
        progress.accept(name + ": " + sample.size() + " articles on 1 thread");
        Phase one = run(pipeline, sample, 1);
        progress.accept(name + ": " + sample.size() + " articles on " + threads + " threads");
        Phase all = run(pipeline, sample, threads);
        return new PipelineResult(name, load, footprint, warmup.size(), one, all);
    }

    /** Threads take the next article from a shared counter, so a long article does not leave the others idle. */
    Phase run(Pipeline pipeline, List<Article> articles, int threads) {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        LongAdder tokens = new LongAdder();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            heap.resetPeaks();
            long t0 = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < articles.size()) {
                        try {
                            tokens.add(pipeline.process(articles.get(i)));
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            progress.accept("failed on " + articles.get(i).source() + ": " + e);
                        }
                    }
                }));
            }
            for (Future<?> w : workers) w.get();
            long nanos = System.nanoTime() - t0;
            return new Phase(threads, articles.size() - failed.get(), failed.get(), tokens.sum(), nanos, heap.peakBytes());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}

package org.sitrep.web;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;

/**
 * Runs analyses for requests with a bound on how many run at once: analyses are CPU-bound, and more at once than
 * there are cores only makes each slower and holds more memory. A request that waits longer than the options'
 * queue timeout gets a 503; a failed analysis a 500 without internals (the cause goes to the server's stderr).
 */
final class Analyses {

    private final Analyzer analyzer;
    private final WebOptions options;
    private final Semaphore slots;

    Analyses(Analyzer analyzer, WebOptions options) {
        this.analyzer = analyzer;
        this.options = options;
        this.slots = new Semaphore(options.maxConcurrent(), true);
    }

    Reading analyze(Article article) throws InterruptedException {
        if (!slots.tryAcquire(options.queueTimeoutMs(), TimeUnit.MILLISECONDS)) {
            throw new ApiError(503, "the server is busy analysing other articles; try again shortly");
        }
        try {
            return analyzer.analyze(article);
        } catch (RuntimeException e) {
            System.err.println("sitrep serve: analysis failed: " + String.valueOf(e).strip().replaceAll("\\s*\\R\\s*", " "));
            throw new ApiError(500, "the analysis of this article failed");
        } finally {
            slots.release();
        }
    }
}

package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.report.JsonOutput;

/** {@code POST /api/analyze}: one article in, its reading out, exactly as {@code sitrep analyze --format json} prints it. */
final class AnalyzeRoutes implements RouteGroup {

    private final Analyzer analyzer;
    private final WebOptions options;
    /** Analyses are CPU-bound: more at once than there are cores only makes each slower and holds more memory. */
    private final Semaphore slots;

    AnalyzeRoutes(Analyzer analyzer, WebOptions options) {
        this.analyzer = analyzer;
        this.options = options;
        this.slots = new Semaphore(options.maxConcurrent(), true);
    }

    @Override
    public void register(JavalinDefaultRouting router) {
        router.post("/api/analyze", this::analyze);
    }

    @Override
    public ObjectNode openApiPaths() {
        return OpenApi.fragment("openapi-analyze.json");
    }

    private void analyze(Context ctx) throws InterruptedException {
        byte[] body = Bodies.read(ctx, options.maxBodyBytes());
        Article article = Submission.read(ctx.header("Content-Type"), body, ctx.queryParam("published"), options.maxBodyBytes());
        if (!slots.tryAcquire(options.queueTimeoutMs(), TimeUnit.MILLISECONDS)) {
            throw new ApiError(503, "the server is busy analysing other articles; try again shortly");
        }
        Reading reading;
        try {
            reading = analyzer.analyze(article);
        } catch (RuntimeException e) {
            // The cause goes to the server's log, not to the client: it may name internals.
            System.err.println("sitrep serve: analysis failed: " + String.valueOf(e).strip().replaceAll("\\s*\\R\\s*", " "));
            throw new ApiError(500, "the analysis of this article failed");
        } finally {
            slots.release();
        }
        ctx.contentType("application/json; charset=utf-8").result(JsonOutput.line(reading));
    }
}

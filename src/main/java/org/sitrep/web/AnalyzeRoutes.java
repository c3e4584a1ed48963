package org.sitrep.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.report.JsonOutput;

/**
 * {@code POST /api/analyze}: one article in (a body, or {@code {"url": ...}} for a page the server fetches behind its
 * SSRF guard), its reading out, exactly as {@code sitrep analyze --format json} prints it.
 */
final class AnalyzeRoutes implements RouteGroup {

    private final Analyses analyses;
    private final WebOptions options;
    private final UrlSubmission urls;

    AnalyzeRoutes(Analyzer analyzer, WebOptions options) {
        this.analyses = new Analyses(analyzer, options);
        this.options = options;
        this.urls = new UrlSubmission(options);
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
        UrlSubmission.Request url = UrlSubmission.request(ctx.header("Content-Type"), body, ctx.queryParam("published"));
        Article article = url != null ? urls.fetch(url).article()
                : Submission.read(ctx.header("Content-Type"), body, ctx.queryParam("published"), options.maxBodyBytes());
        Reading reading = analyses.analyze(article);
        ctx.contentType("application/json; charset=utf-8").result(JsonOutput.line(reading));
    }
}

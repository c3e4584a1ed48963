package org.sitrep.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;

/**
 * The workbench server: the web UI (static files from the jar, Leaflet from its WebJar), the analysis API and any
 * further {@link RouteGroup}s (the store-backed routes), behind one set of security headers, one body-size limit
 * and one JSON error shape. Nothing here is global: two apps in one JVM (tests) do not share state.
 */
public final class WebApp {

    /**
     * Article text is untrusted and the UI renders it only through DOM text nodes; the policy is the second line:
     * no inline script or style element, nothing from another origin, no framing, no plugins.
     */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Javalin javalin;
    private final String openApi;
    private final String health;

    /**
     * @param groups route groups beyond the analysis routes (for instance the store's), in the order they are registered
     */
    public WebApp(Analyzer analyzer, WebOptions options, List<RouteGroup> groups) {
        List<RouteGroup> all = new ArrayList<>();
        all.add(new AnalyzeRoutes(analyzer, options));
        all.addAll(groups);
        String version = version();
        this.openApi = OpenApi.document(version, all);
        this.health = JSON.createObjectNode().put("status", "ok").put("version", version)
                .put("contract", Reading.CONTRACT_VERSION).put("store", !groups.isEmpty()).toString();
        String schema = resource("/org/sitrep/reading.schema.json");
        this.javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = options.maxBodyBytes();
            config.http.prefer405over404 = true;
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/org/sitrep/web/public";
                sf.location = Location.CLASSPATH;
                sf.headers = Map.of("Cache-Control", "no-cache");
                sf.mimeTypes.add("application/geo+json", "geojson");
            });
            config.staticFiles.enableWebjars();
            config.router.mount(router -> {
                router.before(WebApp::securityHeaders);
                router.get("/api/health", ctx -> json(ctx, health));
                router.get("/api/openapi.json", ctx -> json(ctx, openApi));
                router.get("/api/reading.schema.json", ctx -> ctx.contentType("application/schema+json").result(schema));
                for (RouteGroup g : all) g.register(router);
                errors(router);
            });
        });
    }

    public static WebApp of(Analyzer analyzer, WebOptions options) { return new WebApp(analyzer, options, List.of()); }

    /** Starts listening; port 0 takes a free port (see {@link #port()}). Throws {@link io.javalin.util.JavalinBindException} when the port is taken. */
    public WebApp start(String host, int port) {
        javalin.start(host, port);
        return this;
    }

    public int port() { return javalin.port(); }

    public void stop() { javalin.stop(); }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    }

    private static void errors(JavalinDefaultRouting router) {
        router.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        // Javalin's own refusals (no such route, wrong method, its body limit) get the same shape under /api.
        router.exception(HttpResponseException.class, (e, ctx) -> {
            if (ctx.path().startsWith("/api/")) error(ctx, e.getStatus(), reason(e.getStatus(), ctx));
            else ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getStatus() + " " + e.getMessage());
        });
        router.exception(Exception.class, (e, ctx) -> {
            // The client gets no stack trace or exception text (they can name internals); the server's stderr gets one line.
            System.err.println("sitrep serve: " + ctx.method() + " " + ctx.path() + ": " + String.valueOf(e).replaceAll("\\s*\\R\\s*", " "));
            error(ctx, 500, "internal error");
        });
        router.error(404, ctx -> {
            if (ctx.path().startsWith("/api/") && ctx.result() == null) error(ctx, 404, reason(404, ctx));
        });
    }

    private static String reason(int status, Context ctx) {
        return switch (status) {
            case 404 -> "no such endpoint: " + ctx.path() + " (see /api/openapi.json)";
            case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path() + " (see /api/openapi.json)";
            case 413 -> "body too large";
            default -> "request refused";
        };
    }

    static void error(Context ctx, int status, String reason) {
        ObjectNode o = JSON.createObjectNode().put("error", reason).put("status", status);
        ctx.status(status);
        json(ctx, o.toString());
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json; charset=utf-8").result(body);
    }

    private static String resource(String path) {
        try (InputStream in = WebApp.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version() {
        String v = WebApp.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}

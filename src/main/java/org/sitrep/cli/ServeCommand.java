package org.sitrep.cli;

import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Corpus;
import org.sitrep.store.PostgresUrl;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.web.RouteGroup;
import org.sitrep.web.StoreRoutes;
import org.sitrep.web.Tokens;
import org.sitrep.web.WatchRoutes;
import org.sitrep.web.WebApp;
import org.sitrep.web.WebOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep serve}: the analysts' workbench (web UI and REST API) on one port. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the analysts' workbench: a web page to paste or upload an article and see its reading (highlighted text, who said what with source chains, a map of places, events), and the REST API (POST /api/analyze, GET /api/health, GET /api/openapi.json).",
                "With a store (--db, or sitrep-data/sitrep.db when it exists) also the corpus and watch pages and the store routes (GET /api/articles, /api/events, /api/events/facets, /api/events/timeline, /api/events.geojson, /api/stats, /api/watch...; POST /api/ingest (a text, a page or {\"url\": ...}) and POST/PUT/DELETE /api/watch with the API token, which is generated at the first start, printed once and kept in serve.token beside the store). Watch rules are checked after each API ingest.",
                "Everything is served from the jar; nothing is fetched from the network. Binds to 127.0.0.1 unless --host says otherwise.",
                "Exit code 1 when the server cannot start (port taken), 2 on usage errors."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); 0.0.0.0 exposes the server to the network.")
    String host;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "N", description = "Port to listen on. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--db", paramLabel = "FILE",
            description = "The store to serve (created when absent): a SQLite file, or a PostgreSQL database as postgresql://[user[:password]@]host[:port]/database "
                    + "(its API token is then kept in ./sitrep-data/serve.token). Default: " + IngestCommand.DEFAULT_DB + " when it exists, else no store (analysis only).")
    String db;

    @Option(names = "--max-body", defaultValue = "" + WebOptions.DEFAULT_MAX_BODY, paramLabel = "BYTES",
            description = "Refuse request bodies larger than this (413). Default: ${DEFAULT-VALUE}.")
    long maxBody;

    @Option(names = "--allow-private-urls",
            description = "Let API clients have the server fetch (POST /api/ingest and /api/analyze with {\"url\": ...}) and POST webhooks to "
                    + "loopback, private and link-local addresses (the cloud metadata address among them). Off by default: such URLs are refused with 400.")
    boolean allowPrivateUrls;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) return usage("--port must be between 0 and 65535, not " + port);
        if (maxBody <= 0) return usage("--max-body must be positive");
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return usage("--host: unknown address '" + host + "'");
        }
        // Loading the models takes seconds: a taken port is reported before that, not after.
        String taken = checkFree(address, port);
        if (taken != null) return fail(taken);
        String file = db != null ? db : Files.exists(Path.of(IngestCommand.DEFAULT_DB)) ? IngestCommand.DEFAULT_DB : null;
        // The store is opened before the models load: a bad --db is reported at once, not after seconds of loading.
        Store store = null;
        Corpus corpus = null;
        Tokens tokens = null;
        if (file != null) {
            try {
                store = Store.open(file);
                corpus = Corpus.open(file, READERS);
                // a PostgreSQL store has no folder of its own: its token is kept where the default store's would be
                tokens = Tokens.loadOrCreate(PostgresUrl.is(file) ? IngestCommand.createParent(Path.of(IngestCommand.DEFAULT_DB)) : Path.of(file));
            } catch (StoreException | IOException e) {
                closeQuietly(store, corpus);
                return fail(e.getMessage());
            }
        }
        System.err.println("sitrep serve: loading models...");
        Analyzer analyzer = Analyzer.load();
        WebOptions options = WebOptions.defaults().withMaxBodyBytes(maxBody).withPrivateUrls(allowPrivateUrls);
        WatchRoutes watch = store == null ? null : new WatchRoutes(file, tokens.token(), options);
        List<RouteGroup> groups = store == null ? List.of()
                : List.of(new StoreRoutes(store, corpus, analyzer, options, tokens.token(), watch::afterIngest), watch,
                        new org.sitrep.web.EntityRoutes(new org.sitrep.store.Facts(corpus))); // entities, places, quotes, claims, clusters
        WebApp app = new WebApp(analyzer, options, groups);
        try {
            app.start(host, port);
        } catch (JavalinBindException e) {
            if (watch != null) watch.close();
            closeQuietly(store, corpus);
            return fail(inUse(port));
        }
        String shown = host.contains(":") ? "[" + host + "]" : host;
        System.err.println("sitrep serve: the workbench is at http://" + shown + ":" + app.port() + "/ (Ctrl-C stops it)");
        if (file != null) System.err.println("sitrep serve: the corpus " + StoreLocation.shown(file) + " is at http://" + shown + ":" + app.port() + "/corpus.html");
        if (tokens != null && tokens.created()) {
            System.err.println("sitrep serve: API token (for POST /api/ingest and changing watch rules, header 'Authorization: Bearer TOKEN'); it is shown only now and kept in "
                    + tokens.file() + " (mode 0600):");
            System.err.println(tokens.token());
        }
        if (allowPrivateUrls) {
            System.err.println("sitrep serve: warning: --allow-private-urls: URL ingest and webhooks of API clients may reach this machine and its network");
        }
        if (!address.isLoopbackAddress()) {
            System.err.println("sitrep serve: warning: listening on " + host + ", reachable from other machines; the write endpoints need the API token, the read endpoints do not");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Store s = store;
        Corpus c = corpus;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            if (watch != null) watch.close();
            closeQuietly(s, c);
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    /** Read connections on the store: requests beyond this wait for one (SQLite reads are short). */
    private static final int READERS = 4;

    private static void closeQuietly(Store store, Corpus corpus) {
        if (corpus != null) corpus.close();
        try {
            if (store != null) store.close();
        } catch (StoreException e) {
            System.err.println("sitrep serve: " + e.getMessage());
        }
    }

    /** Null when the port can be bound, else the reason. */
    static String checkFree(InetAddress address, int port) {
        if (port == 0) return null;
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true); // as Jetty does: a port in TIME_WAIT is free
            s.bind(new InetSocketAddress(address, port));
            return null;
        } catch (IOException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("in use")) return inUse(port);
            if (m.contains("ermission")) return "port " + port + " needs elevated privileges; choose one above 1023 with --port";
            return "cannot listen on " + address.getHostAddress() + ":" + port + ": " + m;
        }
    }

    private static String inUse(int port) {
        return "port " + port + " is already in use (another sitrep serve?); choose another with --port";
    }

    private static int usage(String message) {
        System.err.println("sitrep serve: " + message);
        return Main.USAGE;
    }

    private static int fail(String message) {
        System.err.println("sitrep serve: " + message);
        return Main.SOME_FAILED;
    }
}

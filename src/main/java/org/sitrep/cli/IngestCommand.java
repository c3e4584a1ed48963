package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.Loaded;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.ingest.TextDecoder;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep ingest}: analyse inputs on all cores and keep the readings in the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read news inputs (JSON Lines of {title,text,date,outlet,url}, text, HTML, RSS/Atom feeds, WARC archives;",
                "files, directories or - for standard input), analyse them on all cores and store each reading in the store.",
                "Articles already stored (same content hash) are not analysed again, so a run can be repeated or resumed after a",
                "crash. Near-duplicates are stored and linked to their earliest copy. Progress is shown on a terminal; every failed",
                "input is one line on stderr and in the error log.",
                "Exit code 0 when every input was read, 1 when some failed, 2 on usage errors or when the store cannot be opened."})
public final class IngestCommand implements Callable<Integer> {

    static final String DEFAULT_DB = "sitrep-data/sitrep.db";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files, directories (text, HTML, JSON Lines, RSS/Atom, WARC, OPML), http(s) feed or page URLs "
            + "(fetched once), or - for standard input.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "FILE", defaultValue = DEFAULT_DB, description = StoreLocation.DESCRIPTION)
    String db;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that carry none.")
    String published;

    @Option(names = "--max-bytes", defaultValue = "" + TextDecoder.DEFAULT_MAX_BYTES, description = "Refuse inputs (or lines, items, pages) larger than this. Default: ${DEFAULT-VALUE}.")
    long maxBytes;

    @Option(names = "--error-log", paramLabel = "FILE", description = "Where failed inputs are logged (appended). Default: ingest-errors.log beside the store "
            + "(in ./sitrep-data for a PostgreSQL store).")
    Path errorLog;

    @Option(names = "--limit", paramLabel = "N", description = "Analyse at most N new articles (the first ones read), e.g. for a benchmark on a sample.")
    Long limit;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "Publish the articles to a Kafka topic (the Flink job in stream/ analyses "
            + "and stores them) instead of analysing them here; --db and --threads are then not used.")
    String kafka;

    @Option(names = "--topic", defaultValue = org.sitrep.kafka.ArticleMessages.DEFAULT_TOPIC, description = "The topic for --kafka. Default: ${DEFAULT-VALUE}.")
    String topic;

    @Option(names = "--progress", negatable = true, description = "Draw a progress bar on stderr. Default: only when stderr is a terminal.")
    Boolean progressBar;

    private final Supplier<Analyzer> analyzers;
    private final Provenance provenance;

    public IngestCommand() { this(Analyzer::load, Provenance.current()); }

    /** For tests: another analyzer (and the models it stands for); everything else is the product's path. */
    IngestCommand(Supplier<Analyzer> analyzers, Provenance provenance) {
        this.analyzers = analyzers;
        this.provenance = provenance;
    }

    /** Loads the analyzer on first use, once, for all threads. */
    private static final class Lazy {
        private final Supplier<Analyzer> loader;
        private Analyzer value;

        Lazy(Supplier<Analyzer> loader) { this.loader = loader; }

        synchronized Analyzer get() {
            if (value == null) value = loader.get();
            return value;
        }
    }

    private record Job(Reading reading, byte[] raw, String source) {}

    private static final Job DONE = new Job(null, null, null);

    @Override
    public Integer call() throws Exception {
        if (threads < 1) return usage("--threads must be at least 1");
        if (limit != null && limit < 1) return usage("--limit must be at least 1");
        if (published != null) {
            try {
                LocalDate.parse(published);
            } catch (DateTimeParseException e) {
                return usage("--published must be a date like 2019-11-19, not '" + published + "'");
            }
        }
        Path log = errorLog != null ? errorLog : StoreLocation.beside(db, "ingest-errors.log");
        PrintStream err = System.err;
        if (kafka != null) {
            if (kafka.isBlank()) return usage("--kafka needs HOST:PORT");
            return new KafkaIngest(kafka, topic, inputs, new ReadOptions(published, "auto", maxBytes), limit, log,
                    progressBar != null ? progressBar : Progress.stderrIsTerminal()).run(err);
        }
        Progress progress = new Progress();
        try (Store store = Store.open(db, provenance);
             PrintWriter errors = new PrintWriter(Files.newBufferedWriter(createParent(log), StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            Set<String> seen = ConcurrentHashMap.newKeySet();
            seen.addAll(store.contentHashes());
            boolean bar = progressBar != null ? progressBar : Progress.stderrIsTerminal();
            Thread drawer = bar ? progress.drawOn(err) : null;
            Failures failures = new Failures(err, errors, progress, bar);
            // each publisher's home as the stories already stored show it: a local paper's "Dublin" is read near home
            org.sitrep.places.PublisherHomes homes = store.publisherHomes();
            Lazy analyzer = new Lazy(() -> analyzers.get().withPublisherHomes(homes)); // models load only when some article is new
            BlockingQueue<Job> written = new ArrayBlockingQueue<>(threads * 8);
            Thread writer = Thread.ofPlatform().name("sitrep-writer").start(() -> write(store, written, progress, failures));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Semaphore inFlight = new Semaphore(threads * 4); // the reader waits rather than hold a whole corpus in memory
            try {
                new CorpusReader(new ReadOptions(published, "auto", maxBytes)).read(inputs, System.in, (loaded, raw) -> {
                    if (loaded.failed()) {
                        failures.report(loaded.source(), loaded.error());
                        return;
                    }
                    if (limit != null && progress.read.get() >= limit) return; // the sample is full: the rest is not analysed
                    if (!seen.add(loaded.article().id())) {
                        progress.skipped.incrementAndGet();
                        return;
                    }
                    progress.read.incrementAndGet();
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            written.put(new Job(analyzer.get().analyze(loaded.article()), raw, loaded.source()));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException | StackOverflowError e) {
                            failures.report(loaded.source(), "analysis failed: " + e);
                        } finally {
                            inFlight.release();
                        }
                    });
                });
                progress.readingDone = true;
                pool.shutdown();
                pool.awaitTermination(365, TimeUnit.DAYS);
                written.put(DONE);
                writer.join();
            } finally {
                pool.shutdownNow();
                if (drawer != null) {
                    drawer.interrupt();
                    drawer.join();
                    err.println(progress.line().substring(1));
                }
            }
            summary(err, progress, store, log);
            org.sitrep.watch.Watcher.afterIngest(db, err); // WATCH: check the watch rules over the new articles (org.sitrep.watch; never fails the ingest)
            return progress.failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
        } catch (StoreException e) {
            err.println("sitrep ingest: " + e.getMessage());
            return Main.USAGE;
        }
    }

    /** The single writer: SQLite takes one writer at a time, and one thread keeps every transaction whole. */
    private static void write(Store store, BlockingQueue<Job> queue, Progress progress, Failures failures) {
        try {
            for (Job j = queue.take(); j != DONE; j = queue.take()) {
                try {
                    Store.Put put = store.put(j.reading(), j.raw());
                    if (put.status() == Store.Status.ADDED) {
                        progress.added.incrementAndGet();
                        if (put.duplicateOf() != null) progress.copies.incrementAndGet();
                    } else {
                        progress.skipped.incrementAndGet();
                    }
                } catch (StoreException e) {
                    failures.report(j.source(), e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Failed inputs: one line each on stderr and in the log, counted for the summary and the exit code. */
    record Failures(PrintStream err, PrintWriter log, Progress progress, boolean bar) {
        synchronized void report(String source, String reason) {
            progress.failed.incrementAndGet();
            String oneLine = String.valueOf(reason).strip().replaceAll("\\s*\\R\\s*", " ");
            err.println((bar ? "\r\033[K" : "") + "sitrep: " + source + ": " + oneLine);
            log.println(Instant.now() + "\t" + source + "\t" + oneLine);
        }
    }

    private static void summary(PrintStream err, Progress p, Store store, Path log) throws StoreException {
        double s = p.seconds();
        err.printf(Locale.ROOT, "sitrep ingest: %d articles added (%d near-duplicates of earlier ones), %d already stored, %d failed, "
                        + "in %.1f s (%.2f articles/s)%n", p.added.get(), p.copies.get(), p.skipped.get(), p.failed.get(), s, p.added.get() / Math.max(1e-9, s));
        var st = store.stats();
        err.printf(Locale.ROOT, "sitrep ingest: the store %s holds %d articles (%d copies) in %d stories, %d events in %d event clusters, %.1f MB%n",
                st.file(), st.articles(), st.duplicates(), st.stories(), st.events(), st.clusters(), st.bytes() / 1048576.0);
        if (p.failed.get() > 0) err.println("sitrep ingest: failures are listed in " + log);
    }

    static Path createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        return file;
    }

    private static int usage(String message) {
        System.err.println("sitrep ingest: " + message);
        return Main.USAGE;
    }
}

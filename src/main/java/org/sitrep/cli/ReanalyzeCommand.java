package org.sitrep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sitrep.model.Article;
import org.sitrep.model.Reading;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Provenance;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep reanalyze}: runs this sitrep's analysis again on stored articles an older version analysed. */
@Command(name = "reanalyze", mixinStandardHelpOptions = true,
        description = {"Analyse stored articles again with this sitrep: those another sitrep version, contract version or model set",
                "analysed (see sitrep stats), or every article with --all. Each article's facts (entities, places, quotes, claims,",
                "events and their clusters) are replaced in one transaction, so a crash leaves each article either old or new. The",
                "article, its raw input, its story and its copies are kept. Progress is shown on a terminal; a summary follows.",
                "Exit code 0 when every article was re-analysed, 1 when some failed, 2 on usage errors or when the store cannot be opened."})
public final class ReanalyzeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB, description = StoreLocation.DESCRIPTION)
    String db;

    @Option(names = "--all", description = "Re-analyse every article, not only those an older version analysed.")
    boolean all;

    @Option(names = "--threads", paramLabel = "N", description = "Articles analysed in parallel. Default: the number of cores.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--error-log", paramLabel = "FILE", description = "Where failed articles are logged (appended). Default: ingest-errors.log beside the store.")
    Path errorLog;

    @Option(names = "--progress", negatable = true, description = "Draw a progress bar on stderr. Default: only when stderr is a terminal.")
    Boolean progressBar;

    private final Supplier<Analyzer> analyzers;
    private final Provenance provenance;

    public ReanalyzeCommand() { this(Analyzer::load, Provenance.current()); }

    /** For tests: another analyzer (and the models it stands for). */
    ReanalyzeCommand(Supplier<Analyzer> analyzers, Provenance provenance) {
        this.analyzers = analyzers;
        this.provenance = provenance;
    }

    private record Job(Reading reading, String hash) {}

    private static final Job DONE = new Job(null, null);

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (threads < 1) return usage("--threads must be at least 1");
        String missing = StoreLocation.missing(db);
        if (missing != null) return usage(missing);
        Path log = errorLog != null ? errorLog : StoreLocation.beside(db, "ingest-errors.log");
        Progress progress = new Progress();
        try (Store store = Store.open(db, provenance);
             PrintWriter errors = new PrintWriter(Files.newBufferedWriter(IngestCommand.createParent(log), StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            List<String> hashes = all ? new ArrayList<>(new java.util.TreeSet<>(store.contentHashes())) : store.stale();
            if (hashes.isEmpty()) {
                err.printf(Locale.ROOT, "sitrep reanalyze: nothing to do: every article of %s was analysed by this version (--all to redo them)%n", StoreLocation.shown(db));
                return Main.OK;
            }
            progress.read.set(hashes.size());
            progress.readingDone = true;
            boolean bar = progressBar != null ? progressBar : Progress.stderrIsTerminal();
            Thread drawer = bar ? progress.drawOn(err) : null;
            IngestCommand.Failures failures = new IngestCommand.Failures(err, errors, progress, bar);
            Analyzer analyzer = analyzers.get().withPublisherHomes(store.publisherHomes());
            BlockingQueue<Job> written = new ArrayBlockingQueue<>(threads * 8);
            // the store serves one thread at a time: this thread reads articles, the writer replaces readings
            Thread writer = Thread.ofPlatform().name("sitrep-writer").start(() -> write(store, written, progress, failures));
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            Semaphore inFlight = new Semaphore(threads * 4);
            try {
                for (String hash : hashes) {
                    Article a;
                    try {
                        synchronized (store) {
                            a = store.article(hash);
                        }
                    } catch (StoreException e) {
                        failures.report(hash, e.getMessage());
                        continue;
                    }
                    if (a == null) continue; // gone since the list was made
                    inFlight.acquireUninterruptibly();
                    pool.execute(() -> {
                        try {
                            written.put(new Job(analyzer.analyze(a), hash));
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } catch (RuntimeException | StackOverflowError e) {
                            failures.report(a.source() + " (" + hash + ")", "analysis failed: " + e);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
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
            double s = progress.seconds();
            long stale;
            synchronized (store) {
                stale = store.stale().size();
            }
            err.printf(Locale.ROOT, "sitrep reanalyze: %d articles re-analysed, %d failed, in %.1f s (%.2f articles/s); %d still stale%n",
                    progress.added.get(), progress.failed.get(), s, progress.added.get() / Math.max(1e-9, s), stale);
            if (progress.failed.get() > 0) err.println("sitrep reanalyze: failures are listed in " + log);
            return progress.failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
        } catch (StoreException e) {
            err.println("sitrep reanalyze: " + e.getMessage());
            return Main.USAGE;
        }
    }

    private static void write(Store store, BlockingQueue<Job> queue, Progress progress, IngestCommand.Failures failures) {
        try {
            for (Job j = queue.take(); j != DONE; j = queue.take()) {
                try {
                    synchronized (store) {
                        store.replace(j.reading());
                    }
                    progress.added.incrementAndGet();
                } catch (StoreException e) {
                    failures.report(j.hash(), e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int usage(String message) {
        System.err.println("sitrep reanalyze: " + message);
        return Main.USAGE;
    }
}

package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.store.BenchStore;
import org.sitrep.store.Stats;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep bench-store}: a large store for search benchmarks, from the readings of a real one. */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"FOR BENCHMARKS ONLY. Fill a store with copies of the analysed articles of another store (copies excluded),",
                "round after round, each with a new content hash and a publication date one day later per round, until it holds",
                "--articles articles. Near-duplicate search and clustering are off; every article records sitrep version",
                "'" + BenchStore.SITREP_VERSION + "'. Use it to measure search latency on a store larger than the corpus at hand.",
                "Exit code 0, 2 on usage errors or when a store cannot be opened."})
public final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "A store made by sitrep ingest.")
    Path from;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The benchmark store to fill (created when absent).")
    Path to;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles the benchmark store should hold. Default: ${DEFAULT-VALUE}.")
    long articles;

    @Override
    public Integer call() {
        if (!Files.exists(from)) return SearchCommand.usage("no store at " + from);
        if (articles < 1) return SearchCommand.usage("--articles must be at least 1");
        long t0 = System.nanoTime();
        try {
            long n = BenchStore.fill(from, to, articles, done -> {
                if (done % 5000 == 0) System.err.printf(Locale.ROOT, "sitrep bench-store: %d articles, %.0f s%n", done, (System.nanoTime() - t0) / 1e9);
            });
            try (Store s = Store.open(to)) {
                Stats st = s.stats();
                System.err.printf(Locale.ROOT, "sitrep bench-store: %s holds %d articles (benchmark copies), %d events, %.1f MB, %.1f KB per article, in %.0f s%n",
                        to, n, st.events(), st.bytes() / 1048576.0, st.bytes() / 1024.0 / Math.max(1, n), (System.nanoTime() - t0) / 1e9);
            }
            return Main.OK;
        } catch (StoreException e) {
            return SearchCommand.usage(e.getMessage());
        }
    }
}

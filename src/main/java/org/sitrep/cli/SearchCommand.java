package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Hit;
import org.sitrep.store.Query;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sitrep search}: full text and event filters over the store. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the store: full text (every word must occur in the title or text) and filters on events (actor, type,",
                "modality, country, place radius), dates and outlets. With an event filter (or --events) each hit is an event with",
                "its evidence sentence; otherwise each hit is an article with its best-matching sentence. Copies of an earlier",
                "article are folded into it ([+N copies]) unless --duplicates.",
                "Exit code 0 (also when nothing is found), 2 on usage errors or when the store cannot be read."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TEXT", description = "Words to find (optional).")
    String text;

    @Mixin
    QueryOptions filters;

    @Option(names = "--events", description = "Return events even without an event filter.")
    boolean events;

    @Option(names = "--format", defaultValue = "table", description = "table, csv or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "Most hits. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1",
            description = "Run the query N times and print its latency (p50, p95, max) on stderr: for benchmarks. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Override
    public Integer call() {
        if (!List.of("table", "csv", "jsonl").contains(format)) return usage("--format must be table, csv or jsonl");
        if (limit < 1 || repeat < 1) return usage("--limit and --repeat must be at least 1");
        Query q;
        try {
            q = filters.query(text, limit, events);
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage());
        }
        String missing = StoreLocation.missing(filters.db);
        if (missing != null) return usage(missing);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store store = Store.open(filters.db)) {
            double[] ms = new double[repeat];
            List<Hit> hits = List.of();
            for (int i = 0; i < repeat; i++) {
                long t0 = System.nanoTime();
                hits = store.search(q);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            if (repeat > 1) {
                java.util.Arrays.sort(ms);
                System.err.printf(java.util.Locale.ROOT, "latency over %d runs: p50 %.2f ms, p95 %.2f ms, max %.2f ms (%d hits)%n", repeat,
                        ms[(repeat - 1) / 2], ms[(int) Math.ceil(0.95 * repeat) - 1], ms[repeat - 1], hits.size());
            }
            if (format.equals("csv")) out.println(HitFormat.csvHeader());
            for (int i = 0; i < hits.size(); i++) {
                Hit h = hits.get(i);
                switch (format) {
                    case "csv" -> out.println(HitFormat.csv(h));
                    case "jsonl" -> out.println(HitFormat.json(h));
                    default -> out.print(HitFormat.table(h, i + 1));
                }
            }
            out.flush();
            if (format.equals("table")) {
                System.err.printf(java.util.Locale.ROOT, "%d %s%s (%.0f ms)%n", hits.size(), q.wantsEvents() ? "events" : "articles",
                        hits.size() == limit ? " (the first " + limit + "; raise --limit for more)" : "", ms[0]);
            }
            return Main.OK;
        } catch (StoreException e) {
            return usage(e.getMessage());
        }
    }

    static int usage(String message) {
        System.err.println("sitrep: " + message);
        return Main.USAGE;
    }
}

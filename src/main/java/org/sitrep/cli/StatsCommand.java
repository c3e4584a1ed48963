package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.sitrep.report.JsonOutput;
import org.sitrep.store.Stats;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Print what the store holds: articles, copies, inputs read, facts by kind, events by type, the largest outlets,",
                "the date range, and how many articles an older sitrep wrote (to re-run with reanalyze).",
                "Exit code 0, 2 when the store cannot be read."})
public final class StatsCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB, description = StoreLocation.DESCRIPTION)
    String db;

    @Option(names = "--json", description = "One JSON object.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String missing = StoreLocation.missing(db);
        if (missing != null) return SearchCommand.usage(missing);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try (Store store = Store.open(db)) {
            Stats s = store.stats();
            if (json) {
                out.println(JsonOutput.mapper().writeValueAsString(s));
                return Main.OK;
            }
            out.printf(Locale.ROOT, "store       %s (%.1f MB, %.1f KB per article)%n", s.file(), s.bytes() / 1048576.0,
                    s.articles() == 0 ? 0 : s.bytes() / 1024.0 / s.articles());
            out.printf(Locale.ROOT, "articles    %d (%d are copies of an earlier article; %d inputs read)%n", s.articles(), s.duplicates(), s.sightings());
            out.printf(Locale.ROOT, "published   %s .. %s%n", s.firstPublished(), s.lastPublished());
            out.printf(Locale.ROOT, "facts       %d entities, %d places, %d quotes, %d claims, %d events%n", s.entities(), s.places(),
                    s.quotes(), s.claims(), s.events());
            out.printf(Locale.ROOT, "stories     %d (%d with two or more independent sources); %d event clusters (real-world events)%n",
                    s.stories(), s.corroborated(), s.clusters());
            out.printf(Locale.ROOT, "sources     %d outlets%n", s.sources());
            print(out, "outlets", s.topOutlets());
            print(out, "event types", s.eventTypes());
            print(out, "written by", s.versions());
            if (s.stale() > 0) out.printf(Locale.ROOT, "stale       %d articles were analysed by another sitrep version: sitrep reanalyze%n", s.stale());
            return Main.OK;
        } catch (StoreException e) {
            return SearchCommand.usage(e.getMessage());
        }
    }

    private static void print(PrintStream out, String label, Map<String, Long> counts) {
        if (counts.isEmpty()) return;
        out.printf(Locale.ROOT, "%-11s ", label);
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(HitFormat.clean(k)).append(' ').append(v));
        out.println(sb);
    }
}

package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.Query;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the store's events (CSV, GeoJSON) or readings (JSON Lines), with the search filters. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the store's events as CSV with ACLED-like columns (event_date, time_precision, event_type, sub_event_type",
                "(the PLOVER mode), actor1, actor2, country, admin1, location, latitude, longitude, geo_precision, source, source_chain,",
                "modality, notes, fatalities, then evidence, title, url, ids) or as a GeoJSON FeatureCollection; or the full reading of",
                "each matching article (the JSON contract) as JSON Lines. Filters as for search; copies of an earlier article are left",
                "out unless --duplicates. Output goes to standard output.",
                "Exit code 0, 2 on usage errors or when the store cannot be read."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl or geojson. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--text", paramLabel = "WORDS", description = "Only articles whose title or text holds every word.")
    String text;

    @Mixin
    QueryOptions filters;

    @Override
    public Integer call() {
        if (!List.of("csv", "jsonl", "geojson").contains(format)) return SearchCommand.usage("--format must be csv, jsonl or geojson");
        Query q;
        try {
            q = filters.query(text, 0, !format.equals("jsonl"));
        } catch (IllegalArgumentException e) {
            return SearchCommand.usage(e.getMessage());
        }
        String missing = StoreLocation.missing(filters.db);
        if (missing != null) return SearchCommand.usage(missing);
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (Store store = Store.open(filters.db)) {
            switch (format) {
                case "jsonl" -> store.readings(q, out::println);
                case "csv" -> {
                    out.println(HitFormat.csvHeader());
                    store.forEach(q, true, h -> out.println(HitFormat.csv(h)));
                }
                default -> { // streamed feature by feature: an export may hold more events than fit in memory
                    out.print("{\"type\":\"FeatureCollection\",\"features\":[");
                    boolean[] first = {true};
                    store.forEach(q, true, h -> {
                        out.print(first[0] ? "\n" : ",\n");
                        out.print(HitFormat.feature(h).toString());
                        first[0] = false;
                    });
                    out.println("\n]}");
                }
            }
            out.flush();
            return Main.OK;
        } catch (StoreException e) {
            return SearchCommand.usage(e.getMessage());
        }
    }
}

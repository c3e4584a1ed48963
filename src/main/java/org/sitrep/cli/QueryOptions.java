package org.sitrep.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sitrep.store.Query;
import picocli.CommandLine.Option;

/** The filters {@code search} and {@code export} share; each list option takes comma-separated values and may repeat. */
public final class QueryOptions {

    @Option(names = "--db", paramLabel = "FILE", defaultValue = IngestCommand.DEFAULT_DB, description = StoreLocation.DESCRIPTION)
    String db;

    @Option(names = "--actor", split = ",", paramLabel = "NAME", description = "Who acts or is acted upon: a name, alias or actor code (ISIS, Daesh, IRQMIL).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--type", split = ",", paramLabel = "PLOVER", description = "PLOVER event types (ASSAULT, PROTEST, COERCE, ...).")
    List<String> types = new ArrayList<>();

    @Option(names = "--modality", split = ",", paramLabel = "M", description = "happened, ongoing, planned, threatened, alleged, denied, ...")
    List<String> modalities = new ArrayList<>();

    @Option(names = "--country", split = ",", paramLabel = "CC", description = "ISO 3166 alpha-2 codes of where events happen (IQ,SY).")
    List<String> countries = new ArrayList<>();

    @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "From this date (the event's date, else the publication date).")
    String since;

    @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Up to this date, inclusive.")
    String until;

    @Option(names = "--outlet", split = ",", paramLabel = "NAME", description = "Publishers.")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--near", paramLabel = "LAT,LON", description = "Events within --radius of this point.")
    String near;

    @Option(names = "--radius", paramLabel = "KM", defaultValue = "50km", description = "Radius for --near, in km (100 or 100km). Default: ${DEFAULT-VALUE}.")
    String radius;

    @Option(names = "--duplicates", description = "Include articles that are copies of an earlier one (hidden by default).")
    boolean duplicates;

    /** The query, or an exception whose message is the usage error. */
    Query query(String text, int limit, boolean events) {
        date(since, "--since");
        date(until, "--until");
        Query.Near circle = null;
        if (near != null) {
            String[] p = near.split(",");
            if (p.length != 2) throw new IllegalArgumentException("--near must be LAT,LON, e.g. 37.06,37.38");
            double km;
            try {
                km = Double.parseDouble(radius.toLowerCase(Locale.ROOT).replaceFirst("\\s*km$", ""));
                circle = new Query.Near(Double.parseDouble(p[0].strip()), Double.parseDouble(p[1].strip()), km);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--near must be LAT,LON and --radius a number of km, e.g. --near 37.06,37.38 --radius 100km");
            }
        }
        return new Query(text, trim(actors), trim(types), trim(modalities), trim(countries), since, until, trim(outlets), circle, limit,
                duplicates, events);
    }

    private static List<String> trim(List<String> values) {
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void date(String d, String option) {
        if (d == null) return;
        try {
            LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2019-11-01, not '" + d + "'");
        }
    }
}

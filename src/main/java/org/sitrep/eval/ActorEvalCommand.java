package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.sitrep.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval actors}: CAMEO actor codes scored on the PLOVER gold-standard records. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Score entity actor codes (CAMEO country + sector) against the source and target actors of the "
                + "PLOVER gold-standard records (JSON array, e.g. PLOVER_GSR_CAMEO.shared.json).")
public final class ActorEvalCommand implements Callable<Integer> {

    @Option(names = "--plover", paramLabel = "FILE", required = true, description = "PLOVER gold records (JSON array).")
    Path file;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Option(names = "--undated", description = "Analyse without the records' date (all are the placeholder 2000-01-01), so people and "
            + "countries take their undated default codes.")
    boolean undated;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "0", description = "Also list up to N gold actors missed at country level, and N found at country level but missed in full.")
    int misses;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) {
            System.err.println("sitrep eval actors: no such file " + file);
            return 2;
        }
        List<PloverGold.Record> records = PloverGold.read(file);
        Analyzer analyzer = Analyzer.load();
        ActorScoring.Result r = ActorScoring.run(records, analyzer::analyze, !undated);
        System.out.println(json ? json(r, undated) : text(r, misses, undated));
        return 0;
    }

    /** Share and Wilson 95% interval: the n here is small, and the normal approximation misbehaves near 0 and 1. */
    static double[] share(long k, int n) {
        if (n == 0) return new double[] {0, 0, 0};
        double p = (double) k / n, z = 1.96, d = 1 + z * z / n;
        double mid = (p + z * z / (2 * n)) / d, half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / d;
        return new double[] {p, mid - half, mid + half};
    }

    static final List<String> MEASURES = List.of("aligned_country", "aligned_full", "sentence_country", "sentence_full", "baseline_country", "coverage");

    static Predicate<ActorScoring.Row> measure(String name) {
        return switch (name) {
            case "aligned_country" -> ActorScoring.Row::alignedRoot;
            case "aligned_full" -> ActorScoring.Row::alignedFull;
            case "sentence_country" -> ActorScoring.Row::sentenceRoot;
            case "sentence_full" -> ActorScoring.Row::sentenceFull;
            case "baseline_country" -> ActorScoring.Row::baselineRoot;
            case "coverage" -> row -> !row.aligned().isEmpty();
            default -> throw new IllegalArgumentException(name);
        };
    }

    static String json(ActorScoring.Result r, boolean undated) throws Exception {
        ObjectMapper om = new ObjectMapper();
        ObjectNode o = om.createObjectNode();
        o.put("benchmark", "plover-gsr-actors");
        o.put("records", r.records());
        o.put("n", r.n());
        o.put("dated", !undated);
        for (String m : MEASURES) {
            double[] s = share(r.count(measure(m)), r.n());
            ObjectNode x = o.putObject(m);
            x.put("share", s[0]);
            x.put("ci95_low", s[1]);
            x.put("ci95_high", s[2]);
        }
        o.put("seconds", r.seconds());
        return om.writeValueAsString(o);
    }

    static String text(ActorScoring.Result r, int misses, boolean undated) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("PLOVER gold actors: %d actors in %d records, %s (%.1f s)%n", r.n(), r.records(),
                undated ? "undated" : "dated by the records", r.seconds()));
        for (String m : MEASURES) {
            long k = r.count(measure(m));
            double[] s = share(k, r.n());
            sb.append(String.format("  %-17s %.3f  [%.3f, %.3f]  (%d/%d)%n", m, s[0], s[1], s[2], k, r.n()));
        }
        for (String role : List.of("source", "target")) {
            List<ActorScoring.Row> rows = r.rows().stream().filter(x -> x.gold().role().equals(role)).toList();
            long c = rows.stream().filter(ActorScoring.Row::alignedRoot).count(), f = rows.stream().filter(ActorScoring.Row::alignedFull).count();
            sb.append(String.format("  %-7s n=%d  aligned_country %.3f  aligned_full %.3f%n", role, rows.size(),
                    rows.isEmpty() ? 0 : (double) c / rows.size(), rows.isEmpty() ? 0 : (double) f / rows.size()));
        }
        sb.append("aligned = an entity overlapping the gold actor's text; sentence = any entity of the sentence; "
                + "country = first 3 letters; full = root + primary sector (6 letters); baseline = the sentence's first country code; "
                + "[95% Wilson interval]. No published scores for this record set.\n");
        for (boolean country : new boolean[] {true, false}) {
            int shown = 0;
            for (ActorScoring.Row row : r.rows()) {
                boolean missed = country ? !row.alignedRoot() : row.alignedRoot() && !row.alignedFull();
                if (shown >= misses || !missed) continue;
                sb.append(String.format("  %s miss %s %s '%s' gold %s, aligned %s, sentence %s%n", country ? "country" : "full", row.recordId(),
                        row.gold().role(), row.gold().text(), row.gold().full(), row.aligned(), row.sentence()));
                shown++;
            }
        }
        return sb.toString().stripTrailing();
    }
}

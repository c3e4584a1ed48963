package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.sitrep.dedup.Fingerprint;
import org.sitrep.dedup.NearDuplicates;

/**
 * Near-duplicate detection as the store does it (a shared LSH band, then containment over the threshold), scored on
 * pairs of news-raw: syndication-like copies of real stories ({@link DedupPairs}) and ECB+'s real wire copies as
 * duplicates; ECB+ articles of the same topic but different sub-topic (similar stories of different events, which
 * must never merge) as non-duplicates. No model is loaded.
 */
public final class DedupEvaluator implements Evaluator {

    static final long SEED = 20191119L;
    static final int MIN_WORDS = 100;

    private final Path newsRaw;
    private final int copies;

    public DedupEvaluator(Path newsRaw, int copies) {
        this.newsRaw = newsRaw;
        this.copies = copies;
    }

    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path f = root.resolve("news-raw/news-raw.jsonl");
        return Files.isReadable(f) ? Optional.of(new DedupEvaluator(f, 1000)) : Optional.empty();
    }

    @Override
    public String name() { return "dedup"; }

    record Doc(String id, String title, String text, String topic, String subtopic) {}

    record Pair(String kind, boolean duplicate, Fingerprint a, Fingerprint b, String label) {}

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<Doc> docs = read(newsRaw);
        List<Pair> pairs = new ArrayList<>();
        Random r = new Random(SEED);
        List<Doc> long_ = docs.stream().filter(d -> d.text().split("\\s+").length >= MIN_WORDS).toList();
        Map<String, Fingerprint> fps = new HashMap<>();
        for (Doc d : docs) fps.put(d.id(), Fingerprint.of(d.text()));
        for (int i = 0; i < copies; i++) {
            Doc d = long_.get(r.nextInt(long_.size()));
            DedupPairs.Copy c = DedupPairs.copy(d.title(), d.text(), r);
            pairs.add(new Pair("syndicated copy", true, fps.get(d.id()), Fingerprint.of(c.text()),
                    String.format(Locale.ROOT, "%s trimmed %.0f%% reworded %d", d.id(), 100 * c.trimmed(), c.reworded())));
        }
        Set<String> realCopies = new HashSet<>();
        Path candidates = newsRaw.resolveSibling("near-duplicate-candidates.tsv");
        if (Files.isReadable(candidates)) {
            for (String line : Files.readAllLines(candidates, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length < 2 || !f[0].startsWith("ecbplus:") || !f[1].startsWith("ecbplus:")) continue;
                if (!fps.containsKey(f[0]) || !fps.containsKey(f[1])) continue;
                realCopies.add(f[0] + "|" + f[1]);
                realCopies.add(f[1] + "|" + f[0]);
                pairs.add(new Pair("ECB+ wire copy", true, fps.get(f[0]), fps.get(f[1]), f[0] + " ~ " + f[1]));
            }
        }
        List<Doc> ecb = docs.stream().filter(d -> d.topic() != null).toList();
        for (int i = 0; i < ecb.size(); i++) {
            for (int j = i + 1; j < ecb.size(); j++) {
                Doc a = ecb.get(i), b = ecb.get(j);
                if (a.topic().equals(b.topic()) && !a.subtopic().equals(b.subtopic())) {
                    pairs.add(new Pair("ECB+ different event, same topic", false, fps.get(a.id()), fps.get(b.id()), a.id() + " vs " + b.id()));
                }
            }
        }
        long t0 = System.nanoTime();
        Map<String, long[]> byKind = new LinkedHashMap<>(); // kind -> {pairs, predicted duplicate, shared an index key}
        List<Counts> perPair = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Pair p : pairs) {
            boolean candidate = candidates(p.a(), p.b());
            boolean predicted = candidate && NearDuplicates.copies(p.a(), p.b());
            perPair.add(new Counts(predicted && p.duplicate() ? 1 : 0, predicted ? 1 : 0, p.duplicate() ? 1 : 0));
            long[] k = byKind.computeIfAbsent(p.kind(), x -> new long[3]);
            k[0]++;
            if (candidate) k[2]++;
            if (predicted) k[1]++;
            if (predicted != p.duplicate() && errors.size() < 15) {
                errors.add(String.format(Locale.ROOT, "  %s %s: %s (containment %.2f, shared band %s)", predicted ? "FP" : "FN", p.kind(), p.label(),
                        p.a().containment(p.b()), candidates(p.a(), p.b())));
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        Counts total = perPair.stream().reduce(Counts.ZERO, Counts::plus);
        out.printf(Locale.ROOT, "== dedup: %d pairs from %s (%d duplicates, %d non-duplicates)%n", pairs.size(), newsRaw.getFileName(),
                total.gold(), pairs.size() - total.gold());
        for (var e : byKind.entrySet()) {
            out.printf(Locale.ROOT, "  %-36s %5d pairs, %5d judged duplicates (%.1f%%); %5d candidates (shared index key)%n", e.getKey(),
                    e.getValue()[0], e.getValue()[1], 100.0 * e.getValue()[1] / e.getValue()[0], e.getValue()[2]);
        }
        Bootstrap.Interval pi = Bootstrap.interval(perPair, Counts::precision), ri = Bootstrap.interval(perPair, Counts::recall);
        out.printf(Locale.ROOT, "  precision %.3f [%.3f, %.3f]  recall %.3f [%.3f, %.3f]  F1 %.3f  (threshold: containment >= %.2f; %.0f ms)%n",
                total.precision(), pi.low(), pi.high(), total.recall(), ri.low(), ri.high(), total.f1(), NearDuplicates.THRESHOLD, ms);
        if (!errors.isEmpty()) out.println("  errors (first " + errors.size() + "):");
        errors.forEach(out::println);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("precision", Fmt.round(total.precision()));
        json.put("recall", Fmt.round(total.recall()));
        json.put("f1", Fmt.round(total.f1()));
        json.put("n", pairs.size());
        Map<String, Object> kinds = new LinkedHashMap<>();
        byKind.forEach((k, v) -> kinds.put(k, Map.of("pairs", v[0], "judged_duplicate", v[1], "candidates", v[2])));
        json.put("by_kind", kinds);
        String dataset = "news-raw: " + copies + " syndication-like copies + ECB+ wire copies; ECB+ same-topic other-event pairs";
        String command = "./sitrep eval dedup --news-raw " + NerEvaluator.display(newsRaw);
        List<Row> rows = List.of(
                new Row("Near-duplicate detection, precision", dataset, "sitrep (MinHash LSH + containment)", "precision", total.precision(), pi,
                        pairs.size(), List.of(), command, "pairs built by edits, not an independent gold set"),
                new Row("Near-duplicate detection, recall", dataset, "sitrep (MinHash LSH + containment)", "recall", total.recall(), ri,
                        pairs.size(), List.of(), command, "pairs built by edits, not an independent gold set"));
        return new Outcome(name(), json, rows);
    }

    /** As the store finds candidates: the two fingerprints share at least one LSH band key. */
    static boolean candidates(Fingerprint a, Fingerprint b) {
        Set<Long> keys = new HashSet<>();
        for (long k : a.bands()) keys.add(k);
        for (long k : b.bands()) if (keys.contains(k)) return true;
        return false;
    }

    static List<Doc> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode o = json.readTree(line);
                if (!o.hasNonNull("text") || !o.hasNonNull("id")) continue;
                out.add(new Doc(o.get("id").asText(), o.path("title").asText(null), o.get("text").asText(),
                        o.hasNonNull("topic") ? o.get("topic").asText() : null, o.hasNonNull("subtopic") ? o.get("subtopic").asText() : null));
            }
        }
        return out;
    }
}

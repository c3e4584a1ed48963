package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Geoparsing on LGL, TR-News, GeoWebNews and GeoVirus ({@link GeoCorpus}): toponym recognition P/R/F1 (exact and
 * overlapping spans) and resolution (accuracy within 161 km, mean and median error), end to end through the whole
 * pipeline and given the gold toponyms. Intervals are bootstraps over documents.
 */
public final class GeoEvaluator implements Evaluator {

    /** Full LGL, each system with its own NER (Gritta et al. 2018, "What's missing in geographical parsing?"). */
    static final String GRITTA = "Gritta, Pilehvar, Limsopatham & Collier, LRE 52 (2018), full LGL";
    static final List<Published> LGL_F1 = List.of(
            new Published("Edinburgh Geoparser", "f1", 0.62, GRITTA), new Published("CLAVIN", "f1", 0.57, GRITTA),
            new Published("Yahoo! PlaceSpotter", "f1", 0.59, GRITTA), new Published("GeoTxt", "f1", 0.68, GRITTA),
            new Published("Topocluster", "f1", 0.71, GRITTA), new Published("Palladian (ML)", "f1", 0.66, GRITTA));
    static final List<Published> LGL_ACC = List.of(
            new Published("Edinburgh Geoparser", "acc@161km", 0.76, GRITTA), new Published("CLAVIN", "acc@161km", 0.71, GRITTA),
            new Published("Yahoo! PlaceSpotter", "acc@161km", 0.72, GRITTA), new Published("GeoTxt", "acc@161km", 0.68, GRITTA),
            new Published("Topocluster", "acc@161km", 0.63, GRITTA), new Published("Palladian (ML)", "acc@161km", 0.78, GRITTA));

    private final Path dir;
    private final List<String> corpora;
    private final boolean endToEnd;
    private final int limit;
    private final Path errors;

    /**
     * @param corpora  which corpora under dir to score (null: all found)
     * @param endToEnd also run the whole pipeline (slow: NER), not only the resolution of gold toponyms
     * @param limit    at most this many documents per corpus, 0 for all
     * @param errors   file for every miss, spurious toponym and wrong resolution, or null
     */
    public GeoEvaluator(Path dir, List<String> corpora, boolean endToEnd, int limit, Path errors) {
        this.dir = dir;
        this.corpora = corpora == null ? GeoCorpus.available(dir) : List.copyOf(corpora);
        this.endToEnd = endToEnd;
        this.limit = limit;
        this.errors = errors;
    }

    /** The evaluator for {@code eval all}: every geoparsing corpus under root/geoparsing. */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path dir = root.resolve("geoparsing");
        if (!Files.isDirectory(dir) || GeoCorpus.available(dir).isEmpty()) return Optional.empty();
        return Optional.of(new GeoEvaluator(dir, null, true, 0, null));
    }

    @Override
    public String name() { return "geo"; }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String command = "./sitrep eval geo --corpus " + NerEvaluator.display(dir);
        try (PrintStream err = errors == null ? null : new PrintStream(Files.newOutputStream(errors), true, "UTF-8")) {
            for (String c : corpora) {
                List<GeoCorpus.Doc> docs = GeoEval.read(dir, c, limit);
                String dataset = name(c) + (c.equals("geovirus") ? " (all)" : " (shared half)");
                out.printf(Locale.ROOT, "== geo: %s, %d documents%n", dataset, docs.size());
                Map<String, Object> j = new LinkedHashMap<>();
                long t0 = System.nanoTime();
                GeoScore given = GeoEval.given(docs, err);
                GeoEval.print(out, c, "given", docs.size(), given, (System.nanoTime() - t0) / 1e9);
                Bootstrap.Interval givenCi = Bootstrap.interval(given.resolutionByDocument(), Counts::precision);
                j.put("given", resolutionJson(given, givenCi));
                rows.add(new Row("Toponym resolution given gold toponyms, accuracy within 161 km", dataset, "sitrep", "acc@161km",
                        given.accuracyWithin(GeoScore.KM_161), givenCi, given.located(), List.of(), command + " --only " + c + " --given-only",
                        String.format(Locale.ROOT, "same GeoNames id or 161 km %.3f; median error %.1f km", given.accuracySameEntryOrWithin161(), given.medianErrorKm())
                                + (Double.isNaN(given.gazetteerCoverage()) ? "" : String.format(Locale.ROOT, "; gold entries in the gazetteer %.3f", given.gazetteerCoverage()))
                                + String.format(Locale.ROOT, "; a candidate within 161 km %.3f", given.reachable())));
                if (endToEnd) {
                    t0 = System.nanoTime();
                    GeoScore[] e2e = GeoEval.endToEnd(docs, context.analyzer(), err);
                    double seconds = (System.nanoTime() - t0) / 1e9;
                    GeoEval.print(out, c, "end-to-end", docs.size(), e2e[0], seconds);
                    GeoEval.print(out, c, "no-nation", docs.size(), e2e[1], seconds);
                    for (int k = 0; k < 2; k++) {
                        GeoScore s = e2e[k];
                        Bootstrap.Interval f1Exact = Bootstrap.interval(s.recognitionByDocument(true), Counts::f1);
                        Bootstrap.Interval acc = Bootstrap.interval(s.resolutionByDocument(), Counts::precision);
                        Map<String, Object> e = new LinkedHashMap<>(Fmt.json(s.recognition(true)));
                        e.put("f1_ci95", Fmt.json(f1Exact));
                        e.put("overlap", Fmt.json(s.recognition(false)));
                        e.putAll(resolutionJson(s, acc));
                        e.put("seconds", Fmt.round(seconds));
                        j.put(k == 0 ? "end_to_end" : "end_to_end_without_nationality_words", e);
                        String variant = k == 0 ? "sitrep" : "sitrep (nationality words not scored)";
                        boolean lgl = c.equals("lgl") && k == 0;
                        rows.add(new Row("Toponym recognition end to end, F1 (exact span)", dataset, variant, "f1", s.f1(true), f1Exact,
                                s.gold(), lgl ? LGL_F1 : List.of(), command + " --only " + c,
                                String.format(Locale.ROOT, "P %.3f R %.3f; overlap F1 %.3f", s.precision(true), s.recall(true), s.f1(false))));
                        rows.add(new Row("Geoparsing end to end, accuracy within 161 km of recognised toponyms", dataset, variant, "acc@161km",
                                s.accuracyWithin(GeoScore.KM_161), acc, s.located(), lgl ? LGL_ACC : List.of(), command + " --only " + c,
                                String.format(Locale.ROOT, "same GeoNames id or 161 km %.3f; mean %.0f km, median %.1f km",
                                        s.accuracySameEntryOrWithin161(), s.meanErrorKm(), s.medianErrorKm())));
                    }
                }
                json.put(c, j);
            }
        }
        return new Outcome(name(), json, rows);
    }

    private static Map<String, Object> resolutionJson(GeoScore s, Bootstrap.Interval ci) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("acc_161km", Fmt.round(s.accuracyWithin(GeoScore.KM_161)));
        j.put("acc_161km_ci95", Fmt.json(ci));
        j.put("acc_same_id_or_161km", Fmt.round(s.accuracySameEntryOrWithin161()));
        j.put("mean_error_km", Fmt.round(s.meanErrorKm()));
        j.put("median_error_km", Fmt.round(s.medianErrorKm()));
        j.put("located", s.located());
        j.put("unresolved", s.unresolved());
        if (!Double.isNaN(s.reachable())) j.put("candidate_within_161km", Fmt.round(s.reachable()));
        return j;
    }

    private static String name(String corpus) {
        return switch (corpus) {
            case "lgl" -> "LGL";
            case "tr-news" -> "TR-News";
            case "geowebnews" -> "GeoWebNews (literal toponyms)";
            default -> "GeoVirus";
        };
    }
}

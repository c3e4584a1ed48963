package org.sitrep.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.sitrep.ingest.ContentHash;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Reading;

/**
 * Scores sitrep's events against the PLOVER gold records. Each record's sentence is analysed alone; sitrep's
 * <em>main</em> event is its first event in the sentence (no look at the gold markup). The gold records use the 2016
 * PLOVER types, sitrep the 2021 table, so {@link #goldVersionType} maps sitrep's event onto the older names (a
 * version crosswalk, the same for every record): REQUEST → DEMAND, ACCUSE/investigate → INVESTIGATE, other ACCUSE →
 * DISAPPROVE, conventional military force (all of CAMEO 19x) → FIGHT, sanctions (163) → SANCTION, property destruction
 * (1712) → COERCE; and, as CAMEO and the gold code expressed intent, a planned cooperative event is AGREE and a
 * planned, threatened or conditional hostile one THREATEN.
 */
public final class EventScoring {

    public static final String NONE = "(none)";
    private static final Set<String> COOPERATIVE = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT");
    private static final Set<String> HOSTILE = Set.of("ASSAULT", "FIGHT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE", "REJECT", "DEMAND",
            "DISAPPROVE", "INVESTIGATE");

    /**
     * One record: the gold type, sitrep's (in the gold's version, or NONE), and whether its actors match.
     *
     * @param sourceHit null when the gold has no source actor; else whether sitrep's source matches one of them
     */
    public record Row(String recordId, String gold, String predicted, Boolean sourceHit, Boolean targetHit, Event event, String text) {
        boolean correct() { return gold.equals(predicted); }
    }

    public record Result(List<Row> rows, double seconds) {}

    private EventScoring() {}

    public static Result run(List<PloverGold.Record> records, Function<Article, Reading> analyzer, boolean dated) {
        long t0 = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        for (PloverGold.Record r : records) {
            Article article = new Article(ContentHash.of(null, r.text()), r.id(), "txt", null, null, null, null, null, dated ? r.date() : null, "en",
                    r.text(), List.of());
            Reading reading = analyzer.apply(article);
            Event main = reading.events().stream().min(Comparator.comparingInt(e -> e.trigger().start())).orElse(null);
            String predicted = main == null ? NONE : goldVersionType(main);
            rows.add(new Row(r.id(), r.event(), predicted, actorHit(r, "source", main == null ? null : main.source()),
                    actorHit(r, "target", main == null ? null : main.target()), main, r.text()));
        }
        return new Result(rows, (System.nanoTime() - t0) / 1e9);
    }

    /** sitrep's event under the gold's (2016) PLOVER names; see the class comment. */
    public static String goldVersionType(Event e) {
        String type = e.plover();
        String cameo = e.cameo() == null ? "" : e.cameo();
        if (type.equals("REQUEST")) type = "DEMAND";
        else if (type.equals("ACCUSE")) type = "investigate".equals(e.mode()) ? "INVESTIGATE" : "DISAPPROVE";
        else if (cameo.startsWith("19")) type = "FIGHT"; // all of CAMEO 19, including 191/192 that the 2021 table moved to COERCE
        else if (cameo.equals("163")) type = "SANCTION";
        else if (cameo.equals("1712")) type = "COERCE";
        // a threatened, or conditional ("may halt … if"), hostile act is a threat in CAMEO's coding
        if ((e.modality().equals("threatened") || e.modality().equals("hypothetical")) && HOSTILE.contains(type) && !type.equals("DEMAND")) return "THREATEN";
        if (e.modality().equals("planned")) {
            if (COOPERATIVE.contains(type)) return "AGREE";
            if (HOSTILE.contains(type) && !type.equals("DEMAND") && !type.equals("REJECT")) return "THREATEN";
        }
        return type;
    }

    /** A gold actor matches when sitrep's argument overlaps its text, or carries its country (or IGO …) root. */
    static Boolean actorHit(PloverGold.Record r, String role, Event.Argument a) {
        List<PloverGold.Actor> gold = r.actors().stream().filter(x -> x.role().equals(role)).toList();
        if (gold.isEmpty()) return null;
        if (a == null) return false;
        for (PloverGold.Actor g : gold) {
            int at = r.text().indexOf(g.text().strip());
            if (at >= 0 && !g.text().isBlank() && a.start() < at + g.text().strip().length() && at < a.end()) return true;
            if (a.code() != null && a.code().toUpperCase(Locale.ROOT).startsWith(g.root())) return true;
        }
        return false;
    }

    /** Per-class precision/recall/F1 over the gold classes (predictions of other classes count against precision). */
    public static Map<String, Counts> perClass(List<String> gold, List<String> predicted) {
        Map<String, Counts> out = new LinkedHashMap<>();
        for (String c : new TreeSet<>(gold)) {
            long tp = 0, p = 0, g = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean isGold = gold.get(i).equals(c), isPred = predicted.get(i).equals(c);
                if (isGold) g++;
                if (isPred) p++;
                if (isGold && isPred) tp++;
            }
            out.put(c, new Counts(tp, p, g));
        }
        return out;
    }

    public static double macroF1(Map<String, Counts> perClass) {
        return perClass.values().stream().mapToDouble(Counts::f1).average().orElse(0);
    }

    /** F1 of each gold class weighted by its support, as the CASE 2021 shared task scores. */
    public static double weightedF1(Map<String, Counts> perClass) {
        long n = perClass.values().stream().mapToLong(Counts::gold).sum();
        return n == 0 ? 0 : perClass.values().stream().mapToDouble(c -> c.f1() * c.gold()).sum() / n;
    }

    /** Percentile bootstrap (Bootstrap's seed and sample count) of a label metric such as macro or weighted F1, over records. */
    public static Bootstrap.Interval interval(List<String> gold, List<String> predicted, java.util.function.ToDoubleFunction<Map<String, Counts>> metric) {
        int n = gold.size();
        if (n == 0) return new Bootstrap.Interval(0, 0);
        java.util.SplittableRandom random = new java.util.SplittableRandom(Bootstrap.SEED);
        double[] values = new double[Bootstrap.SAMPLES];
        for (int s = 0; s < values.length; s++) {
            List<String> g = new ArrayList<>(n), p = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                g.add(gold.get(k));
                p.add(predicted.get(k));
            }
            values[s] = metric.applyAsDouble(perClass(g, p));
        }
        java.util.Arrays.sort(values);
        return new Bootstrap.Interval(values[(int) Math.floor(0.025 * (values.length - 1))], values[(int) Math.ceil(0.975 * (values.length - 1))]);
    }

    /** gold → predicted → count, for the confusion matrix. */
    public static Map<String, Map<String, Integer>> confusion(List<String> gold, List<String> predicted) {
        Map<String, Map<String, Integer>> m = new java.util.TreeMap<>();
        for (int i = 0; i < gold.size(); i++) m.computeIfAbsent(gold.get(i), k -> new java.util.TreeMap<>()).merge(predicted.get(i), 1, Integer::sum);
        return m;
    }
}

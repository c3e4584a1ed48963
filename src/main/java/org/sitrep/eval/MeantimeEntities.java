package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Named entity mentions of MEANTIME (English Wikinews). Scored: mentions with syntactic type NAM whose entity is
 * PER, ORG or LOC (same names in both schemes). MEANTIME's PRO (products), FIN (financial) and MIX have no CoNLL
 * counterpart, so gold mentions of those types are not scored and a system PER/ORG/LOC mention overlapping one is
 * dropped rather than counted wrong ("Airbus A380" is a PRO; "Airbus" inside it is not an error). System MISC
 * mentions are not scored either. Typed exact-span and typed overlap matching, one-to-one.
 */
final class MeantimeEntities {

    static final Set<String> SCORED = Set.of("PER", "ORG", "LOC");

    /** Scores as JSON (precision, recall, f1 of sitrep at top level) and table rows. */
    record Scored(Map<String, Object> json, List<Row> rows) {}

    private final Path dir;

    MeantimeEntities(Path dir) { this.dir = dir; }

    Scored run(EvalContext context, boolean baseline, PrintStream out) throws IOException {
        List<MeantimeReader.Doc> docs = MeantimeReader.readAll(dir);
        long tokens = docs.stream().mapToInt(MeantimeReader.Doc::tokens).sum();
        out.printf(Locale.ROOT, "%n== ner: MEANTIME English (%d documents, %d tokens), NAM mentions of PER/ORG/LOC%n", docs.size(), tokens);
        List<NerSystems.NerSystem> systems = new ArrayList<>();
        systems.add(NerSystems.sitrep(context.analyzer()));
        if (baseline) systems.add(NerSystems.plainCoreNlp(context.plainCoreNlp()));
        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        for (NerSystems.NerSystem system : systems) {
            Counts exact = Counts.ZERO, overlap = Counts.ZERO;
            List<Counts> perDoc = new ArrayList<>();
            Map<String, Counts> byType = new java.util.TreeMap<>();
            for (MeantimeReader.Doc d : docs) {
                TokenText tt = TokenText.of(d.words());
                List<Spans.Item> gold = new ArrayList<>(), unscored = new ArrayList<>();
                for (MeantimeReader.Mention m : d.mentions()) {
                    if (!m.syntactic().equals("NAM")) continue;
                    (SCORED.contains(m.type()) ? gold : unscored).add(new Spans.Item(m.start(), m.end(), m.type()));
                }
                List<Spans.Item> sys = new ArrayList<>();
                for (Spans.Item m : system.mentions("meantime-" + d.name(), tt.text())) {
                    if (!SCORED.contains(m.label())) continue;
                    int[] range = tt.tokenRange(m.start(), m.end());
                    if (range == null) continue;
                    Spans.Item item = new Spans.Item(range[0], range[1], m.label());
                    boolean onUnscored = unscored.stream().anyMatch(u -> u.start() < item.end() && item.start() < u.end());
                    if (!onUnscored) sys.add(item);
                }
                Counts e = Spans.match(gold, sys, Spans.Mode.EXACT, true).spans();
                exact = exact.plus(e);
                perDoc.add(e);
                overlap = overlap.plus(Spans.match(gold, sys, Spans.Mode.OVERLAP, true).spans());
                Spans.byLabel(gold, sys, Spans.Mode.EXACT).forEach((k, v) -> byType.merge(k, v, Counts::plus));
            }
            Bootstrap.Interval ci = Bootstrap.interval(perDoc, Counts::f1);
            out.printf(Locale.ROOT, "-- %s exact:   %s; F1 95%% interval %s%n", system.name(), Fmt.prf(exact), Fmt.ci(ci));
            out.printf(Locale.ROOT, "   %s overlap: %s%n", system.name(), Fmt.prf(overlap));
            byType.forEach((type, c) -> out.printf(Locale.ROOT, "   %-5s %s%n", type, Fmt.prf(c)));
            Map<String, Object> j = Fmt.json(exact);
            j.put("f1_ci95", Fmt.json(ci));
            j.put("overlap", Fmt.json(overlap));
            Map<String, Object> types = new java.util.TreeMap<>();
            byType.forEach((k, v) -> types.put(k, Fmt.json(v)));
            j.put("by_type", types);
            j.put("n", exact.gold());
            if (systems.indexOf(system) == 0) json.putAll(j);
            else json.put(system.name().replace('-', '_'), j);
            rows.add(new Row("NER (PER/ORG/LOC named mentions), typed exact-span micro F1", "MEANTIME English (airbus, apple, gm; 90 docs)",
                    system.name(), "f1", exact.f1(), ci, exact.gold(), List.of(),
                    "./sitrep eval ner --conll <test.txt> --meantime " + NerEvaluator.display(dir), "no published figure for this subset"));
        }
        json.put("mapping", "MEANTIME NAM mentions of PER/ORG/LOC scored; PRO/FIN/MIX unscored (overlapping system mentions dropped); system MISC unscored");
        return new Scored(json, rows);
    }
}

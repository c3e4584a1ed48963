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
 * Named entity mentions of MEANTIME (English Wikinews). Scored: mentions with syntactic type NAM or PRE.NAM whose
 * entity is PER, ORG or LOC (same names in both schemes), in the sentences MEANTIME annotates (title and the first
 * sentences; the rest of each article carries no annotation). MEANTIME's mentions are whole noun phrases ("U.S.
 * automaker Chrysler", "the United States"), so the headline match is a system name of the right type inside the
 * gold phrase; exact spans are reported too. PRO (products), FIN (financial) and MIX have no CoNLL counterpart:
 * their gold mentions are not scored and a system mention overlapping one is dropped rather than counted wrong
 * ("Airbus" inside the product "Airbus A380" is not an error). System MISC is not scored. One-to-one, typed.
 */
final class MeantimeEntities {

    static final Set<String> SCORED = Set.of("PER", "ORG", "LOC");

    /** Scores as JSON (precision, recall, f1 of sitrep at top level) and table rows. */
    record Scored(Map<String, Object> json, List<Row> rows) {}

    private final Path dir;
    private final String command;

    /** @param command the command line that reproduces this score */
    MeantimeEntities(Path dir, String command) {
        this.dir = dir;
        this.command = command;
    }

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
            Counts exact = Counts.ZERO, inside = Counts.ZERO;
            List<Counts> perDoc = new ArrayList<>();
            Map<String, Counts> byType = new java.util.TreeMap<>();
            for (MeantimeReader.Doc d : docs) {
                TokenText tt = TokenText.of(d.words());
                List<Spans.Item> gold = new ArrayList<>(), unscored = new ArrayList<>();
                for (MeantimeReader.Mention m : d.mentions()) {
                    if (m.start() >= d.annotatedTokens()) continue;
                    Spans.Item item = new Spans.Item(m.start(), m.end(), m.type());
                    boolean name = m.syntactic().equals("NAM") || m.syntactic().equals("PRE.NAM");
                    if (name && SCORED.contains(m.type())) gold.add(item);
                    else if (!SCORED.contains(m.type())) unscored.add(item);
                }
                List<Spans.Item> sys = new ArrayList<>();
                for (Spans.Item m : system.mentions("meantime-" + d.name(), tt.text())) {
                    if (!SCORED.contains(m.label())) continue;
                    int[] range = tt.tokenRange(m.start(), m.end());
                    if (range == null || range[0] >= d.annotatedTokens()) continue;
                    Spans.Item item = new Spans.Item(range[0], range[1], m.label());
                    boolean onUnscored = unscored.stream().anyMatch(u -> u.start() < item.end() && item.start() < u.end());
                    if (!onUnscored) sys.add(item);
                }
                Counts in = Spans.match(gold, sys, Spans.Mode.INSIDE, true).spans();
                inside = inside.plus(in);
                perDoc.add(in);
                exact = exact.plus(Spans.match(gold, sys, Spans.Mode.EXACT, true).spans());
                Spans.byLabel(gold, sys, Spans.Mode.INSIDE).forEach((k, v) -> byType.merge(k, v, Counts::plus));
            }
            Bootstrap.Interval ci = Bootstrap.interval(perDoc, Counts::f1);
            out.printf(Locale.ROOT, "-- %s name inside gold phrase: %s; F1 95%% interval %s%n", system.name(), Fmt.prf(inside), Fmt.ci(ci));
            out.printf(Locale.ROOT, "   %s exact span:               %s%n", system.name(), Fmt.prf(exact));
            byType.forEach((type, c) -> out.printf(Locale.ROOT, "   %-5s %s%n", type, Fmt.prf(c)));
            Map<String, Object> j = Fmt.json(inside);
            j.put("f1_ci95", Fmt.json(ci));
            j.put("exact", Fmt.json(exact));
            Map<String, Object> types = new java.util.TreeMap<>();
            byType.forEach((k, v) -> types.put(k, Fmt.json(v)));
            j.put("by_type", types);
            j.put("n", inside.gold());
            if (systems.indexOf(system) == 0) json.putAll(j);
            else json.put(system.name().replace('-', '_'), j);
            rows.add(new Row("NER (PER/ORG/LOC named mentions), typed micro F1, system name inside gold phrase",
                    "MEANTIME English (airbus, apple, gm; 90 docs; annotated sentences)",
                    system.name(), "f1", inside.f1(), ci, inside.gold(), List.of(),
                    command, String.format(Locale.ROOT, "exact-span F1 %.3f; no published figure for this subset", exact.f1())));
        }
        json.put("mapping", "MEANTIME NAM/PRE.NAM mentions of PER/ORG/LOC in annotated sentences; system name inside gold phrase counts; "
                + "PRO/FIN/MIX unscored (overlapping system mentions dropped); system MISC unscored");
        return new Scored(json, rows);
    }
}

package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * CoNLL-2003 entity-level NER, scored as conlleval scores it, for sitrep and CoreNLP's default pipeline in the same
 * run; optionally MEANTIME entity mentions too ({@link MeantimeEntities}).
 */
public final class NerEvaluator implements Evaluator {

    static final List<Published> PUBLISHED = List.of(
            new Published("Stanford CRF (Finkel et al. 2005)", "f1", 0.8686, "Finkel, Grenager & Manning, ACL 2005; figure as recalled in PROVENANCE.md, to verify"),
            new Published("Florian et al. 2003 (best shared-task system)", "f1", 0.8876, "Tjong Kim Sang & De Meulder, CoNLL 2003"),
            new Published("LUKE-large", "f1", 0.943, "Yamada et al., EMNLP 2020"),
            new Published("ACE + document context", "f1", 0.946, "Wang et al., ACL 2021"));

    private final Path conll;
    private final Path meantime;
    private final boolean baseline;

    /** @param meantime MEANTIME folder, or null to skip it; @param baseline also run CoreNLP's default pipeline */
    public NerEvaluator(Path conll, Path meantime, boolean baseline) {
        this.conll = conll;
        this.meantime = meantime;
        this.baseline = baseline;
    }

    /** The evaluator for {@code eval all}: CoNLL-2003 test (and MEANTIME when present) under the data root. */
    public static Optional<Evaluator> fromDataRoot(Path root) {
        Path test = root.resolve("conll2003/test.txt");
        Path mt = root.resolve("meantime-en/intra-doc_annotation");
        if (!Files.isRegularFile(test)) return Optional.empty();
        return Optional.of(new NerEvaluator(test, Files.isDirectory(mt) ? mt : null, true));
    }

    @Override
    public String name() { return "ner"; }

    /** Scores of one system on CoNLL: conlleval result, per-document counts (for the interval), speed. */
    record SystemRun(String system, Conlleval.Result result, List<Counts> perDoc, long tokens, double seconds,
                     double cpuSeconds, List<List<String>> guess) {
        double tokensPerSecond() { return seconds == 0 ? 0 : tokens / seconds; }

        /** Throughput per second of the evaluating thread's CPU time: stable when other processes share the machine. */
        double tokensPerCpuSecond() { return cpuSeconds <= 0 ? 0 : tokens / cpuSeconds; }
    }

    @Override
    public Outcome run(EvalContext context, PrintStream out) throws IOException {
        List<ConllReader.Doc> docs = ConllReader.read(conll);
        List<List<String>> gold = new ArrayList<>();
        docs.forEach(d -> gold.addAll(d.tags()));
        out.printf(Locale.ROOT, "== ner: CoNLL-2003 %s (%d documents, %d sentences, %d tokens)%n", conll.getFileName(), docs.size(),
                gold.size(), docs.stream().mapToInt(ConllReader.Doc::tokens).sum());
        List<SystemRun> runs = new ArrayList<>();
        runs.add(runConll(NerSystems.sitrep(context.analyzer()), docs));
        if (baseline) runs.add(runConll(NerSystems.plainCoreNlp(context.plainCoreNlp()), docs));

        Map<String, Object> json = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        String command = "./sitrep eval ner --conll " + display(conll);
        for (SystemRun r : runs) {
            Bootstrap.Interval ci = Bootstrap.interval(r.perDoc(), Counts::f1);
            out.printf(Locale.ROOT, "%n-- %s: %s%n   F1 95%% interval %s; %d tokens in %.1f s = %.0f tokens/s (%.1f CPU s = %.0f tokens/CPU-s)%n",
                    r.system(), Fmt.prf(r.result().overall()), Fmt.ci(ci), r.tokens(), r.seconds(), r.tokensPerSecond(), r.cpuSeconds(),
                    r.tokensPerCpuSecond());
            r.result().byType().forEach((type, c) -> out.printf(Locale.ROOT, "   %-5s %s%n", type, Fmt.prf(c)));
            Map<String, Object> j = Fmt.json(r.result().overall());
            j.put("f1_ci95", Fmt.json(ci));
            j.put("tag_accuracy", Fmt.round(r.result().accuracy()));
            j.put("tokens_per_second", Math.round(r.tokensPerSecond()));
            j.put("tokens_per_cpu_second", Math.round(r.tokensPerCpuSecond()));
            j.put("seconds", Fmt.round(r.seconds()));
            j.put("cpu_seconds", Fmt.round(r.cpuSeconds()));
            Map<String, Object> byType = new TreeMap<>();
            r.result().byType().forEach((type, c) -> byType.put(type, Fmt.json(c)));
            j.put("by_type", byType);
            if (r == runs.get(0)) {
                json.putAll(j);
                json.put("n", r.result().overall().gold());
            } else {
                json.put(r.system().replace('-', '_'), j);
            }
            rows.add(new Row("NER (PER/LOC/ORG/MISC), entity-level micro F1, conlleval", "CoNLL-2003 English, test (eng.testb)",
                    r.system(), "f1", r.result().overall().f1(), ci, r.result().overall().gold(), r == runs.get(0) ? PUBLISHED : List.of(),
                    command, String.format(Locale.ROOT, "%.0f tokens/CPU-s, %.0f tokens/s wall", r.tokensPerCpuSecond(), r.tokensPerSecond())));
        }
        errors(runs.get(0), docs, gold, out);
        json.put("mapping", "sitrep PERSON->PER, ORGANIZATION->ORG, GPE/LOCATION->LOC, NORP/MISC->MISC; "
                + "CoreNLP COUNTRY/CITY/STATE_OR_PROVINCE/LOCATION->LOC, NATIONALITY/RELIGION/IDEOLOGY/MISC->MISC");
        if (meantime != null) {
            MeantimeEntities.Scored m = new MeantimeEntities(meantime, command + " --meantime " + display(meantime)).run(context, baseline, out);
            json.put("meantime", m.json());
            rows.addAll(m.rows());
        }
        return new Outcome(name(), json, rows);
    }

    private static SystemRun runConll(NerSystems.NerSystem system, List<ConllReader.Doc> docs) {
        List<List<String>> guess = new ArrayList<>();
        List<Counts> perDoc = new ArrayList<>();
        long tokens = 0, nanos = 0, cpu = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (ConllReader.Doc d : docs) {
            TokenText tt = TokenText.of(d.words());
            long t0 = System.nanoTime(), c0 = threads.getCurrentThreadCpuTime();
            List<Spans.Item> mentions = system.mentions("conll-" + d.index(), tt.text());
            nanos += System.nanoTime() - t0;
            cpu += threads.getCurrentThreadCpuTime() - c0;
            List<List<String>> tags = tt.tags(mentions);
            guess.addAll(tags);
            perDoc.add(Conlleval.score(d.tags(), tags).overall());
            tokens += d.tokens();
        }
        List<List<String>> gold = new ArrayList<>();
        docs.forEach(d -> gold.addAll(d.tags()));
        return new SystemRun(system.name(), Conlleval.score(gold, guess), perDoc, tokens, nanos / 1e9, cpu / 1e9, guess);
    }

    /** Error classes (wrong type, wrong boundary, missed, spurious) and the sentences with the most errors. */
    private static void errors(SystemRun run, List<ConllReader.Doc> docs, List<List<String>> gold, PrintStream out) {
        Map<String, Integer> classes = new TreeMap<>();
        Map<String, Integer> confusions = new TreeMap<>();
        Map<String, Integer> missedWords = new HashMap<>(), spuriousWords = new HashMap<>();
        record Bad(int sentence, int errors) {}
        List<Bad> bad = new ArrayList<>();
        List<List<String>> words = new ArrayList<>();
        docs.forEach(d -> words.addAll(d.words()));
        for (int s = 0; s < gold.size(); s++) {
            List<Conlleval.Chunk> g = Conlleval.chunks(gold.get(s), 0), p = Conlleval.chunks(run.guess().get(s), 0);
            int errors = 0;
            for (Conlleval.Chunk c : g) {
                if (p.contains(c)) continue;
                errors++;
                Optional<Conlleval.Chunk> sameSpan = p.stream().filter(x -> x.start() == c.start() && x.end() == c.end()).findFirst();
                boolean overlap = p.stream().anyMatch(x -> x.start() < c.end() && c.start() < x.end());
                if (sameSpan.isPresent()) {
                    classes.merge("wrong type", 1, Integer::sum);
                    confusions.merge(c.type() + " tagged " + sameSpan.get().type(), 1, Integer::sum);
                } else if (overlap) {
                    classes.merge("wrong boundary", 1, Integer::sum);
                } else {
                    classes.merge("missed (" + c.type() + ")", 1, Integer::sum);
                    missedWords.merge(String.join(" ", words.get(s).subList(c.start(), c.end())) + " " + c.type(), 1, Integer::sum);
                }
            }
            for (Conlleval.Chunk c : p) {
                if (g.contains(c) || g.stream().anyMatch(x -> x.start() < c.end() && c.start() < x.end())) continue;
                errors++;
                classes.merge("spurious (" + c.type() + ")", 1, Integer::sum);
                spuriousWords.merge(String.join(" ", words.get(s).subList(c.start(), c.end())) + " " + c.type(), 1, Integer::sum);
            }
            if (errors > 0) bad.add(new Bad(s, errors));
        }
        out.printf("%n   sitrep errors by class (gold chunks not found exactly; spurious = no overlapping gold chunk):%n");
        classes.forEach((k, v) -> out.printf("     %-22s %5d%n", k, v));
        out.printf("   type confusions: %s%n", top(confusions, 8));
        out.printf("   most missed: %s%n", top(missedWords, 10));
        out.printf("   most spurious: %s%n", top(spuriousWords, 10));
        bad.sort(Comparator.comparingInt(Bad::errors).reversed());
        out.printf("   worst sentences (gold | sitrep):%n");
        for (Bad b : bad.subList(0, Math.min(3, bad.size()))) {
            out.printf("     %s%n       gold:   %s%n       sitrep: %s%n", String.join(" ", words.get(b.sentence())),
                    show(words.get(b.sentence()), gold.get(b.sentence())), show(words.get(b.sentence()), run.guess().get(b.sentence())));
        }
    }

    static String top(Map<String, Integer> counts, int k) {
        StringBuilder sb = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(k)
                .forEach(e -> sb.append(sb.isEmpty() ? "" : "; ").append(e.getKey()).append(" ×").append(e.getValue()));
        return sb.isEmpty() ? "-" : sb.toString();
    }

    private static String show(List<String> words, List<String> tags) {
        StringBuilder sb = new StringBuilder();
        for (Conlleval.Chunk c : Conlleval.chunks(tags, 0)) {
            sb.append(sb.isEmpty() ? "" : ", ").append(String.join(" ", words.subList(c.start(), c.end()))).append('/').append(c.type());
        }
        return sb.isEmpty() ? "-" : sb.toString();
    }

    /** Paths in reproduction commands are shown relative to the working directory when they are below it. */
    static String display(Path p) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = p.toAbsolutePath().normalize();
        try {
            return cwd.relativize(abs).toString();
        } catch (IllegalArgumentException e) {
            return abs.toString();
        }
    }
}

package org.sitrep.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval quotes}: quotation attribution on PolNeAR, sitrep beside CoreNLP's quote attribution. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Score quotation attribution (source, cue and content spans; direct-quote speakers) on a PolNeAR "
                + "compartment (a folder with text/ and attributions/, e.g. polnear/dev), with CoreNLP's own quote "
                + "attribution on the same articles as the baseline.")
public final class QuotesEvalCommand implements Callable<Integer> {

    @Option(names = "--polnear", paramLabel = "DIR", required = true, description = "PolNeAR compartment folder (text/ + attributions/).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON object instead of the text report.")
    boolean json;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's quote attribution (it loads depparse and coref: slow, about 2 GB).")
    boolean noBaseline;

    @Option(names = "--limit", paramLabel = "N", description = "Score only the first N articles (name order). Default: all.")
    Integer limit;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            System.err.println("sitrep eval quotes: " + dir + " has no text/ and attributions/ folders");
            return 2;
        }
        List<PolnearReader.Doc> docs = PolnearReader.read(dir);
        if (limit != null) docs = docs.subList(0, Math.min(limit, docs.size()));
        List<QuotesEvaluator.SystemResult> results = new ArrayList<>();
        results.add(QuotesEvaluator.run("sitrep", docs, QuotesEvaluator.sitrep()));
        if (!noBaseline) results.add(QuotesEvaluator.run("CoreNLP quote", docs, QuotesEvaluator.coreNlp()));
        System.out.println(json ? json(dir, results) : QuotesEvaluator.text(dir, results));
        return 0;
    }

    static String json(Path dir, List<QuotesEvaluator.SystemResult> results) throws Exception {
        ObjectMapper om = new ObjectMapper();
        ObjectNode o = om.createObjectNode();
        o.put("benchmark", "polnear");
        o.put("compartment", String.valueOf(dir.getFileName()));
        ArrayNode systems = o.putArray("systems");
        for (QuotesEvaluator.SystemResult r : results) {
            ObjectNode s = systems.addObject();
            s.put("system", r.system());
            s.put("articles", r.articles());
            s.put("failed", r.failed());
            s.put("seconds", r.seconds());
            QuoteScore.Score sc = r.score();
            put(s, "source_exact", sc.sourceExact());
            put(s, "source_overlap", sc.sourceOverlap());
            put(s, "cue_exact", sc.cueExact());
            put(s, "cue_overlap", sc.cueOverlap());
            put(s, "content_exact", sc.contentExact());
            put(s, "content_overlap", sc.contentOverlap());
            s.put("direct_speaker_accuracy", sc.directAccuracy());
            s.put("direct_quotes", sc.directTotal());
            s.put("spurious", sc.spurious());
            ObjectNode e = s.putObject("gold_by_outcome");
            sc.errors().forEach(e::put);
        }
        return om.writeValueAsString(o);
    }

    private static void put(ObjectNode s, String name, QuoteScore.Counts c) {
        ObjectNode n = s.putObject(name);
        n.put("precision", c.precision());
        n.put("recall", c.recall());
        n.put("f1", c.f1());
        n.put("tp", c.tp());
        n.put("system", c.sys());
        n.put("gold", c.gold());
    }
}

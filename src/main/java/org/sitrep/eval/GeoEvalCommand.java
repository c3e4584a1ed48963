package org.sitrep.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.pipeline.Analyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep eval geo}: toponym recognition and resolution on LGL, TR-News, GeoWebNews and GeoVirus. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = "Score place recognition (P/R/F1, exact and overlapping spans) and resolution (accuracy within 161 km, "
                + "mean and median error) on the geoparsing corpora, end to end and given the gold toponyms.")
public final class GeoEvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, description = "folder holding lgl/, tr-news/, geowebnews/, geovirus/ (e.g. ../shared/data/geoparsing)")
    Path corpus;

    @Option(names = "--only", split = ",", description = "corpora to score: lgl, tr-news, geowebnews, geovirus (default: all found)")
    List<String> only;

    @Option(names = "--given-only", description = "score resolution of the gold toponyms only (fast: no NER)")
    boolean givenOnly;

    @Option(names = "--limit", description = "score at most this many documents per corpus (0: all)")
    int limit;

    @Option(names = "--errors", description = "write each miss, spurious toponym and wrong resolution to this file")
    Path errors;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus)) {
            System.err.println("sitrep eval geo: no such folder " + corpus);
            return 2;
        }
        List<String> corpora = only == null ? GeoCorpus.available(corpus) : only;
        if (corpora.isEmpty()) {
            System.err.println("sitrep eval geo: no geoparsing corpus under " + corpus);
            return 2;
        }
        PrintStream err = errors == null ? null : new PrintStream(Files.newOutputStream(errors), true, "UTF-8");
        Analyzer analyzer = givenOnly ? null : Analyzer.load();
        for (String c : corpora) {
            List<GeoCorpus.Doc> docs = GeoEval.read(corpus, c, limit);
            long t0 = System.nanoTime();
            GeoScore given = GeoEval.given(docs, err);
            GeoEval.print(System.out, c, "given", docs.size(), given, (System.nanoTime() - t0) / 1e9);
            if (analyzer != null) {
                t0 = System.nanoTime();
                GeoScore[] e2e = GeoEval.endToEnd(docs, analyzer, err);
                double seconds = (System.nanoTime() - t0) / 1e9;
                GeoEval.print(System.out, c, "end-to-end", docs.size(), e2e[0], seconds);
                GeoEval.print(System.out, c, "no-nation", docs.size(), e2e[1], seconds);
            }
        }
        if (err != null) err.close();
        return 0;
    }
}

package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval geo}: toponym recognition and resolution on LGL, TR-News, GeoWebNews and GeoVirus. */
@Command(name = "geo", mixinStandardHelpOptions = true,
        description = {"Score place recognition (P/R/F1, exact and overlapping spans) and resolution (accuracy within 161 km, "
                + "mean and median error) on the geoparsing corpora, end to end and given the gold toponyms.",
                "GeoWebNews: literal toponyms are gold (Literal, Mixed, Coercion, Literal_Modifier, Embedded_Literal); metonymic "
                + "and other non-literal ones are not scored either way. End-to-end accuracy is over recognised gold toponyms."})
public final class GeoEvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR",
            description = "Folder holding lgl/, tr-news/, geowebnews/, geovirus/ (e.g. ../shared/data/geoparsing).")
    Path corpus;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "Corpora to score: lgl, tr-news, geowebnews, geovirus (default: all found).")
    List<String> only;

    @Option(names = "--given-only", description = "Score resolution of the gold toponyms only (fast: no NER).")
    boolean givenOnly;

    @Option(names = "--limit", paramLabel = "N", description = "Score at most N documents per corpus (0: all).")
    int limit;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write each miss, spurious toponym and wrong resolution to FILE.")
    Path errors;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(corpus)) return EvalCommand.usage("no such folder " + corpus);
        List<String> corpora = only == null ? GeoCorpus.available(corpus) : only;
        if (corpora.isEmpty()) return EvalCommand.usage("no geoparsing corpus under " + corpus);
        for (String c : corpora) {
            if (!List.of("lgl", "tr-news", "geowebnews", "geovirus").contains(c)) return EvalCommand.usage("unknown corpus " + c);
            if (!Files.exists(GeoCorpus.file(corpus, c))) return EvalCommand.usage("no " + c + " under " + corpus);
        }
        return output.run(List.of(new GeoEvaluator(corpus, corpora, !givenOnly, limit, errors)), false, "sitrep eval geo");
    }
}

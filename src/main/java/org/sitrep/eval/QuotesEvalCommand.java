package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval quotes}. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = {"Quotation attribution on a PolNeAR compartment (a folder with text/ and attributions/, e.g. polnear/dev): "
                + "P/R/F1 of source, cue and content spans (exact and overlap), direct-quote speaker accuracy and an error "
                + "breakdown, for sitrep beside CoreNLP's own quote attribution (direct quotes only, no cue).",
                "Exact = the same span after trimming quotation marks and edge punctuation (PolNeAR's content keeps them); "
                + "overlap = one-to-one pairs sharing a character. Where an article has several annotators, the first file is used.",
                "Quotes are scored as the annotation guidelines' attributions: one per cue (a quote split by its cue, or "
                + "continued in the next paragraph, is one), outermost only (a report nested in another is not scored)."})
public final class QuotesEvalCommand implements Callable<Integer> {

    @Option(names = "--polnear", required = true, paramLabel = "DIR", description = "PolNeAR compartment folder (e.g. polnear/dev).")
    Path dir;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's quote attribution (depparse + coref: slow, about 2 GB).")
    boolean noBaseline;

    @Option(names = "--limit", paramLabel = "N", description = "Only the first N articles in name order (after --skip).")
    Integer limit;

    @Option(names = "--skip", paramLabel = "N", defaultValue = "0",
            description = "Leave out the first N articles in name order (e.g. those `sitrep train cues --limit N` learned from).")
    int skip;

    @Option(names = "--errors", paramLabel = "FILE", description = "Write each of sitrep's misses and wrong sources to FILE (tab-separated: article, outcome, gold cue, gold source, sitrep's source, content).")
    Path errors;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("text")) || !Files.isDirectory(dir.resolve("attributions"))) {
            return EvalCommand.usage("no PolNeAR text/ and attributions/ folders under " + dir);
        }
        if (limit != null && limit < 1) return EvalCommand.usage("--limit must be at least 1");
        if (skip < 0) return EvalCommand.usage("--skip must not be negative");
        return output.run(List.of(new QuotesEvaluator(dir, !noBaseline, skip, limit, errors)), false, "sitrep eval quotes");
    }
}

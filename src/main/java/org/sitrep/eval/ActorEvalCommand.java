package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval actors}. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = {"CAMEO actor codes on entities, scored against the source and target actors of the PLOVER gold-standard "
                + "records (JSON array, e.g. plover-gsr/PLOVER_GSR_CAMEO.shared.json); each record's sentence is analysed alone.",
                "A gold actor is aligned with the entities whose mentions overlap its text. country: one of them has the gold "
                + "root (first 3 letters: USA, IGO ...); full: its first 6 letters equal root + primary sector (a gold actor "
                + "without sector needs a bare country code). sentence_*: any entity of the sentence counts (lenient). "
                + "baseline_country: the sentence's first country code. Accuracy over gold actors; 95% bootstrap over records."})
public final class ActorEvalCommand implements Callable<Integer> {

    @Option(names = "--plover", paramLabel = "FILE", required = true, description = "PLOVER gold records (JSON array).")
    Path file;

    @Option(names = "--undated", description = "Analyse without the records' date (the shared records all carry the placeholder "
            + "2000-01-01), so countries and people take their undated default codes.")
    boolean undated;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "5",
            description = "Gold actors to list that were missed at country level, and as many found at country level but missed in full. "
                    + "Default: ${DEFAULT-VALUE}.")
    int misses;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) return EvalCommand.usage("no PLOVER records file at " + file);
        return output.run(List.of(new ActorEvaluator(file, !undated, misses)), false, "sitrep eval actors");
    }
}

package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval events}. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Event coding scored against the PLOVER gold-standard records (JSON array, e.g. "
                + "plover-gsr/PLOVER_GSR_CAMEO.shared.json): each record's sentence is analysed alone and sitrep's first event is "
                + "compared with the gold type (sitrep's 2021 PLOVER types mapped onto the gold's 2016 names), source and target.",
                "Reports type accuracy, coverage, macro F1, source/target/actor match and the confusion matrix. With --case, also the "
                + "CASE 2021 Task 2 snippets through a CAMEO→ACLED class mapping (weighted F1). 95%% bootstrap over records."})
public final class EventEvalCommand implements Callable<Integer> {

    @Option(names = "--plover", paramLabel = "FILE", required = true, description = "PLOVER gold records (JSON array).")
    Path file;

    @Option(names = "--case", paramLabel = "FILE", description = "CASE 2021 Task 2 labelled snippets (TSV: id, EventSnippet, SubType).")
    Path caseFile;

    @Option(names = "--undated", description = "Analyse without the records' date.")
    boolean undated;

    @Option(names = "--misses", paramLabel = "N", defaultValue = "10", description = "Wrong records to list. Default: ${DEFAULT-VALUE}.")
    int misses;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(file)) return EvalCommand.usage("no PLOVER records file at " + file);
        if (caseFile != null && !Files.isRegularFile(caseFile)) return EvalCommand.usage("no CASE 2021 file at " + caseFile);
        return output.run(List.of(new EventEvaluator(file, caseFile, !undated, misses)), false, "sitrep eval events");
    }
}

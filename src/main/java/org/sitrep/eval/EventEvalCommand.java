package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
                + "CASE 2021 Task 2 snippets through a CAMEO→ACLED class mapping (weighted F1). 95%% bootstrap over records.",
                "With --petrarch, the PETRARCH2 unit-test records (validation/PETR.UnitTest.records.xml), the event coder's development "
                + "set: CAMEO root and full-code accuracy, PLOVER type accuracy, coverage and actor match. At least one of --plover and "
                + "--petrarch is required."})
public final class EventEvalCommand implements Callable<Integer> {

    @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold records (JSON array).")
    Path file;

    @Option(names = "--petrarch", paramLabel = "FILE", description = "PETRARCH unit-test records (XML of <Sentence> records), the development set.")
    Path petrarch;

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
        if (file == null && petrarch == null) return EvalCommand.usage("events needs --plover FILE or --petrarch FILE (or both)");
        if (file != null && !Files.isRegularFile(file)) return EvalCommand.usage("no PLOVER records file at " + file);
        if (petrarch != null && !Files.isRegularFile(petrarch)) return EvalCommand.usage("no PETRARCH records file at " + petrarch);
        if (caseFile != null && file == null) return EvalCommand.usage("--case is scored with --plover");
        if (caseFile != null && !Files.isRegularFile(caseFile)) return EvalCommand.usage("no CASE 2021 file at " + caseFile);
        List<Evaluator> evaluators = new ArrayList<>();
        if (file != null) evaluators.add(new EventEvaluator(file, caseFile, !undated, misses));
        if (petrarch != null) evaluators.add(new PetrarchEvaluator(petrarch, !undated, misses));
        // one evaluator keeps the JSON shape the PLOVER run always had; both nest it by evaluator name
        return output.run(evaluators, evaluators.size() > 1, "sitrep eval events");
    }
}

package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval all}: every evaluator whose data is present under the data root. */
@Command(name = "all", mixinStandardHelpOptions = true,
        description = "Run every evaluator whose dataset is found under --data (conll2003/, meantime-en/, tempeval3/ …).")
public final class AllEvalCommand implements Callable<Integer> {

    /** One factory per task; each returns empty when its data is not under the root. Adding a task is one line. */
    static final List<Function<Path, Optional<Evaluator>>> EVALUATORS = List.of(
            NerEvaluator::fromDataRoot,
            TimeEvaluator::fromDataRoot,
            ExtractionTask::fromDataRoot,
            ActorEvaluator::fromDataRoot,
            QuotesEvaluator::fromDataRoot,
            GeoEvaluator::fromDataRoot,
            ClusterEvaluator::fromDataRoot,
            DedupEvaluator::fromDataRoot,
            EventEvaluator::fromDataRoot,
            PetrarchEvaluator::fromDataRoot
    );

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "Root of the evaluation data (e.g. ../shared/data).")
    Path data;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(data)) return EvalCommand.usage("no data folder at " + data);
        List<Evaluator> found = new ArrayList<>();
        for (Function<Path, Optional<Evaluator>> f : EVALUATORS) f.apply(data).ifPresent(found::add);
        if (found.isEmpty()) return EvalCommand.usage("no evaluation data found under " + data);
        String command = "sitrep eval all --data " + NerEvaluator.display(data) + (output.write == null ? "" : " --write " + output.write);
        return output.run(found, true, command);
    }
}

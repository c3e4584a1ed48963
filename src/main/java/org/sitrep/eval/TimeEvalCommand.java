package org.sitrep.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep eval time}. */
@Command(name = "time", mixinStandardHelpOptions = true,
        description = {"TempEval-3 style TIMEX3 scoring on TimeML (.tml) files: strict and relaxed span P/R/F1, type accuracy, "
                + "value F1 (relaxed F1 x value accuracy), each document read with its DCT as publication date."})
public final class TimeEvalCommand implements Callable<Integer> {

    @Option(names = "--timeml", required = true, paramLabel = "DIR", description = "Folder of .tml files (repeatable: TimeBank, AQUAINT).")
    List<Path> dirs;

    @Option(names = "--examples", paramLabel = "N", defaultValue = "6",
            description = "Failures of each kind (missed, spurious) to show in context; twice as many wrong values. Default: ${DEFAULT-VALUE}.")
    int examples;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Write every gold and system expression (right, wrong value, missed, spurious) with its context to FILE as TSV.")
    Path dump;

    @Mixin
    EvalOutput output;

    @Override
    public Integer call() throws Exception {
        for (Path d : dirs) if (!Files.isDirectory(d)) return EvalCommand.usage("no TimeML folder at " + d);
        return output.run(List.of(new TimeEvaluator(dirs, examples, dump)), false, "sitrep eval time");
    }
}

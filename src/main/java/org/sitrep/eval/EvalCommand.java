package org.sitrep.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep eval}: score each stage against public benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = {QuotesEvalCommand.class},
        description = "Score sitrep's stages against public benchmarks.")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("sitrep eval: name a benchmark (sitrep eval --help)");
        return 2;
    }
}

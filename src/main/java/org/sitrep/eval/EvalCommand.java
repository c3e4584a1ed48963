package org.sitrep.eval;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep eval}: score each stage against public benchmarks. */
@Command(name = "eval", mixinStandardHelpOptions = true, subcommands = GeoEvalCommand.class, description = "Score sitrep's stages against public benchmarks (not implemented yet).")
public final class EvalCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("sitrep eval: not implemented yet");
        return 2;
    }
}

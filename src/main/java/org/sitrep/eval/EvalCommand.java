package org.sitrep.eval;

import org.sitrep.cli.Main;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code sitrep eval}: score each stage against public benchmarks in their original formats. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score sitrep's stages against public benchmarks, with the best published systems beside ours.",
        subcommands = {NerEvalCommand.class, TimeEvalCommand.class, ExtractEvalCommand.class, ActorEvalCommand.class,
                QuotesEvalCommand.class, GeoEvalCommand.class, ClusterEvalCommand.class, DedupEvalCommand.class, EventEvalCommand.class, AllEvalCommand.class})
public final class EvalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // Named from the registered subcommands, so adding an evaluator needs no second edit here.
        throw new CommandLine.ParameterException(spec.commandLine(),
                "an evaluator is required: " + String.join(", ", spec.subcommands().keySet()));
    }

    static int usage(String message) {
        System.err.println("sitrep eval: " + message);
        return Main.USAGE;
    }
}

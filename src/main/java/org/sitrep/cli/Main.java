package org.sitrep.cli;

import org.sitrep.bench.BenchCommand;
import org.sitrep.eval.EvalCommand;
import org.sitrep.eval.TrainCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code sitrep <command>}. Exit codes: 0 ok, 1 some inputs failed, 2 usage or set-up error. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "News reports to structured, sourced event data.",
        subcommands = {AnalyzeCommand.class, IngestCommand.class, ReanalyzeCommand.class, SearchCommand.class, ExportCommand.class, StatsCommand.class,
                ServeCommand.class, WatchCommand.class, BenchCommand.class, BenchStoreCommand.class, EvalCommand.class, TrainCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> USAGE);
        cl.setExecutionExceptionHandler((e, c, parse) -> {
            c.getErr().println("sitrep: " + c.getCommandName() + ": " + e);
            return USAGE;
        });
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}

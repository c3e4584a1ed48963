package org.sitrep.cli;

import java.util.List;
import java.util.function.Supplier;
import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Provenance;
import picocli.CommandLine;

/** {@code sitrep ingest} in this JVM, as the command line runs it; the analyzer can be one already loaded. */
public final class LocalIngest {

    private LocalIngest() {}

    /** A local ingest into a store, analysing with {@code analyzer} (the product's models: same provenance). */
    public static int ingest(Supplier<Analyzer> analyzer, List<String> args) {
        return new CommandLine(new IngestCommand(analyzer, Provenance.current())).execute(args.toArray(String[]::new));
    }

    /** {@code sitrep ingest … --kafka}: nothing is analysed, so no analyzer is given. */
    public static int run(List<String> args) {
        return new CommandLine(new IngestCommand()).execute(args.toArray(String[]::new));
    }
}

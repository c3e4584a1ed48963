package org.sitrep.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code sitrep bench}: throughput of the analyze pipeline against plain CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure articles/s, tokens/s and peak heap (not implemented yet).")
public final class BenchCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("sitrep bench: not implemented yet");
        return 2;
    }
}

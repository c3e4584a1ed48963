package org.sitrep.cli;

import org.sitrep.pipeline.Analyzer;
import org.sitrep.store.Provenance;
import picocli.CommandLine;

/**
 * {@code sitrep ingest} in a child JVM for the kill -9 test: the product's command with the light annotator.
 * The delay per article (ms) comes from the system property {@code sitrep.test.delay}.
 */
public final class IngestChild {
    public static void main(String[] args) {
        long delay = Long.getLong("sitrep.test.delay", 0);
        IngestCommand cmd = new IngestCommand(() -> new Analyzer(new LightAnnotator(delay)), Provenance.current().withModels("test-light"));
        System.exit(new CommandLine(cmd).execute(args));
    }
}

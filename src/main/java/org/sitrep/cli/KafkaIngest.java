package org.sitrep.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.sitrep.ingest.CorpusReader;
import org.sitrep.ingest.ReadOptions;
import org.sitrep.kafka.ArticlePublisher;

/**
 * {@code sitrep ingest --kafka}: reads the same inputs as a local ingest and publishes every article to the topic
 * instead of analysing it; the Flink job (stream/) analyses and stores. Nothing is deduplicated here: the job does it
 * by content hash, as the local store does, so publishers need not share state. Each input that cannot be read or
 * sent is one line on stderr and in the error log, and makes the exit code 1.
 */
record KafkaIngest(String bootstrap, String topic, List<String> inputs, ReadOptions options, Long limit, Path errorLog, boolean bar) {

    int run(PrintStream err) throws Exception {
        Progress progress = new Progress(); // read = articles handed to the producer, added = acknowledged by the cluster
        AtomicLong sent = progress.added;
        try (PrintWriter errors = new PrintWriter(Files.newBufferedWriter(IngestCommand.createParent(errorLog), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND), true)) {
            IngestCommand.Failures failures = new IngestCommand.Failures(err, errors, progress, false);
            ArticlePublisher publisher;
            try {
                publisher = ArticlePublisher.open(bootstrap, topic);
            } catch (ArticlePublisher.KafkaUnavailableException e) {
                err.println("sitrep ingest: " + e.getMessage());
                return Main.USAGE;
            }
            Thread drawer = bar ? progress.drawOn(err, progress::publishLine) : null;
            try (publisher) {
                new CorpusReader(options).read(inputs, System.in, (loaded, raw) -> {
                    if (loaded.failed()) {
                        failures.report(loaded.source(), loaded.error());
                        return;
                    }
                    if (limit != null && progress.read.get() >= limit) return;
                    progress.read.incrementAndGet();
                    publisher.publish(loaded.article(), raw, problem -> {
                        if (problem == null) sent.incrementAndGet();
                        else failures.report(loaded.source(), problem);
                    });
                });
                progress.readingDone = true;
            } finally { // close() waits for every acknowledgement, so the counts below are final
                if (drawer != null) {
                    drawer.interrupt();
                    drawer.join();
                    err.println(progress.publishLine().substring(1));
                }
            }
            err.printf(Locale.ROOT, "sitrep ingest: %d articles published to %s at %s, %d failed, in %.1f s%n",
                    sent.get(), topic, bootstrap, progress.failed.get(), progress.seconds());
            if (progress.failed.get() > 0) err.println("sitrep ingest: failures are listed in " + errorLog);
            return progress.failed.get() == 0 ? Main.OK : Main.SOME_FAILED;
        }
    }
}

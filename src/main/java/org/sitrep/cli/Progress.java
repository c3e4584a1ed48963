package org.sitrep.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Counters of a long ingest and the one-line progress bar drawn from them on a terminal (articles, rate, ETA,
 * failures). Counters are atomic: the reader, the analysis threads and the writer update them concurrently.
 */
final class Progress {

    final AtomicLong read = new AtomicLong();      // articles read from the inputs and sent to analysis
    final AtomicLong skipped = new AtomicLong();   // already in the store (or twice in the inputs): not analysed again
    final AtomicLong added = new AtomicLong();
    final AtomicLong copies = new AtomicLong();    // added, and a near-duplicate of an earlier article
    final AtomicLong failed = new AtomicLong();
    volatile boolean readingDone;
    private final long start = System.nanoTime();

    long done() { return added.get() + failed.get(); }

    double seconds() { return (System.nanoTime() - start) / 1e9; }

    /** One line, redrawn in place with a carriage return. */
    String line() {
        return bar("articles", String.format(Locale.ROOT, "%d failed  %d copies  %d already stored ", failed.get(), copies.get(), skipped.get()));
    }

    /** The bar of a publishing run ({@code ingest --kafka}): added = acknowledged by the cluster. */
    String publishLine() {
        return bar("articles published", String.format(Locale.ROOT, "%d failed ", failed.get()));
    }

    private String bar(String what, String tail) {
        long done = added.get(), total = read.get();
        double s = seconds(), rate = done / Math.max(1e-9, s);
        String eta = readingDone && rate > 0 ? duration((total - done) / rate) : "?";
        int width = 24, filled = total == 0 ? 0 : (int) Math.min(width, width * done / total);
        return String.format(Locale.ROOT, "\r[%s%s] %d/%d%s %s  %.2f/s  ETA %s  %s",
                "#".repeat(filled), ".".repeat(width - filled), done, total, readingDone ? "" : "+", what, rate, eta, tail);
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%dh%02dm", s / 3600, s / 60 % 60) : String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    /** True when standard error is a terminal (Linux: fd 2 links to a tty); a log file gets no bar. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) { // not Linux, or no /proc: assume no terminal rather than print control characters
            return false;
        }
    }

    /** Starts a daemon thread that redraws the bar twice a second until {@code stop}. */
    Thread drawOn(PrintStream err) { return drawOn(err, this::line); }

    Thread drawOn(PrintStream err, Supplier<String> line) {
        return Thread.ofPlatform().daemon().name("sitrep-progress").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    err.print(line.get());
                    err.flush();
                    Thread.sleep(500);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}

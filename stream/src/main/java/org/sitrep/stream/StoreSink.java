package org.sitrep.stream;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.metrics.Counter;
import org.sitrep.model.Reading;
import org.sitrep.place.Placement;
import org.sitrep.place.PlacementCodec;
import org.sitrep.report.JsonOutput;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * The single writer (parallelism 1): writes each reading where {@link Place} put it ({@link Store#put(Reading,
 * byte[], Placement)}), in the order it arrives, which {@link Reorder} made the topic's. It reads no clustering state
 * from the store: the placement carries the copy link, story and event clusters as content-hash keys. Each put is
 * one store transaction, committed at once. Exactly-once in effect: after a restore the source replays what came
 * after the checkpoint, the placer (restored with it) places those articles again as before, and an article the
 * store already holds (same content hash) is skipped as a local ingest skips it, so a replay adds no row, no sighting
 * and no cluster member. Counters (added, copies, skipped, failed) are Flink metrics of the sink.
 */
final class StoreSink implements Sink<Placed> {

    private final String location;

    StoreSink(String location) { this.location = location; }

    @Override
    public SinkWriter<Placed> createWriter(WriterInitContext context) throws IOException {
        try {
            return new Writer(StoreLocation.open(location), context);
        } catch (StoreException e) {
            throw new IOException("cannot open the store " + StoreLocation.shown(location) + ": " + e.getMessage(), e);
        }
    }

    private static final class Writer implements SinkWriter<Placed> {
        private final Store store;
        private final Counter added, copies, skipped, failed;
        private long puts, putNanos; // the writer's own time, printed at close: the figure the capacity model needs

        Writer(Store store, WriterInitContext context) {
            this.store = store;
            var metrics = context.metricGroup();
            added = metrics.counter("sitrepArticlesAdded");
            copies = metrics.counter("sitrepNearDuplicates");
            skipped = metrics.counter("sitrepAlreadyStored");
            failed = metrics.counter("sitrepFailed");
        }

        @Override
        public void write(Placed placed, Context context) throws IOException {
            Analysed a = placed.analysed();
            if (a.failed()) {
                failed.inc();
                System.err.println("sitrep-stream: " + a.source() + ": " + a.error()); // as ingest reports a failed input
                return;
            }
            try {
                if (store.contains(a.contentHash())) {
                    skipped.inc();
                    return;
                }
                if (placed.placement() == null) { // placed before a restore whose replay did not bring it here: a bug, not a retry
                    failed.inc();
                    System.err.println("sitrep-stream: " + a.source() + ": placed before but not stored");
                    return;
                }
                long start = System.nanoTime();
                Store.Put put = store.put(JsonOutput.mapper().readValue(a.readingJson(), Reading.class), a.raw(),
                        PlacementCodec.decode(placed.placement()));
                putNanos += System.nanoTime() - start;
                puts++;
                added.inc();
                if (put.duplicateOf() != null) copies.inc();
            } catch (StoreException e) {
                // the store is unreachable or refused a transaction: fail the task so the restart strategy retries from the checkpoint
                throw new IOException("cannot store " + a.source() + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void flush(boolean endOfInput) {
            // nothing buffered: every put committed its own transaction
        }

        @Override
        public void close() throws StoreException {
            if (puts > 0) System.err.printf(java.util.Locale.ROOT, "sitrep-stream: store writer: %d articles stored, %.1f ms per put%n", puts, putNanos / 1e6 / puts);
            store.close();
        }
    }
}

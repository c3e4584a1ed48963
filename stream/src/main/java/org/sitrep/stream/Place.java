package org.sitrep.stream;

import java.io.IOException;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.sitrep.model.Reading;
import org.sitrep.place.KeyValueState;
import org.sitrep.place.Placement;
import org.sitrep.place.PlacementCodec;
import org.sitrep.place.Placer;
import org.sitrep.place.StateException;
import org.sitrep.report.JsonOutput;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;

/**
 * Decides, in topic order, where each article goes (copy group, story, event clusters) with the core's
 * {@link Placer}, holding the placer's state in Flink keyed state: one {@code MapState} of the corpus key
 * ({@link #KEY}), checkpointed with the source offsets, so after a restore the state is the checkpoint's and the
 * replayed articles are placed again exactly as before (a job started without a checkpoint loads it from the store
 * once, see {@link #load}). The store writer then only writes placements, and never reads clustering state back from
 * the store. One key and parallelism 1: placement depends on the order articles arrive in, as in a local ingest.
 */
final class Place extends KeyedProcessFunction<String, Analysed, Placed> {

    /** The one key of the stream: the whole corpus is one clustering state. */
    static final String KEY = "corpus";

    /** The store, read once when the state starts empty (a job started without a checkpoint), never after a restore. */
    private final String store;
    private transient KeyValueState state;
    private transient Placer placer;
    private transient long placed, nanos;

    Place(String store) { this.store = store; }

    @Override
    public void open(OpenContext context) {
        MapState<String, String> entries = getRuntimeContext().getMapState(new MapStateDescriptor<>("placer-state", Types.STRING, Types.STRING));
        state = new KeyValueState(new KeyValueState.Entries() {
            @Override
            public String get(String key) {
                try {
                    return entries.get(key);
                } catch (Exception e) {
                    throw new StateException("cannot read the placer's keyed state: " + e.getMessage(), e);
                }
            }

            @Override
            public void put(String key, String value) {
                try {
                    entries.put(key, value);
                } catch (Exception e) {
                    throw new StateException("cannot write the placer's keyed state: " + e.getMessage(), e);
                }
            }
        });
        placer = new Placer();
    }

    @Override
    public void processElement(Analysed a, Context context, Collector<Placed> out) throws StoreException {
        if (!state.started()) load();
        if (a.failed() || state.known(a.contentHash())) {
            out.collect(new Placed(a, null));
            return;
        }
        Reading r;
        try {
            r = JsonOutput.mapper().readValue(a.readingJson(), Reading.class);
        } catch (IOException e) { // cannot happen for JSON the analysis wrote; reported, not retried forever
            out.collect(new Placed(new Analysed(a.partition(), a.offset(), a.sequence(), a.contentHash(), a.source(), null, null,
                    "unreadable reading: " + e.getMessage()), null));
            return;
        }
        long start = System.nanoTime();
        Placement p = placer.place(r, state);
        state.apply(p);
        nanos += System.nanoTime() - start;
        placed++;
        out.collect(new Placed(a, PlacementCodec.encode(p)));
    }

    /**
     * A job started without a checkpoint on a store that holds articles continues their copy groups, stories and
     * event clusters: the store's articles are loaded into the keyed state once, then checkpointed with it.
     */
    private void load() throws StoreException {
        try (Store s = StoreLocation.open(store)) {
            s.exportPlacerState(state);
        }
    }

    @Override
    public void close() {
        if (placed > 0) System.err.printf(java.util.Locale.ROOT, "sitrep-stream: placer: %d articles placed, %.1f ms per placement%n", placed, nanos / 1e6 / placed);
    }
}

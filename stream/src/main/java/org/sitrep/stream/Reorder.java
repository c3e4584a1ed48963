package org.sitrep.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Puts the analysed messages of each partition back into the order of the topic (keyed by partition): the analysis
 * runs on many slots and finishes out of order, but the store's near-duplicate links and story clusters depend on
 * the order articles arrive, and in topic order they come out as a local {@code sitrep ingest} of the same inputs
 * builds them. Keyed state: the next sequence number due and the results that came early, both checkpointed.
 */
final class Reorder extends KeyedProcessFunction<Integer, Analysed, Analysed> {

    private transient ValueState<Long> due;
    private transient MapState<Long, Analysed> early;

    @Override
    public void open(OpenContext context) {
        due = getRuntimeContext().getState(new ValueStateDescriptor<>("due-sequence", Long.class));
        early = getRuntimeContext().getMapState(new MapStateDescriptor<>("early-results", Long.class, Analysed.class));
    }

    @Override
    public void processElement(Analysed result, Context context, Collector<Analysed> out) throws Exception {
        long next = due.value() == null ? 0 : due.value();
        if (result.sequence() < next) return; // already passed on before a restore: the store has it
        if (result.sequence() > next) {
            early.put(result.sequence(), result);
            return;
        }
        out.collect(result);
        next++;
        for (Analysed waiting = early.get(next); waiting != null; waiting = early.get(next)) {
            early.remove(next);
            out.collect(waiting);
            next++;
        }
        due.update(next);
    }
}

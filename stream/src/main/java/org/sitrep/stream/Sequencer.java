package org.sitrep.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Numbers the messages of each partition 0, 1, 2… in the order the source read them (keyed by partition). Offsets
 * alone would not do for {@link Reorder}: they have gaps (transaction markers, compacted records), and a gap would
 * make it wait forever. The counter is keyed state, so it is checkpointed with the source's offsets and a replay after
 * a restore numbers the same messages the same way.
 */
final class Sequencer extends KeyedProcessFunction<Integer, ArticleRecord, ArticleRecord> {

    private transient ValueState<Long> next;

    @Override
    public void open(OpenContext context) {
        next = getRuntimeContext().getState(new ValueStateDescriptor<>("next-sequence", Long.class));
    }

    @Override
    public void processElement(ArticleRecord record, Context context, Collector<ArticleRecord> out) throws Exception {
        long n = next.value() == null ? 0 : next.value();
        next.update(n + 1);
        out.collect(record.numbered(n));
    }
}

package org.sitrep.stream;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Probes between the reorder operator and the store (see {@link IngestJob#build}): they see each result as it is
 * about to be stored, and the checkpoints as they complete. Their counters are static: the MiniCluster runs in the
 * test's JVM, and Flink hands each task a deserialised copy of the probe.
 */
final class Probes {

    private Probes() {}

    /**
     * Counts the results of a run ({@link #RESULTS}), the distinct messages stored over all runs since {@link #reset}
     * ({@link #SEEN}), and how many of those the last completed checkpoint covers ({@link #CHECKPOINTED}): taken at
     * the barrier ({@code snapshotState}), when the store writer chained after the probe has stored everything before
     * it, and kept once the checkpoint completes. When it reaches the number of messages, the topic is drained and
     * stored, whatever failures and restarts came between.
     */
    static class Counting extends RichMapFunction<Analysed, Analysed> implements CheckpointListener, CheckpointedFunction {
        static final AtomicLong RESULTS = new AtomicLong();
        static final java.util.Set<String> SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();
        static final AtomicLong CHECKPOINTED = new AtomicLong();
        private static final java.util.Map<Long, Integer> AT_BARRIER = new java.util.concurrent.ConcurrentHashMap<>();

        static void reset() {
            RESULTS.set(0);
            SEEN.clear();
            CHECKPOINTED.set(0);
            AT_BARRIER.clear();
        }

        @Override
        public Analysed map(Analysed a) {
            RESULTS.incrementAndGet();
            SEEN.add(a.partition() + "/" + a.sequence());
            return a;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) { AT_BARRIER.put(context.getCheckpointId(), SEEN.size()); }

        @Override
        public void initializeState(FunctionInitializationContext context) {}

        @Override
        public void notifyCheckpointComplete(long checkpointId) {
            Integer covered = AT_BARRIER.get(checkpointId);
            if (covered != null) CHECKPOINTED.accumulateAndGet(covered, Math::max);
        }
    }

    /** Throws once, at the first result after {@code after} results and a completed checkpoint that covers some: a task failure mid-stream. */
    static final class FailOnce extends Counting {
        static final AtomicBoolean FAILED = new AtomicBoolean();
        private final long after;

        FailOnce(long after) { this.after = after; }

        @Override
        public Analysed map(Analysed a) {
            if (RESULTS.get() >= after && CHECKPOINTED.get() > 0 && FAILED.compareAndSet(false, true)) {
                throw new IllegalStateException("injected task failure after " + RESULTS.get() + " results");
            }
            return super.map(a);
        }
    }
}

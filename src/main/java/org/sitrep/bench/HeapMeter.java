package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

/**
 * Heap measured through the JVM's memory pools. A phase's peak is the sum of each heap pool's peak since
 * {@link #resetPeaks()}: the pools peak at different moments, so this is an upper bound that also counts garbage
 * not yet collected (it grows with -Xmx). The models' own footprint is {@link #liveBytesAfterGc()}.
 */
final class HeapMeter {

    static final String METHOD = "peak = sum of the heap memory pools' peak usage (MemoryPoolMXBean), reset at the start of each phase;"
            + " an upper bound that includes garbage not yet collected. live after load = heap used after loading and System.gc().";

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();

    void resetPeaks() { pools.forEach(MemoryPoolMXBean::resetPeakUsage); }

    long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) if (p.getPeakUsage() != null) sum += p.getPeakUsage().getUsed();
        return sum;
    }

    long usedBytes() {
        long sum = 0;
        for (MemoryPoolMXBean p : pools) if (p.getUsage() != null) sum += p.getUsage().getUsed();
        return sum;
    }

    /** Heap in use after asking for a full collection twice (a request the JVM may ignore, e.g. with -XX:+DisableExplicitGC). */
    long liveBytesAfterGc() {
        System.gc();
        System.gc();
        return usedBytes();
    }
}

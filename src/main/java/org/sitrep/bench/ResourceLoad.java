package org.sitrep.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.sitrep.entities.ActorRegistry;
import org.sitrep.places.Gazetteer;

/**
 * Load time and retained heap of the resources sitrep ships besides the CoreNLP models. Each is measured on its
 * first load in this JVM, which is what a fresh {@code sitrep analyze} pays; the object is kept reachable until
 * the heap is measured, so the figure is what it retains.
 */
final class ResourceLoad {

    record Cost(String resource, double wallSeconds, double cpuSeconds, double retainedMb) {}

    private ResourceLoad() {}

    static List<Cost> measure() {
        Map<String, Supplier<Object>> resources = new LinkedHashMap<>();
        resources.put("gazetteer (GeoNames places, divisions, countries, regions)", Gazetteer::standard);
        resources.put("actor registry (Phoenix/PETRARCH2 actors and agents, supplement)", ActorRegistry::standard);
        HeapMeter heap = new HeapMeter();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        List<Cost> out = new ArrayList<>();
        List<Object> kept = new ArrayList<>();
        for (Map.Entry<String, Supplier<Object>> r : resources.entrySet()) {
            long before = heap.liveBytesAfterGc();
            long c0 = cpu.getCurrentThreadCpuTime();
            long w0 = System.nanoTime();
            kept.add(r.getValue().get());
            double wall = (System.nanoTime() - w0) / 1e9;
            double cpuSeconds = (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            long after = heap.liveBytesAfterGc();
            out.add(new Cost(r.getKey(), wall, cpuSeconds, (after - before) / 1e6));
        }
        if (kept.size() != resources.size()) throw new IllegalStateException("a resource failed to load");
        return out;
    }

    /** One JSON-ready map per resource, with the field names of the other bench figures. */
    static List<Map<String, Object>> json(List<Cost> costs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Cost c : costs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("resource", c.resource());
            m.put("wall_s", Math.round(c.wallSeconds() * 1000) / 1000.0);
            m.put("cpu_s", Math.round(c.cpuSeconds() * 1000) / 1000.0);
            m.put("retained_mb", Math.round(c.retainedMb() * 10) / 10.0);
            out.add(m);
        }
        return out;
    }

    static String text(List<Cost> costs) {
        StringBuilder b = new StringBuilder(String.format("%-70s %8s %8s %12s%n", "resource", "wall s", "CPU s", "retained MB"));
        for (Cost c : costs) b.append(String.format("%-70s %8.2f %8.2f %12.1f%n", c.resource(), c.wallSeconds(), c.cpuSeconds(), c.retainedMb()));
        return b.toString();
    }
}

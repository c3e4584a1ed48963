package org.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a benchmark ran: figures are meaningless without it. */
record Machine(String cpu, int cores, long ramMb, String jdk, String os, long maxHeapMb) {

    static Machine detect() {
        long ram = -1;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            ram = os.getTotalMemorySize() / (1024 * 1024);
        }
        return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), ram,
                System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** The "model name" line of /proc/cpuinfo (as lscpu shows it), or the architecture where there is none. */
    static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) return line.substring(line.indexOf(':') + 1).strip();
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or not readable: fall through
        }
        return System.getProperty("os.arch");
    }
}

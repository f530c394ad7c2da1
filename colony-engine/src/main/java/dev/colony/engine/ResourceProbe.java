package dev.colony.engine;

import dev.colony.protocol.Resources;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;

/** What this JVM uses now, for the heartbeat. */
final class ResourceProbe {

    private static final com.sun.management.OperatingSystemMXBean OS =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ResourceProbe() {
    }

    static Resources now() {
        double load = OS.getProcessCpuLoad();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        long max = heap.getMax() < 0 ? heap.getCommitted() : heap.getMax(); // -1: no limit set
        return new Resources(load < 0 || Double.isNaN(load) ? -1 : Math.min(load, 1.0), Math.max(0, heap.getUsed()), Math.max(0, max));
    }
}

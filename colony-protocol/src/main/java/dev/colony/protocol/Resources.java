package dev.colony.protocol;

/**
 * What an engine uses, as the scheduler places programs by it.
 *
 * @param cpuLoad       the JVM's recent CPU load, 0.0 to 1.0 (-1 when the JVM cannot tell)
 * @param heapUsedBytes heap in use
 * @param heapMaxBytes  the heap's limit
 */
public record Resources(double cpuLoad, long heapUsedBytes, long heapMaxBytes) {

    public Resources {
        if (cpuLoad > 1.0 || cpuLoad < -1.0 || Double.isNaN(cpuLoad)) {
            throw new IllegalArgumentException("cpuLoad must be within 0.0-1.0 (or -1 for unknown): " + cpuLoad);
        }
        Fields.notNegative(heapUsedBytes, "heapUsedBytes");
        Fields.notNegative(heapMaxBytes, "heapMaxBytes");
    }
}

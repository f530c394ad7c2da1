package dev.colony.protocol.api;

import dev.colony.protocol.EngineState;
import java.util.Map;

/** An engine as REST {@code GET /api/engines} shows it. */
public record EngineView(String name, EngineState state, double cpuLoad, long heapUsedBytes, long heapMaxBytes,
                         int programCount, Map<String, String> labels, long lastHeartbeatMillis) {
    public EngineView {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}

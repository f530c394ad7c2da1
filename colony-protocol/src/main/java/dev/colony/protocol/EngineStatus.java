package dev.colony.protocol;

import java.util.Map;

/**
 * An engine's heartbeat, published retained on {@link Topics#engineStatus(String)}.
 *
 * @param sentAtMillis the sender's clock, epoch milliseconds
 */
public record EngineStatus(String engineId, EngineState state, Resources resources, int programCount,
                           Map<String, String> labels, long sentAtMillis) {

    public EngineStatus {
        Topics.requireId(engineId);
        Fields.present(state, "state");
        Fields.present(resources, "resources");
        Fields.notNegative(programCount, "programCount");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        Fields.notNegative(sentAtMillis, "sentAtMillis");
    }
}

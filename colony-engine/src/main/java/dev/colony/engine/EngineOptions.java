package dev.colony.engine;

import dev.colony.protocol.Topics;
import java.util.Map;

/**
 * Who an engine is in its cluster.
 *
 * @param name   unique among online engines; it becomes a topic level, so it follows {@link Topics#requireId}
 * @param labels what the scheduler may match programs against, e.g. {@code zone=eu}
 */
public record EngineOptions(String name, Map<String, String> labels) {

    public EngineOptions {
        Topics.requireId(name);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }
}

package dev.colony.engine;

import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.protocol.Topics;
import java.util.Map;

/**
 * Who an engine is in its cluster.
 *
 * @param name   unique among online engines; it becomes a topic level, so it follows {@link Topics#requireId}
 * @param labels what the scheduler may match programs against, e.g. {@code zone=eu}
 * @param fileSystem what programs' {@code require('fs')} reaches: the coordinator's own for its
 *                   in-process engines, an HTTP client of it for the others; null: none (their fs
 *                   calls fail with ENOSYS)
 */
public record EngineOptions(String name, Map<String, String> labels, GlobalFileSystem fileSystem) {

    public EngineOptions {
        Topics.requireId(name);
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** An engine whose programs have no file system. */
    public EngineOptions(String name, Map<String, String> labels) {
        this(name, labels, null);
    }

    public EngineOptions withFileSystem(GlobalFileSystem fileSystem) {
        return new EngineOptions(name, labels, fileSystem);
    }
}

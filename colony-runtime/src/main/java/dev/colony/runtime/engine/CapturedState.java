package dev.colony.runtime.engine;

import dev.colony.runtime.snapshot.SnapshotSummary;

/**
 * A program captured by its runner: the serialised state, and what can be said about it without
 * deserialising it. {@link dev.colony.runtime.JsRuntime#seal} turns it into a signed snapshot.
 */
public record CapturedState(String programId, long generation, byte[] state, SnapshotSummary summary) {}

package dev.colony.protocol.api;

import dev.colony.protocol.ProgramState;

/**
 * A program as the REST API shows it.
 *
 * @param engine      the engine it runs (or last ran) on, null when none
 * @param uptimeMillis time from its deployment to now, or to when it ended (exited, failed, was killed or lost)
 * @param detail      why it ended or what went wrong, one line, or null
 */
public record ProgramView(String id, String name, String engine, ProgramState state, long generation,
                          long startedAtMillis, long uptimeMillis, String detail) {}

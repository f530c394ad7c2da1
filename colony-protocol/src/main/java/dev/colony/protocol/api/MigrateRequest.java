package dev.colony.protocol.api;

/** REST {@code POST /api/programs/{ref}/migrate}. */
public record MigrateRequest(String to) {}

package dev.colony.protocol.api;

/** How a migration went: the program as it now runs, and what the move cost. */
public record MigrationReport(ProgramView program, String from, String to, double millis, long snapshotBytes) {}

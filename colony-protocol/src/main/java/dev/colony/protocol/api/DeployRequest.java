package dev.colony.protocol.api;

/** REST {@code POST /api/programs}: the program's source; name and engine are optional. */
public record DeployRequest(String source, String fileName, String name, String engine) {}

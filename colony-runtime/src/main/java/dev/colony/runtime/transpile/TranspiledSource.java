package dev.colony.runtime.transpile;

import java.util.List;

/**
 * A transpiled program: Rhino-ready code, the names it declares at top level, and the map from
 * its lines back to the user's file.
 */
public record TranspiledSource(String fileName, String code, List<String> topLevelNames, LineMap lineMap) {}

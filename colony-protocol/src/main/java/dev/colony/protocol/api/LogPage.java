package dev.colony.protocol.api;

import dev.colony.protocol.LogLine;
import java.util.List;

/** Console lines after a given seq; {@code next} is the seq to ask after next time. */
public record LogPage(List<LogLine> lines, long next) {
    public LogPage {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}

package dev.colony.cli.cluster;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.api.LogPage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads a program's console lines through the REST API, as {@code colony logs -f} does. */
final class ProgramLogs {
  private final ColonyClient client;
  private final String program;
  private final List<LogLine> lines = new ArrayList<>();
  private long next;

  ProgramLogs(ColonyClient client, String program) {
    this.client = client;
    this.program = program;
  }

  /** Every line so far, once the lines read satisfy {@code done}; fails after {@code within}. */
  List<LogLine> until(Predicate<List<LogLine>> done, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (!done.test(lines)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("program " + program + " did not print what was expected within "
            + within.toSeconds() + " s; last lines: " + lines.subList(Math.max(0, lines.size() - 5), lines.size()));
      }
      LogPage page = client.logs(program, next, 1_000, Duration.ofSeconds(1));
      lines.addAll(page.lines());
      next = page.next();
    }
    return List.copyOf(lines);
  }

  List<LogLine> untilLineCount(int count, Duration within) {
    return until(read -> read.size() >= count, within);
  }

  /** Lines until {@code generation} printed {@code count} of them. */
  List<LogLine> untilGenerationPrinted(long generation, int count, Duration within) {
    return until(read -> read.stream().filter(line -> line.generation() == generation).count() >= count, within);
  }

  List<LogLine> untilText(String text, Duration within) {
    return until(read -> read.stream().anyMatch(line -> line.text().equals(text)), within);
  }
}

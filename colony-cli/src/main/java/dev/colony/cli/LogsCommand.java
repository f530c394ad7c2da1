package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.LogLine;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.LogPage;
import dev.colony.protocol.api.ProgramView;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony logs PROGRAM [-f]}: a program's console, across its migrations. */
@Command(name = "logs", mixinStandardHelpOptions = true,
    description = "Print PROGRAM's console lines (stderr lines on stderr). With -f, keep printing new lines until "
        + "interrupted, or until the program has ended (or is lost with its engine) and every line is printed.")
final class LogsCommand extends ClusterCommand implements Callable<Integer> {
  static final int PAGE = 1000;
  /** How long one long poll waits: also how soon -f notices that the program has ended. */
  static final Duration FOLLOW_WAIT = Duration.ofSeconds(5);
  /** Once the program has ended, lines it printed last may still be on their way to the coordinator. */
  static final Duration LAST_LINES_WAIT = Duration.ofSeconds(1);
  /** LOST too: its engine is gone, so no line comes unless that engine returns, and -f should not wait forever. */
  private static final Set<ProgramState> ENDED = EnumSet.of(ProgramState.EXITED, ProgramState.FAILED, ProgramState.KILLED,
      ProgramState.LOST);

  @Parameters(paramLabel = "PROGRAM", description = "The program's id or unique name.")
  String program;

  @Option(names = {"-f", "--follow"}, description = "Keep printing lines as the program prints them.")
  boolean follow;

  @Option(names = "--json", description = "Print each line as a JSON LogLine, one per line.")
  boolean json;

  private long after;

  @Override
  public Integer call() {
    ColonyClient client = client();
    LogPage page;
    do {
      page = print(client.logs(program, after, PAGE, Duration.ZERO));
    } while (page.lines().size() == PAGE);
    while (follow) {
      ProgramView view = client.program(program);
      boolean ended = ENDED.contains(view.state());
      page = print(client.logs(program, after, PAGE, ended ? LAST_LINES_WAIT : FOLLOW_WAIT));
      if (ended && page.lines().isEmpty()) {
        if (view.state() == ProgramState.LOST) {
          err().println("colony: " + Formats.program(view) + " is LOST" + (view.detail() == null ? "" : ": " + view.detail()));
          err().flush();
        }
        break;
      }
    }
    return 0;
  }

  /** Prints the lines not printed yet and moves past them. */
  private LogPage print(LogPage page) {
    for (LogLine line : page.lines()) {
      if (line.seq() > after) {
        if (json) {
          out().println(Json.line(line));
        } else {
          ("stderr".equals(line.stream()) ? err() : out()).println(line.text());
        }
      }
    }
    out().flush();
    err().flush();
    long next = Math.max(after, page.next());
    if (next == after && page.lines().size() == PAGE) {
      throw new CliFailure(CliFailure.REFUSED, "the coordinator sent a full page of logs without moving past seq " + after);
    }
    after = next;
    return page;
  }
}

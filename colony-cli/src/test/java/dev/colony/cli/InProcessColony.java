package dev.colony.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code colony} in this JVM with its own environment and home: fast, for commands that end. */
final class InProcessColony {
  record Result(int exitCode, String stdout, String stderr) {}

  private final CliContext context;

  InProcessColony(Map<String, String> environment, Path home) {
    this(environment, home, Clock.systemUTC());
  }

  InProcessColony(Map<String, String> environment, Path home, Clock clock) {
    this.context = new CliContext(environment, home, clock);
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = ColonyCommand.newCommandLine(context);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int code = command.execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}

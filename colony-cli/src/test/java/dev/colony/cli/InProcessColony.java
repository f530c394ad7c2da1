package dev.colony.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Runs {@code colony} in this JVM with its own environment, home, stdin and stdout: fast, for commands that end. */
final class InProcessColony {
  record Result(int exitCode, byte[] stdoutBytes, String stderr) {
    String stdout() {
      return new String(stdoutBytes, StandardCharsets.UTF_8);
    }
  }

  private final Map<String, String> environment;
  private final Path home;
  private final Clock clock;

  InProcessColony(Map<String, String> environment, Path home) {
    this(environment, home, Clock.systemUTC());
  }

  InProcessColony(Map<String, String> environment, Path home, Clock clock) {
    this.environment = environment;
    this.home = home;
    this.clock = clock;
  }

  Result run(String... args) {
    return runWithInput(new byte[0], args);
  }

  /** Runs with {@code stdin} as the bytes of standard input; lines and raw bytes on stdout land in one buffer, in order. */
  Result runWithInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    CliContext context = new CliContext(environment, home, clock, new ByteArrayInputStream(stdin), out, false);
    CommandLine command = ColonyCommand.newCommandLine(context);
    PrintWriter lines = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
    command.setOut(lines);
    command.setErr(new PrintWriter(err, true));
    int code = command.execute(args);
    lines.flush();
    return new Result(code, out.toByteArray(), err.toString());
  }
}

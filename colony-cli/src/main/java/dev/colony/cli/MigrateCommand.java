package dev.colony.cli;

import dev.colony.protocol.api.MigrationReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony migrate PROGRAM --to ENGINE}: a live move, reported with what it cost. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
    description = "Move PROGRAM, running, to ENGINE: frozen at its next safepoint or event boundary, restored there "
        + "with its state and queued messages; if the target fails it runs on where it was.")
final class MigrateCommand extends ClusterCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PROGRAM", description = "The program's id or unique name.")
  String program;

  @Option(names = "--to", paramLabel = "ENGINE", required = true, description = "The engine to move it to.")
  String to;

  @Option(names = "--json", description = "Print the migration report as JSON.")
  boolean json;

  @Override
  public Integer call() {
    MigrationReport report = client().migrate(program, to);
    out().println(json ? Json.line(report) : describe(report));
    return 0;
  }

  /** e.g. "migrated counter (p-1a2b3c4d) local-1 → local-2 in 23.4 ms, snapshot 12.3 KiB". */
  static String describe(MigrationReport report) {
    return String.format(Locale.ROOT, "migrated %s %s → %s in %.1f ms, snapshot %s", Formats.program(report.program()),
        report.from(), report.to(), report.millis(), Formats.bytes(report.snapshotBytes()));
  }
}

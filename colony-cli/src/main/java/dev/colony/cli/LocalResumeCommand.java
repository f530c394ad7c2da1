package dev.colony.cli;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Program;
import dev.colony.runtime.PubSubPort;
import dev.colony.runtime.snapshot.SnapshotException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code colony local resume PATH}: continues a captured program in this process. */
@Command(name = "resume", mixinStandardHelpOptions = true,
    description = "Restore the snapshot at PATH in this process and continue it, printing only what comes after the capture.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the program ended normally, or the new snapshot was written",
        "1:the program failed (uncaught error or unhandled rejection)",
        "2:bad usage, or a snapshot that is missing, altered, truncated or from another runtime",
        "3:the sandbox stopped the program"})
final class LocalResumeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "A snapshot written by --snapshot-to.")
  Path path;

  @Mixin SnapshotOptions snapshot = new SnapshotOptions();

  @Mixin LocalFiles files = new LocalFiles();

  @Override
  public Integer call() throws Exception {
    Long snapshotAt = snapshot.validatedAt(spec.commandLine());
    LocalExecution execution = new LocalExecution(System.out, System.err);
    JsRuntime runtime = LocalExecution.runtime();
    try (LocalFiles.Opened opened = files.open()) {
      Program program;
      try {
        program = runtime.restore(InputFiles.read(path, "snapshot", LocalExecution.MAX_INPUT_BYTES), execution.output(),
            PubSubPort.NONE, opened.port());
      } catch (InputFiles.InputException e) {
        return execution.fail(LocalExecution.USAGE_OR_INPUT_ERROR, e.getMessage());
      } catch (SnapshotException e) {
        return execution.fail(LocalExecution.USAGE_OR_INPUT_ERROR, LocalExecution.snapshotProblem(e));
      }
      return execution.run(runtime, program, snapshotAt, snapshot.to);
    }
  }
}

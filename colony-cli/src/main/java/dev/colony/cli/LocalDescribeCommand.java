package dev.colony.cli;

import dev.colony.runtime.snapshot.SnapshotDescription;
import dev.colony.runtime.snapshot.SnapshotException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code colony local describe PATH}: what a snapshot holds, without running it. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    description = "Print a snapshot's header and summary (pending timers, top-level variables) without running it.")
final class LocalDescribeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PATH", description = "A snapshot written by --snapshot-to.")
  Path path;

  @Override
  public Integer call() {
    LocalExecution execution = new LocalExecution(System.out, System.err);
    try {
      byte[] bytes = InputFiles.read(path, "snapshot", LocalExecution.MAX_INPUT_BYTES);
      System.out.print(SnapshotDescription.render(LocalExecution.runtime().describe(bytes)));
      return 0;
    } catch (InputFiles.InputException e) {
      return execution.fail(LocalExecution.USAGE_OR_INPUT_ERROR, e.getMessage());
    } catch (SnapshotException e) {
      return execution.fail(LocalExecution.USAGE_OR_INPUT_ERROR, LocalExecution.snapshotProblem(e));
    }
  }
}

package dev.colony.cli;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Program;
import dev.colony.runtime.PubSubPort;
import dev.colony.runtime.transpile.JsSyntaxException;
import dev.colony.runtime.transpile.TranspiledSource;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code colony local run FILE}: runs a program in this process, printing its console. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run FILE in this process; its console goes to stdout (warn/error to stderr).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the program ended normally, or the snapshot was written",
        "1:the program failed (uncaught error or unhandled rejection)",
        "2:bad usage, or a file that cannot be read or compiled", "3:the sandbox stopped the program"})
final class LocalRunCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The JavaScript program to run.")
  Path file;

  @Mixin SnapshotOptions snapshot = new SnapshotOptions();

  @Mixin LocalFiles files = new LocalFiles();

  @Override
  public Integer call() throws Exception {
    Long snapshotAt = snapshot.validatedAt(spec.commandLine());
    LocalExecution execution = new LocalExecution(System.out, System.err);
    String source;
    try {
      source = InputFiles.readUtf8(file, "program", LocalExecution.MAX_INPUT_BYTES);
    } catch (InputFiles.InputException e) {
      return execution.fail(LocalExecution.USAGE_OR_INPUT_ERROR, e.getMessage());
    }
    JsRuntime runtime = LocalExecution.runtime();
    TranspiledSource compiled;
    try {
      compiled = runtime.compile(file.getFileName().toString(), source);
    } catch (JsSyntaxException e) {
      return execution.fail(LocalExecution.USAGE_OR_INPUT_ERROR, e.getMessage());
    }
    try (LocalFiles.Opened opened = files.open()) {
      Program program = runtime.load(UUID.randomUUID().toString(), compiled, execution.output(), PubSubPort.NONE, opened.port());
      return execution.run(runtime, program, snapshotAt, snapshot.to);
    }
  }
}

package dev.colony.cli;

import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.ProgramView;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code colony run FILE}: deploys a program to the cluster and prints its id. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Deploy FILE to the cluster and print the program's id; the coordinator picks the engine "
        + "unless --engine names one. Follow its console with 'colony logs -f ID'.")
final class RunCommand extends ClusterCommand implements Callable<Integer> {
  /** The coordinator's limit on a program's source (docs/cluster.md): refused here before sending. */
  static final long MAX_SOURCE_BYTES = 1L << 20;

  @Parameters(paramLabel = "FILE", description = "The JavaScript program (UTF-8, at most 1 MiB).")
  Path file;

  @Option(names = "--name", paramLabel = "NAME", description = "A unique name to refer to the program by.")
  String name;

  @Option(names = "--engine", paramLabel = "ENGINE", description = "The engine to run it on.")
  String engine;

  @Option(names = "--json", description = "Print the program as JSON instead of its id.")
  boolean json;

  @Override
  public Integer call() {
    String source;
    try {
      source = InputFiles.readUtf8(file, "program", MAX_SOURCE_BYTES);
    } catch (InputFiles.InputException e) {
      throw new CliFailure(CliFailure.USAGE, e.getMessage());
    }
    ProgramView program = client().deploy(new DeployRequest(source, file.getFileName().toString(), name, engine));
    out().println(json ? Json.line(program) : program.id());
    return 0;
  }
}

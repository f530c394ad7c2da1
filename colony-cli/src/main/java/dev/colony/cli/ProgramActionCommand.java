package dev.colony.cli;

import dev.colony.client.ColonyClient;
import dev.colony.protocol.api.ProgramView;
import java.util.concurrent.Callable;
import picocli.CommandLine.Parameters;

/** {@code colony pause|resume|kill PROGRAM}: one call on one program, reported in one line. */
abstract class ProgramActionCommand extends ClusterCommand implements Callable<Integer> {
  @Parameters(paramLabel = "PROGRAM", description = "The program's id or unique name.")
  String program;

  /** The call, and the past tense printed before the program, e.g. "paused". */
  abstract ProgramView act(ColonyClient client, String ref);

  abstract String done();

  @Override
  public Integer call() {
    ProgramView view = act(client(), program);
    out().println(done() + " " + Formats.program(view));
    return 0;
  }
}

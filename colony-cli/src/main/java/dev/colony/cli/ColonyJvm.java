package dev.colony.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of {@code colony ARGS} in a new JVM, with this JVM's java and classpath, as {@code ./colony} runs it. */
final class ColonyJvm {
  private ColonyJvm() {}

  /** @param home the new JVM's {@code user.home}, so that it reads and writes no one else's {@code ~/.colony} */
  static List<String> command(Path home, List<String> jvmOptions, List<String> args) {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "--sun-misc-unsafe-memory-access=allow", "-Xss16m"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-Duser.home=" + home, "-cp", System.getProperty("java.class.path"),
        ColonyCommand.class.getName()));
    command.addAll(args);
    return command;
  }
}

package dev.colony.cli;

import dev.colony.client.HttpGlobalFileSystem;
import dev.colony.engine.Engine;
import dev.colony.engine.EngineOptions;
import dev.colony.protocol.ProtocolException;
import dev.colony.protocol.Topics;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code colony engine}: an engine in this process that joins a coordinator and runs its programs until stopped. */
@Command(name = "engine", mixinStandardHelpOptions = true,
    description = "Join the coordinator as an engine and run the programs it places here, until interrupted "
        + "(Ctrl-C, SIGTERM). Prints 'engine NAME joined URL' once joined.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"130, 143:stopped by Ctrl-C or SIGTERM, after closing cleanly",
        "1:the coordinator refused the engine (wrong token, name taken)", "2:bad usage",
        "4:cannot reach the coordinator, or no cluster token found"})
final class EngineCommand implements Callable<Integer> {
  @ParentCommand ColonyCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin CoordinatorLocation location = new CoordinatorLocation();

  @Option(names = "--name", paramLabel = "NAME", description = "This engine's name (default: engine- and a random suffix).")
  String name;

  @Option(names = "--labels", paramLabel = "k=v,...", description = "Labels programs can be placed by, e.g. zone=a,gpu=no.")
  String labels;

  @Option(names = "--cluster-token", paramLabel = "TOKEN",
      description = "The cluster token (default: $COLONY_CLUSTER_TOKEN, then DATA/cluster.token).")
  String clusterToken;

  @Override
  public Integer call() throws InterruptedException {
    EngineOptions named = new EngineOptions(engineName(), parsedLabels()); // usage errors before looking for a coordinator
    ClusterSettings settings = location.settings(root.context);
    URI url = location.url(settings);
    String token = settings.clusterToken(clusterToken);
    // programs here reach the global file system through the coordinator's REST API
    EngineOptions options = named.withFileSystem(HttpGlobalFileSystem.connect(url, token));
    Engine engine;
    try {
      engine = Engine.join(url, token, options);
    } catch (RuntimeException e) {
      throw new CliFailure(refused(e) ? CliFailure.REFUSED : CliFailure.UNREACHABLE,
          "engine " + options.name() + " cannot join: " + e.getMessage());
    }
    spec.commandLine().getOut().println("engine " + engine.name() + " joined " + url);
    spec.commandLine().getOut().flush();
    Foreground.runUntilStopped(engine, "engine", spec.commandLine().getErr());
    return 0;
  }

  private String engineName() {
    if (name == null) {
      byte[] suffix = new byte[3];
      new SecureRandom().nextBytes(suffix);
      return "engine-" + HexFormat.of().formatHex(suffix);
    }
    try {
      return Topics.requireId(name);
    } catch (ProtocolException e) {
      throw new ParameterException(spec.commandLine(), "--name: " + e.getMessage());
    }
  }

  private Map<String, String> parsedLabels() {
    try {
      return Labels.parse(labels);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--labels: " + e.getMessage());
    }
  }

  /** The coordinator answered and said no, as opposed to never answering. */
  private static boolean refused(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException || cause instanceof HttpTimeoutException
          || cause instanceof UnknownHostException) {
        return false;
      }
    }
    return true;
  }
}

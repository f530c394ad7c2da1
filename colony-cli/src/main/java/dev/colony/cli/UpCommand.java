package dev.colony.cli;

import dev.colony.coordinator.Coordinator;
import dev.colony.coordinator.CoordinatorOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code colony up}: a coordinator in this process, with its broker and engines, until stopped. */
@Command(name = "up", mixinStandardHelpOptions = true,
    description = {"Start a coordinator: REST API, MQTT broker (embedded unless --mqtt names one) and in-process "
        + "engines. Prints 'colony ready URL' once usable and runs until interrupted (Ctrl-C, SIGTERM).",
        "Its data directory keeps the tokens (admin.token, cluster.token), the snapshot key, coordinator.json "
            + "(how other commands find it), mqtt-program.properties (the broker and the account outside MQTT "
            + "clients use to talk to programs on user/#), the broker's sessions, the blobs, the programs' logs and the "
            + "embedded database (db/) unless --db names one."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"130, 143:stopped by Ctrl-C or SIGTERM, after closing cleanly", "1:the coordinator could not start",
        "2:bad usage"})
final class UpCommand implements Callable<Integer> {
  @ParentCommand ColonyCommand root;
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--data", paramLabel = "DIR", description = "The data directory (default: ~/.colony/data).")
  Path data;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "HTTP port of the REST API (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port;

  @Option(names = "--mqtt-port", paramLabel = "PORT", defaultValue = "1883",
      description = "Port of the embedded MQTT broker (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int mqttPort;

  @Option(names = "--engines", paramLabel = "N", defaultValue = "2",
      description = "Engines to run in this process (default: ${DEFAULT-VALUE}).")
  int engines;

  @Option(names = "--mqtt", paramLabel = "tcp://HOST:PORT",
      description = "Use this external MQTT broker instead of the embedded one (needs --mqtt-credentials).")
  URI mqtt;

  @Option(names = "--db", paramLabel = "URL",
      description = "Keep the coordinator's metadata (the global file system's entries) in this PostgreSQL database, "
          + "postgresql://USER:PASSWORD@HOST:PORT/NAME (default: embedded H2 in DATA/db).")
  String db;

  @Option(names = "--mqtt-credentials", paramLabel = "FILE",
      description = "Properties file with cluster.username, cluster.password, program.username, program.password "
          + "for the external broker.")
  Path mqttCredentials;

  @Option(names = "--blobs", paramLabel = "URL",
      description = "Where code, snapshots and file contents go: disk (DATA/blobs), db (the database) or "
          + "s3://BUCKET/PREFIX?endpoint=URL&region=R&path-style=true (credentials from AWS_ACCESS_KEY_ID/"
          + "AWS_SECRET_ACCESS_KEY or the AWS profile). Default: db with a PostgreSQL --db, else disk.")
  String blobs;

  @Override
  public Integer call() throws InterruptedException {
    checkPort(port, "--port");
    checkPort(mqttPort, "--mqtt-port");
    if (engines < 0) {
      throw new ParameterException(spec.commandLine(), "--engines must be 0 or more: " + engines);
    }
    MqttCredentials credentials = externalBroker();
    CoordinatorOptions options = CoordinatorOptions.defaults(new ClusterSettings(root.context, data).dataDir())
        .withHttpPort(port).withMqttPort(mqttPort).withEngines(engines).withDb(db).withBlobs(blobs);
    if (credentials != null) {
      options = options.withExternalMqtt(mqtt, credentials.cluster(), credentials.program());
    }
    Coordinator coordinator;
    try {
      coordinator = Coordinator.start(options);
    } catch (RuntimeException e) {
      throw new CliFailure(CliFailure.REFUSED, "the coordinator could not start: " + e.getMessage());
    }
    spec.commandLine().getOut().println("colony ready " + coordinator.url());
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().println("admin token: " + coordinator.adminTokenFile());
    spec.commandLine().getErr().println("MQTT for talking to programs (user/#): " + coordinator.mqttProgramFile());
    spec.commandLine().getErr().flush();
    Foreground.runUntilStopped(coordinator, "coordinator", spec.commandLine().getErr());
    return 0;
  }

  /** The external broker's accounts, or null for the embedded broker. */
  private MqttCredentials externalBroker() {
    if (mqtt == null) {
      if (mqttCredentials != null) {
        throw new ParameterException(spec.commandLine(), "--mqtt-credentials goes with --mqtt");
      }
      return null;
    }
    if (!"tcp".equalsIgnoreCase(mqtt.getScheme()) || mqtt.getHost() == null || mqtt.getPort() < 1) {
      throw new ParameterException(spec.commandLine(), "--mqtt must be tcp://HOST:PORT: " + mqtt);
    }
    if (mqttCredentials == null) {
      throw new ParameterException(spec.commandLine(), "--mqtt needs --mqtt-credentials FILE (cluster.username, "
          + "cluster.password, program.username, program.password)");
    }
    return MqttCredentials.read(mqttCredentials);
  }

  private void checkPort(int value, String option) {
    if (value < 0 || value > 65_535) {
      throw new ParameterException(spec.commandLine(), option + " must be 0-65535: " + value);
    }
  }
}

package dev.colony.coordinator;

import dev.colony.gfs.BlobStore;
import dev.colony.gfs.BlobStores;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.gfs.fs.JdbcFileSystem;
import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JsonCodec;
import dev.colony.pubsub.ClientOptions;
import dev.colony.pubsub.PubSubClient;
import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Limits;
import dev.colony.runtime.snapshot.SnapshotKey;
import dev.colony.store.Database;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The cluster's front door (docs/cluster.md): the REST API, the tokens, the blob store, the database
 * and the global file system (docs/gfs.md), the engine and program registries fed by MQTT,
 * migrations, the log store, the embedded broker and the in-process engines.
 *
 * <pre>{@code
 * try (Coordinator coordinator = Coordinator.start(CoordinatorOptions.defaults(dataDir).withHttpPort(0))) {
 *     ... coordinator.url(), coordinator.adminToken() ...
 * }
 * }</pre>
 */
public final class Coordinator implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Coordinator.class.getName());
    /** Console lines kept in memory per program; older ones are read back from its log file. */
    private static final int LOG_LINES_IN_MEMORY = 1_000;

    private final Closer closer;
    private final URI url;
    private final Path adminTokenFile;
    private final Path mqttProgramFile;
    private final String adminToken;
    private final String clusterToken;
    private final JoinReply.MqttAccess mqttAccess;
    private final GlobalFileSystem fileSystem;

    private Coordinator(Closer closer, URI url, Path adminTokenFile, Path mqttProgramFile, String adminToken,
                        String clusterToken, JoinReply.MqttAccess mqttAccess, GlobalFileSystem fileSystem) {
        this.closer = closer;
        this.url = url;
        this.adminTokenFile = adminTokenFile;
        this.mqttProgramFile = mqttProgramFile;
        this.adminToken = adminToken;
        this.clusterToken = clusterToken;
        this.mqttAccess = mqttAccess;
        this.fileSystem = fileSystem;
    }

    /** Returns once the REST API, the broker and the in-process engines are usable. */
    public static Coordinator start(CoordinatorOptions options) {
        Closer closer = new Closer();
        try {
            DataDirectory data = new DataDirectory(options.dataDir());
            String adminToken = data.adminToken();
            String clusterToken = data.clusterToken();
            String snapshotKey = data.snapshotKeyHex();
            JsonCodec codec = new JsonCodec();
            // closed after everything that uses the file system: HTTP and the in-process engines
            Database database = closer.push(Database.open(options.db(), options.dataDir()));
            BlobStore blobs = openBlobs(options, database, closer);
            GlobalFileSystem fileSystem = new JdbcFileSystem(database, blobs);
            LogStore logs = new LogStore(data.logsDir(), LOG_LINES_IN_MEMORY, codec);
            EngineRegistry engines = new EngineRegistry(options.heartbeatMillis());
            ProgramRegistry programs = new ProgramRegistry(engines::isOffline);
            engines.onOffline(programs::engineLost);

            MqttSetup mqtt = closer.push(MqttSetup.start(options, data.brokerDir()));
            PubSubClient client = closer.push(PubSubClient.connect(
                ClientOptions.of(mqtt.access().host(), mqtt.access().port(), mqtt.clusterCredentials(), "coordinator")));
            new ClusterListener(codec, engines, programs, logs).subscribe(client);
            ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "coordinator-heartbeats");
                thread.setDaemon(true);
                return thread;
            });
            closer.push(heartbeats::shutdownNow);
            heartbeats.scheduleAtFixedRate(() -> engines.expire(System.currentTimeMillis()),
                options.heartbeatMillis(), options.heartbeatMillis(), TimeUnit.MILLISECONDS);

            ControlChannel control = new ControlChannel(client, codec, options.controlTimeout(), engines::isOnline);
            // this runtime only compiles (the syntax check at deploy): it never signs a snapshot
            JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
            Joiner joiner = new Joiner(mqtt.access(), snapshotKey, options.heartbeatMillis(), engines);
            var services = new RestApi.Services(new RestApi.Tokens(adminToken, clusterToken), joiner, blobs, engines, programs,
                logs, new Deployer(runtime, blobs, engines, programs, control), new ProgramControl(programs, control),
                new Migrator(engines, programs, control), fileSystem);
            Javalin http = RestApi.start(options.httpPort(), services);
            closer.push(http::stop);
            closer.push(logs); // closed before HTTP stops: wakes the long polls
            URI url = URI.create("http://127.0.0.1:" + http.port());
            data.writeUrl(url, codec);
            data.writeMqttProgramAccess(mqtt.access());

            closer.push(LocalEngines.start(options.engines(), joiner, blobs, fileSystem, engines));
            LOG.log(System.Logger.Level.INFO, "Colony coordinator on " + url + ", MQTT " + mqtt.access().host() + ":"
                + mqtt.access().port() + ", " + options.engines() + " in-process engine(s), data in " + options.dataDir());
            return new Coordinator(closer, url, data.adminTokenFile(), data.mqttProgramFile(), adminToken, clusterToken,
                mqtt.access(), fileSystem);
        } catch (RuntimeException e) {
            closer.close();
            throw e;
        }
    }

    /** The blob store {@code --blobs} names, by default the shared PostgreSQL when there is one, else {@code DATA/blobs}. */
    private static BlobStore openBlobs(CoordinatorOptions options, Database database, Closer closer) {
        String url = options.blobs() != null ? options.blobs() : BlobStores.defaultUrl(database);
        BlobStore blobs = BlobStores.open(url, options.dataDir(), database);
        if (blobs instanceof AutoCloseable closeable) {
            closer.push(closeable);
        }
        return blobs;
    }

    /** {@code http://127.0.0.1:PORT} */
    public URI url() {
        return url;
    }

    /** {@code DATA/admin.token} */
    public Path adminTokenFile() {
        return adminTokenFile;
    }

    /** {@code DATA/mqtt-program.properties}: {@link #mqttAccess()} for outside MQTT clients (host, port, username, password). */
    public Path mqttProgramFile() {
        return mqttProgramFile;
    }

    public String adminToken() {
        return adminToken;
    }

    public String clusterToken() {
        return clusterToken;
    }

    /** The broker, with the programs' account: what an outside MQTT client needs to talk to programs. */
    public JoinReply.MqttAccess mqttAccess() {
        return mqttAccess;
    }

    /** The global file system this coordinator serves on {@code /api/fs}, for in-process use (its own engines). */
    public GlobalFileSystem fileSystem() {
        return fileSystem;
    }

    /** Stops the in-process engines, the REST API, the MQTT connection, the broker and the database. Safe to call twice. */
    @Override
    public void close() {
        closer.close();
    }
}

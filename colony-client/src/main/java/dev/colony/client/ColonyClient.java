package dev.colony.client;

import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.EngineView;
import dev.colony.protocol.api.LogPage;
import dev.colony.protocol.api.MigrateRequest;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * The coordinator's REST API (docs/cluster.md) in Java. Every call throws
 * {@link ColonyApiException} when the coordinator refuses and {@link ColonyUnreachableException}
 * when it does not answer. Thread-safe; holds no connection until the first call.
 */
public final class ColonyClient {
    /** Migrations wait for freeze, snapshot and restore on two engines: the slowest call. */
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** A long poll of logs may be held for its whole wait before the answer starts. */
    static final Duration LONG_POLL_MARGIN = Duration.ofSeconds(10);

    private final RestTransport transport;

    private ColonyClient(RestTransport transport) {
        this.transport = transport;
    }

    /**
     * @param coordinator e.g. {@code http://127.0.0.1:8080}
     * @param adminToken  the admin token, or null for {@link #health()} alone (the cluster token reaches
     *                    {@link #fileSystem()} and the cluster routes only)
     */
    public static ColonyClient connect(URI coordinator, String adminToken) {
        String scheme = coordinator.getScheme();
        if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme) || coordinator.getHost() == null) {
            throw new IllegalArgumentException("coordinator URL must be http://HOST:PORT or https://HOST:PORT: " + coordinator);
        }
        if (coordinator.getRawQuery() != null || coordinator.getRawFragment() != null) {
            throw new IllegalArgumentException("coordinator URL must have no query or fragment: " + coordinator);
        }
        if (adminToken != null && (adminToken.isEmpty() || !adminToken.chars().allMatch(c -> c > ' ' && c < 0x7f))) {
            throw new IllegalArgumentException("admin token must be printable ASCII without spaces");
        }
        return new ColonyClient(new RestTransport(coordinator, adminToken));
    }

    public URI coordinator() {
        return transport.coordinator();
    }

    /** The global file system ({@code /api/fs}) with this client's token and connections. */
    public HttpGlobalFileSystem fileSystem() {
        return new HttpGlobalFileSystem(transport);
    }

    /** The coordinator's version; needs no token. */
    public String health() {
        return transport.get("/api/health", Answers.Health.class, REQUEST_TIMEOUT).version();
    }

    public List<EngineView> engines() {
        return transport.get("/api/engines", Answers.Engines.class, REQUEST_TIMEOUT).engines();
    }

    public List<ProgramView> programs() {
        return transport.get("/api/programs", Answers.Programs.class, REQUEST_TIMEOUT).programs();
    }

    /** @param ref a program id or a unique program name */
    public ProgramView program(String ref) {
        return transport.get(programPath(ref), ProgramView.class, REQUEST_TIMEOUT);
    }

    public ProgramView deploy(DeployRequest request) {
        return transport.post("/api/programs", request, ProgramView.class, REQUEST_TIMEOUT);
    }

    /**
     * Console lines after seq {@code after}. A non-zero {@code wait} (whole seconds, at most 30)
     * holds the request until such a line exists.
     */
    public LogPage logs(String ref, long after, int limit, Duration wait) {
        if (after < 0 || limit < 1 || wait.isNegative()) {
            throw new IllegalArgumentException("logs need after >= 0, limit >= 1 and a wait >= 0: "
                + after + ", " + limit + ", " + wait);
        }
        long waitSeconds = wait.plusNanos(999_999_999).toSeconds();
        String query = "?after=" + after + "&limit=" + limit + (waitSeconds > 0 ? "&wait=" + waitSeconds : "");
        return transport.get(programPath(ref) + "/logs" + query, LogPage.class, logsTimeout(waitSeconds));
    }

    static Duration logsTimeout(long waitSeconds) {
        return waitSeconds > 0 ? Duration.ofSeconds(waitSeconds).plus(LONG_POLL_MARGIN) : REQUEST_TIMEOUT;
    }

    public ProgramView pause(String ref) {
        return transport.post(programPath(ref) + "/pause", null, ProgramView.class, REQUEST_TIMEOUT);
    }

    public ProgramView resume(String ref) {
        return transport.post(programPath(ref) + "/resume", null, ProgramView.class, REQUEST_TIMEOUT);
    }

    public ProgramView kill(String ref) {
        return transport.post(programPath(ref) + "/kill", null, ProgramView.class, REQUEST_TIMEOUT);
    }

    public MigrationReport migrate(String ref, String toEngine) {
        return transport.post(programPath(ref) + "/migrate", new MigrateRequest(toEngine), MigrationReport.class, REQUEST_TIMEOUT);
    }

    private static String programPath(String ref) {
        if (ref == null || ref.isEmpty()) {
            throw new IllegalArgumentException("program reference is empty");
        }
        return "/api/programs/" + pathSegment(ref);
    }

    /**
     * Percent-encodes all but RFC 3986's unreserved characters, so a ref stays one path segment;
     * the dots of "." and ".." too, so that no ref walks up the path.
     */
    static String pathSegment(String text) {
        boolean dotSegment = text.equals(".") || text.equals("..");
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-_~".indexOf(c) >= 0
                || c == '.' && !dotSegment;
            if (unreserved) {
                encoded.append(c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                    .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}

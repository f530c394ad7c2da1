package dev.colony.coordinator;

import dev.colony.gfs.BlobHashMismatchException;
import dev.colony.gfs.BlobHashes;
import dev.colony.gfs.BlobStore;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.protocol.JoinRequest;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.LogPage;
import dev.colony.protocol.api.MigrateRequest;
import dev.colony.protocol.api.ProgramView;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.eclipse.jetty.http.UriCompliance;
import java.util.Map;

/**
 * The REST API of docs/cluster.md on Javalin, bound to 127.0.0.1. Handlers only translate: HTTP in,
 * a service call, JSON out; errors are mapped once by {@link ApiErrors}.
 */
final class RestApi {

    static final String VERSION = "0.1.0";
    private static final int DEFAULT_LOG_LIMIT = 1_000;
    private static final int MAX_LOG_LIMIT = 10_000;
    private static final int MAX_WAIT_SECONDS = 30;
    private static final JsonCodec RESPONSES = new JsonCodec(64 * 1024 * 1024);

    record Services(Tokens tokens, Joiner joiner, BlobStore blobs, EngineRegistry engines, ProgramRegistry programs,
                    LogStore logs, Deployer deployer, ProgramControl control, Migrator migrator, GlobalFileSystem fileSystem) {}

    /** The admin and cluster tokens, compared in constant time. */
    record Tokens(String admin, String cluster) {}

    private final Services services;

    private RestApi(Services services) {
        this.services = services;
    }

    static Javalin start(int port, Services services) {
        RestApi api = new RestApi(services);
        Javalin app = Javalin.create(config -> {
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.jetty.modifyServer(server -> server.setErrorHandler(new ApiErrors.JettyErrors()));
            // odd URIs (%00, bad UTF-8, encoded slashes) reach the routes, which answer them with a 400 or
            // 404 after reading the body; Jetty would refuse them unread, and the reset loses its answer
            config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(UriCompliance.UNSAFE));
            config.jetty.modifyServletContextHandler(context -> context.getServletHandler().setDecodeAmbiguousURIs(true));
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.concurrency.useVirtualThreads = true; // long polls hold a thread each
            api.routes(config.routes);
            ApiErrors.install(config.routes);
        });
        try {
            return app.start();
        } catch (RuntimeException e) {
            app.stop();
            throw new IllegalStateException("cannot serve HTTP on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private void routes(RoutesConfig routes) {
        routes.before(this::authorize);
        routes.get("/api/health", ctx -> json(ctx, 200, Map.of("status", "ok", "version", VERSION)));
        routes.post("/api/cluster/join", ctx -> json(ctx, 200,
            services.joiner().join(HttpBodies.json(ctx, JoinRequest.class, HttpBodies.SMALL))));
        routes.put("/api/cluster/blobs/{sha256}", this::putBlob);
        routes.get("/api/cluster/blobs/{sha256}", this::getBlob);
        routes.get("/api/engines", ctx -> json(ctx, 200, Map.of("engines", services.engines().views())));
        routes.get("/api/programs", ctx -> json(ctx, 200, Map.of("programs", programViews())));
        routes.post("/api/programs", ctx -> json(ctx, 201,
            services.deployer().deploy(HttpBodies.json(ctx, DeployRequest.class, HttpBodies.DEPLOY))));
        routes.get("/api/programs/{ref}", ctx -> json(ctx, 200,
            services.programs().resolve(ctx.pathParam("ref")).view(System.currentTimeMillis())));
        routes.get("/api/programs/{ref}/logs", this::logs);
        routes.post("/api/programs/{ref}/pause", ctx -> control(ctx, ProgramControl.Action.PAUSE));
        routes.post("/api/programs/{ref}/resume", ctx -> control(ctx, ProgramControl.Action.RESUME));
        routes.post("/api/programs/{ref}/kill", ctx -> control(ctx, ProgramControl.Action.KILL));
        routes.post("/api/programs/{ref}/migrate", ctx -> json(ctx, 200, services.migrator().migrate(ctx.pathParam("ref"),
            HttpBodies.json(ctx, MigrateRequest.class, HttpBodies.SMALL))));
        new FsRoutes(services.fileSystem()).register(routes);
    }

    /**
     * Cluster routes take the cluster token, health none, the file system either (engines act there
     * for their programs), every other route the admin token.
     */
    private void authorize(Context ctx) {
        String path = ctx.path();
        if (path.equals("/api/health") || !path.startsWith("/api/")) {
            return;
        }
        boolean cluster = path.startsWith("/api/cluster/");
        boolean fileSystem = path.equals(FsHttp.PREFIX) || path.startsWith(FsHttp.PREFIX + "/");
        String header = ctx.header("Authorization");
        String given = header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()).strip() : null;
        boolean allowed = cluster ? Secrets.matches(services.tokens().cluster(), given)
            : Secrets.matches(services.tokens().admin(), given) || fileSystem && Secrets.matches(services.tokens().cluster(), given);
        if (!allowed) {
            throw new CoordinatorException(CoordinatorException.Kind.UNAUTHORIZED, "unauthorized",
                (given == null ? "no token" : "wrong token") + ": send Authorization: Bearer <"
                    + (cluster ? "cluster" : fileSystem ? "admin or cluster" : "admin") + " token>");
        }
    }

    private void putBlob(Context ctx) {
        String hash = blobName(ctx);
        byte[] bytes = HttpBodies.read(ctx, HttpBodies.BLOB_LIMIT);
        try {
            services.blobs().put(hash, bytes);
        } catch (BlobHashMismatchException e) {
            throw CoordinatorException.invalid("hash-mismatch", e.getMessage());
        }
        ctx.status(204);
    }

    private void getBlob(Context ctx) {
        String hash = blobName(ctx);
        byte[] bytes = services.blobs().get(hash)
            .orElseThrow(() -> CoordinatorException.notFound("unknown-blob", "no blob " + hash));
        ctx.status(200).contentType("application/octet-stream").result(bytes);
    }

    private static String blobName(Context ctx) {
        try {
            return BlobHashes.require(ctx.pathParam("sha256"));
        } catch (IllegalArgumentException e) {
            throw CoordinatorException.invalid("invalid-blob-name", e.getMessage());
        }
    }

    private void logs(Context ctx) throws InterruptedException {
        ProgramEntry program = services.programs().resolve(ctx.pathParam("ref"));
        long after = query(ctx, "after", 0, Long.MAX_VALUE, 0);
        int limit = (int) query(ctx, "limit", 1, MAX_LOG_LIMIT, DEFAULT_LOG_LIMIT);
        long waitSeconds = query(ctx, "wait", 0, MAX_WAIT_SECONDS, 0);
        LogPage page = services.logs().read(program.id(), after, limit, waitSeconds * 1000);
        json(ctx, 200, page);
    }

    private void control(Context ctx, ProgramControl.Action action) {
        json(ctx, 200, services.control().apply(ctx.pathParam("ref"), action));
    }

    private List<ProgramView> programViews() {
        long now = System.currentTimeMillis();
        return services.programs().all().stream().map(entry -> entry.view(now)).toList();
    }

    private static long query(Context ctx, String name, long min, long max, long fallback) {
        String text = ctx.queryParam(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        throw CoordinatorException.invalid("invalid-query", name + " must be a whole number from " + min + " to " + max
            + ", not '" + shown + "'");
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(RESPONSES.encode(body));
    }
}

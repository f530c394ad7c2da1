package dev.colony.engine;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.colony.gfs.BlobStore;
import dev.colony.protocol.JoinReply;
import dev.colony.protocol.JoinRequest;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.api.ApiError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The coordinator's cluster routes as docs/cluster.md gives them (join, blobs), on a real HTTP
 * server on a free loopback port, over a real blob store: what {@link Engine#join} and
 * {@link HttpBlobStore} talk to.
 */
final class FakeCoordinator implements AutoCloseable {

    static final String TOKEN = "cluster-token";

    static {
        System.setProperty("sun.net.httpserver.nodelay", "true"); // else every answer waits ~40 ms for a delayed ACK
    }

    private final JsonCodec codec = new JsonCodec();
    private final HttpServer server;
    private final BlobStore blobs;
    private final Function<String, JoinReply> joinReplies;
    /** Names of engines that are online: joining with one is a conflict. */
    final Set<String> online = ConcurrentHashMap.newKeySet();
    /** An answer to every join instead of the real one: a broken or overloaded coordinator. */
    record Answer(int status, byte[] body) {
    }

    volatile Answer forcedJoinAnswer;
    /** Serve blobs with a byte flipped, as a broken or hostile coordinator would. */
    volatile boolean corruptBlobs;

    FakeCoordinator(BlobStore blobs, Function<String, JoinReply> joinReplies) {
        this.blobs = blobs;
        this.joinReplies = joinReplies;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/cluster/join", exchange -> answer(exchange, this::join));
        server.createContext("/api/cluster/blobs/", exchange -> answer(exchange, this::blob));
        server.start();
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    private interface Route {
        void handle(HttpExchange exchange) throws IOException;
    }

    private void answer(HttpExchange exchange, Route route) throws IOException {
        try (exchange) {
            if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                error(exchange, 401, "unauthorized", "wrong cluster token");
                return;
            }
            route.handle(exchange);
        }
    }

    private void join(HttpExchange exchange) throws IOException {
        JoinRequest request = codec.decode(exchange.getRequestBody().readAllBytes(), JoinRequest.class);
        Answer forced = forcedJoinAnswer;
        if (forced != null) {
            send(exchange, forced.status(), forced.body());
            return;
        }
        if (!online.add(request.name())) {
            error(exchange, 409, "name-taken", "an online engine is already named " + request.name());
            return;
        }
        send(exchange, 200, codec.encode(joinReplies.apply(request.name())));
    }

    private void blob(HttpExchange exchange) throws IOException {
        String hash = exchange.getRequestURI().getPath().substring("/api/cluster/blobs/".length());
        switch (exchange.getRequestMethod()) {
            case "PUT" -> {
                try {
                    blobs.put(hash, exchange.getRequestBody().readAllBytes());
                    exchange.sendResponseHeaders(204, -1);
                } catch (IllegalArgumentException e) {
                    error(exchange, 400, "bad-blob", e.getMessage());
                }
            }
            case "GET" -> {
                Optional<byte[]> bytes = blobs.get(hash);
                if (bytes.isEmpty()) {
                    error(exchange, 404, "unknown-blob", "no blob " + hash);
                } else {
                    byte[] body = bytes.get().clone();
                    if (corruptBlobs && body.length > 0) {
                        body[0] ^= 1;
                    }
                    send(exchange, 200, body);
                }
            }
            default -> error(exchange, 405, "bad-method", exchange.getRequestMethod());
        }
    }

    private void error(HttpExchange exchange, int status, String type, String message) throws IOException {
        send(exchange, status, codec.encode(ApiError.of(type, message)));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}

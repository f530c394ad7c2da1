package dev.colony.engine;

import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.api.ApiError;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/** The coordinator's cluster routes over HTTP, with the cluster token. */
final class CoordinatorEndpoint {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final String base;
    private final String clusterToken;
    private final HttpClient http;
    private final JsonCodec codec = new JsonCodec();

    CoordinatorEndpoint(URI coordinator, String clusterToken) {
        if (coordinator == null || !("http".equals(coordinator.getScheme()) || "https".equals(coordinator.getScheme()))) {
            throw new IllegalArgumentException("the coordinator's address must be an http(s) URL: " + coordinator);
        }
        if (clusterToken == null || clusterToken.isBlank()) {
            throw new IllegalArgumentException("the cluster token is missing");
        }
        this.base = coordinator.toString().replaceAll("/+$", "");
        this.clusterToken = clusterToken;
        // HTTP/1.1 on purpose: the coordinator speaks nothing else, and the default (HTTP/2) offers an upgrade on every request
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT).build();
    }

    String base() {
        return base;
    }

    /** A request to {@code path} (from {@code /api/…}) carrying the cluster token. */
    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
            .timeout(REQUEST_TIMEOUT)
            .header("Authorization", "Bearer " + clusterToken);
    }

    HttpResponse<byte[]> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new EngineException("cannot reach the coordinator at " + base + ": " + why(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineException("interrupted while talking to the coordinator at " + base, e);
        }
    }

    /** The JDK's HTTP client throws a ConnectException without a message when the port is closed. */
    private static String why(IOException e) {
        if (e instanceof ConnectException && (e.getMessage() == null || e.getMessage().toLowerCase(Locale.ROOT).contains("refused"))) {
            return "connection refused";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    /** What went wrong, in the coordinator's words when its answer is an error body. */
    String describeFailure(HttpResponse<byte[]> response) {
        String said;
        try {
            said = codec.decode(response.body(), ApiError.class).error().message();
        } catch (RuntimeException e) {
            said = null;
        }
        return "the coordinator at " + base + " answered HTTP " + response.statusCode() + (said == null ? "" : ": " + said);
    }

    JsonCodec codec() {
        return codec;
    }
}

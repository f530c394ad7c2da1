package dev.colony.coordinator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small java.net.http helper for the coordinator's REST API. */
final class Http {

    record Answer(int status, byte[] bytes, String contentType, HttpHeaders headers) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    Answer get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    Answer postJson(String path, String token, String json) {
        return send("POST", path, token, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    Answer send(String method, String path, String token, String contentType, byte[] body) {
        return exchange(method, base.resolve(path), token, contentType == null ? Map.of() : Map.of("Content-Type", contentType), body);
    }

    /** {@code rawPath} goes on the wire as it is: no dot segments resolved. */
    Answer sendRaw(String method, String rawPath, String token, Map<String, String> headers, byte[] body) {
        return exchange(method, URI.create(base + rawPath), token, headers, body);
    }

    private Answer exchange(String method, URI uri, String token, Map<String, String> headers, byte[] body) {
        String path = uri.getRawPath();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = sendRetryingIdempotent(method, request.build());
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""),
                response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends once more when the server closed a kept-alive connection before answering, as RFC 9110
     * allows for idempotent methods (the JDK client retries only GET and HEAD by itself): a test
     * that sends a hostile request right after another must not fail on the reuse of a connection.
     */
    private HttpResponse<byte[]> sendRetryingIdempotent(String method, HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            boolean unanswered = String.valueOf(e.getMessage()).contains("header parser received no bytes");
            if (!unanswered || !List.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS").contains(method)) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}

package dev.colony.client;

import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.ProtocolException;
import dev.colony.protocol.api.ApiError;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One JSON exchange with the coordinator: the request with its token and timeout, a bounded read
 * of the answer, and the mapping of failures to {@link ColonyApiException} (it answered, and
 * refused) or {@link ColonyUnreachableException} (it did not answer).
 */
final class RestTransport {
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A page of log lines is the largest answer; a hostile server must not fill our heap. */
    static final int MAX_ANSWER_BYTES = 16 << 20;
    private static final int MAX_MESSAGE_CHARS = 300;

    private final HttpClient http;
    private final URI coordinator;
    private final String base;
    private final String token;
    private final JsonCodec codec = new JsonCodec(MAX_ANSWER_BYTES);

    RestTransport(URI coordinator, String token) {
        this.coordinator = coordinator;
        String text = coordinator.toString();
        this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
        this.token = token;
        this.http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1) // the coordinator speaks HTTP/1.1: no upgrade offer on every request
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    }

    URI coordinator() {
        return coordinator;
    }

    <T> T get(String path, Class<T> answer, Duration timeout) {
        return exchange(request(path, timeout).GET(), answer, timeout);
    }

    /** A POST with a JSON body, or with none when {@code body} is null. */
    <T> T post(String path, Object body, Class<T> answer, Duration timeout) {
        HttpRequest.Builder request = request(path, timeout);
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(codec.encode(body)));
        }
        return exchange(request, answer, timeout);
    }

    /** A request with the token; {@code timeout} null for none (an upload's answer comes once all of it is sent). */
    HttpRequest.Builder request(String path, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json");
        if (timeout != null) {
            request.timeout(timeout);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request;
    }

    <T> T exchange(HttpRequest.Builder request, Class<T> answer, Duration timeout) {
        HttpResponse<InputStream> response = send(request, timeout);
        byte[] body = readAnswer(response, timeout);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw refusal(status, body);
        }
        return decode(status, body, answer);
    }

    /** Sends the request; the answer's body is left to the caller to stream (and close). */
    HttpResponse<InputStream> send(HttpRequest.Builder request, Duration timeout) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new ColonyUnreachableException(coordinator, reason(e, timeout), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ColonyClientException("interrupted while waiting for the coordinator at " + coordinator, e);
        }
    }

    /** The whole answer, up to {@link #MAX_ANSWER_BYTES}. */
    byte[] readAnswer(HttpResponse<InputStream> response, Duration timeout) {
        byte[] body;
        try (InputStream in = response.body()) {
            body = in.readNBytes(MAX_ANSWER_BYTES + 1);
        } catch (IOException e) {
            throw new ColonyUnreachableException(coordinator, reason(e, timeout), e);
        }
        if (body.length > MAX_ANSWER_BYTES) {
            throw new ColonyApiException(response.statusCode(), ColonyApiException.UNEXPECTED_RESPONSE,
                "the coordinator at " + coordinator + " answered with more than " + MAX_ANSWER_BYTES + " bytes");
        }
        return body;
    }

    <T> T decode(int status, byte[] body, Class<T> answer) {
        T value;
        try {
            value = codec.decode(body, answer);
        } catch (ProtocolException e) {
            throw new ColonyApiException(status, ColonyApiException.UNEXPECTED_RESPONSE,
                "the coordinator at " + coordinator + " sent a bad answer: " + oneLine(e.getMessage()));
        }
        if (value == null) {
            throw new ColonyApiException(status, ColonyApiException.UNEXPECTED_RESPONSE,
                "the coordinator at " + coordinator + " sent null instead of " + answer.getSimpleName());
        }
        return value;
    }

    /** An error answer: the ApiError's kind and message, or a description of whatever came instead. */
    ColonyApiException refusal(int status, byte[] body) {
        try {
            ApiError error = codec.decode(body, ApiError.class);
            if (error != null && error.error() != null && error.error().message() != null) {
                String type = error.error().type() == null ? ColonyApiException.UNEXPECTED_RESPONSE : oneLine(error.error().type());
                return new ColonyApiException(status, type, oneLine(error.error().message()));
            }
        } catch (ProtocolException notAnApiError) {
            // described below from the raw body
        }
        String text = oneLine(new String(body, StandardCharsets.UTF_8));
        return new ColonyApiException(status, ColonyApiException.UNEXPECTED_RESPONSE,
            "HTTP " + status + " from the coordinator at " + coordinator + (text.isEmpty() ? " (empty body)" : ": " + text));
    }

    private static String reason(IOException e, Duration timeout) {
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof HttpTimeoutException && timeout != null) {
            return "no answer within " + timeout.toSeconds() + " s";
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnresolvedAddressException || cause instanceof UnknownHostException) {
                return "unknown host";
            }
        }
        if (e instanceof ConnectException) {
            return e.getMessage() == null || e.getMessage().toLowerCase().contains("refused")
                ? "connection refused" : oneLine(e.getMessage());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : oneLine(e.getMessage());
    }

    /** Server text made safe for one line of a terminal: no control characters, bounded length. */
    static String oneLine(String text) {
        String flat = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return flat.length() <= MAX_MESSAGE_CHARS ? flat : flat.substring(0, MAX_MESSAGE_CHARS) + "…";
    }
}

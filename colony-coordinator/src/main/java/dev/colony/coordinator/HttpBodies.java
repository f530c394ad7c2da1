package dev.colony.coordinator;

import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.MalformedMessageException;
import dev.colony.protocol.OversizedMessageException;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads request bodies within a limit, counted while reading (a missing or lying Content-Length
 * changes nothing), and decodes JSON ones. An oversized body is drained up to a bound before the
 * 413, so that the client, still sending, reads the answer instead of a reset connection.
 */
final class HttpBodies {

    static final int JSON_LIMIT = 64 * 1024;
    /** A deploy request carries the source (≤ 1 MiB) escaped in JSON. */
    static final int DEPLOY_LIMIT = 2 * Deployer.MAX_SOURCE_BYTES + JSON_LIMIT;
    static final int BLOB_LIMIT = 64 * 1024 * 1024;
    private static final long DRAIN_LIMIT = 2L * BLOB_LIMIT;
    /** For most JSON bodies. */
    static final JsonCodec SMALL = new JsonCodec(JSON_LIMIT);
    static final JsonCodec DEPLOY = new JsonCodec(DEPLOY_LIMIT);

    private HttpBodies() {
    }

    static byte[] read(Context ctx, int limit) {
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) != -1; ) {
                total += n;
                if (total > limit) {
                    drain(in, DRAIN_LIMIT - total);
                    throw CoordinatorException.tooLarge("the body is over its limit of " + limit + " bytes");
                }
                body.write(buffer, 0, n);
            }
            return body.toByteArray();
        } catch (IOException e) {
            throw CoordinatorException.invalid("unreadable-body", "the request body could not be read: " + e.getMessage());
        }
    }

    /** A JSON body of {@code type} within the codec's limit; needs {@code Content-Type: application/json}. */
    static <T> T json(Context ctx, Class<T> type, JsonCodec codec) {
        String contentType = ctx.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals("application/json")) {
            throw CoordinatorException.invalid("unsupported-content-type", "the body must be application/json, not '"
                + (contentType == null ? "" : contentType) + "'");
        }
        byte[] body = read(ctx, codec.maxBytes());
        try {
            T value = codec.decode(body, type);
            if (value == null) {
                throw CoordinatorException.invalid("invalid-request", "the body must be a JSON object, not null");
            }
            return value;
        } catch (MalformedMessageException e) {
            throw CoordinatorException.invalid("invalid-request", e.getMessage());
        } catch (OversizedMessageException e) {
            throw CoordinatorException.tooLarge(e.getMessage());
        }
    }

    /**
     * Reads what is left of a body an error answers before reading it (a 401, an unknown route): Jetty
     * would otherwise close the connection with bytes unread, and the reset can lose the answer.
     */
    static void discardUnread(Context ctx) {
        try {
            drain(ctx.req().getInputStream(), BLOB_LIMIT);
        } catch (IOException | RuntimeException e) {
            // nothing more to read, or the client is gone: the answer goes out or not, as it may
        }
    }

    /** Reads and drops up to {@code maxBytes} more. */
    private static void drain(InputStream in, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; total < maxBytes && (n = in.read(buffer)) != -1; ) {
            total += n;
        }
    }
}

package dev.colony.coordinator;

import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.api.ApiError;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The one place errors become HTTP answers: every error is an {@link ApiError} with 400, 401, 404,
 * 409, 412, 413, 416 or 503 — Colony's own, Javalin's (unknown route, wrong method) and Jetty's (a request it
 * cannot parse) alike. Anything unexpected is logged and answered 503, never 500.
 */
final class ApiErrors {

    private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());
    static final JsonCodec CODEC = new JsonCodec(1024 * 1024);

    private ApiErrors() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(CoordinatorException.class, (e, ctx) -> write(ctx, status(e.kind()), e.type(), e.getMessage()));
        routes.exception(HttpResponseException.class, (e, ctx) -> fromStatus(ctx, e.getStatus(), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.log(System.Logger.Level.ERROR, "unexpected failure on " + ctx.method() + " " + ctx.path(), e);
            write(ctx, 503, "internal-error", "the coordinator failed on this request: " + e);
        });
        routes.error(404, ctx -> {
            if (!isApiError(ctx)) {
                write(ctx, 404, "unknown-route", "no route " + ctx.method() + " " + ctx.path());
            }
        });
        routes.error(405, ctx -> write(ctx, 404, "unknown-route", "no route " + ctx.method() + " " + ctx.path()));
    }

    static int status(CoordinatorException.Kind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHORIZED -> 401;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case TOO_LARGE -> 413;
            case RANGE_NOT_SATISFIABLE -> 416;
            case UNAVAILABLE -> 503;
        };
    }

    static void write(Context ctx, int status, String type, String message) {
        HttpBodies.discardUnread(ctx);
        ctx.status(status).contentType("application/json").result(encode(type, message));
    }

    /** Javalin's own errors, in Colony's statuses. */
    private static void fromStatus(Context ctx, int status, String message) {
        switch (status) {
            case 404, 405 -> write(ctx, 404, "unknown-route", "no route " + ctx.method() + " " + ctx.path());
            case 413 -> write(ctx, 413, "body-too-large", message);
            case 401 -> write(ctx, 401, "unauthorized", message);
            default -> write(ctx, status >= 500 ? 503 : 400, "bad-request", message);
        }
    }

    /** Whether the 404 is already one of ours (an unknown program, engine or blob). */
    private static boolean isApiError(Context ctx) {
        String body = ctx.result();
        return body != null && body.startsWith("{\"error\"");
    }

    private static byte[] encode(String type, String message) {
        String line = message == null ? type : message.lines().findFirst().orElse(type);
        return CODEC.encode(ApiError.of(type, line));
    }

    /**
     * Jetty's errors before a request reaches Javalin (e.g. a URI that is not UTF-8), as ApiError JSON
     * for every method (Jetty's own handler writes no body for PUT or DELETE).
     */
    static final class JettyErrors extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int code = request.getAttribute(ERROR_STATUS) instanceof Integer status ? status : response.getStatus();
            String message = request.getAttribute(ERROR_MESSAGE) instanceof String text ? text : null;
            int status = code == 401 || code == 404 || code == 409 || code == 413 ? code : code >= 500 ? 503 : 400;
            String text = message == null ? "the request cannot be handled (HTTP " + code + ")" : message;
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
            response.write(true, ByteBuffer.wrap(encode("bad-request", text)), callback);
            return true;
        }
    }
}

package dev.colony.engine;

import dev.colony.protocol.ControlReply;
import dev.colony.protocol.ControlRequest;
import dev.colony.protocol.ErrorInfo;
import dev.colony.protocol.JsonCodec;
import dev.colony.protocol.ProtocolException;
import dev.colony.pubsub.Message;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

/**
 * Answers the control requests on the engine's control topic: decodes them, answers a repeated
 * request id with its first reply, and runs each request on the control thread, one at a time in
 * arrival order. Whatever arrives, it answers with a reply and never throws.
 */
final class ControlServer {

    static final int REMEMBERED_REPLIES = 1_000;
    /** The id a reply carries when the request's own cannot be read. */
    static final String UNKNOWN_REQUEST = "unknown";
    private static final int MAX_ECHOED_ID_CHARS = 200;
    private static final System.Logger LOG = System.getLogger(ControlServer.class.getName());

    /** Just the id of a request that failed to decode, to label its failed reply. */
    record RequestId(String requestId) {
    }

    private final JsonCodec codec = new JsonCodec();
    private final ReplyCache replies = new ReplyCache(REMEMBERED_REPLIES);
    private final ProgramControl programs;
    private final ExecutorService controlThread;

    ControlServer(ProgramControl programs, ExecutorService controlThread) {
        this.programs = programs;
        this.controlThread = controlThread;
    }

    byte[] answer(Message message) {
        ControlRequest request;
        try {
            request = codec.decode(message.payload(), ControlRequest.class);
        } catch (ProtocolException e) {
            return failed(requestIdIn(message.payload()), "malformed-request", e.getMessage());
        }
        byte[] first = replies.get(request.requestId());
        if (first != null) {
            return first;
        }
        byte[] reply;
        try {
            reply = codec.encode(onControlThread(request));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "control request " + request.requestId() + " failed", e);
            return failed(echoable(request.requestId()), "engine-error", "the engine failed: " + Texts.cut(String.valueOf(e.getMessage()), 500));
        }
        replies.put(request.requestId(), reply);
        return reply;
    }

    private ControlReply onControlThread(ControlRequest request) {
        try {
            return controlThread.submit(() -> programs.handle(request)).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (RejectedExecutionException e) {
            return ControlReply.failed(request.requestId(), new ErrorInfo("engine-stopping", "the engine is stopping", true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ControlReply.failed(request.requestId(), new ErrorInfo("engine-stopping", "the engine is stopping", true));
        }
    }

    private byte[] failed(String requestId, String type, String message) {
        return codec.encode(ControlReply.failed(requestId, new ErrorInfo(type, message, false)));
    }

    /** The request id of an undecodable request, when it has a readable one. */
    private String requestIdIn(byte[] payload) {
        try {
            return echoable(codec.decode(payload, RequestId.class).requestId());
        } catch (RuntimeException e) {
            return UNKNOWN_REQUEST;
        }
    }

    private static String echoable(String requestId) {
        return requestId == null || requestId.isBlank() || requestId.length() > MAX_ECHOED_ID_CHARS ? UNKNOWN_REQUEST : requestId;
    }
}

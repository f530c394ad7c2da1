package dev.colony.engine;

/** An engine cannot join its coordinator or reach its blobs; the message is one line for people. */
public class EngineException extends RuntimeException {

    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}

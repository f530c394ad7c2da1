package dev.colony.protocol;

/**
 * Root of every error the protocol raises. {@link #type()} is a stable string that crosses the wire
 * in {@link ErrorInfo}, so a node that receives the error can act on it without our classes.
 */
public abstract class ProtocolException extends RuntimeException {

    protected ProtocolException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A stable, kebab-case name of the error kind, e.g. {@code malformed-message}. */
    public abstract String type();
}

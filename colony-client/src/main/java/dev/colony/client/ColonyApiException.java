package dev.colony.client;

/**
 * The coordinator answered, and refused: an HTTP error status with the error's kind and message
 * from its {@code ApiError} body (or a description of a body that was not one).
 */
public final class ColonyApiException extends ColonyClientException {
    /** The type given to answers whose body is not an {@code ApiError}, e.g. from a proxy. */
    public static final String UNEXPECTED_RESPONSE = "unexpected-response";

    private final int status;
    private final String type;

    public ColonyApiException(int status, String type, String message) {
        super(message);
        this.status = status;
        this.type = type;
    }

    /** The HTTP status, e.g. 404. */
    public int status() {
        return status;
    }

    /** The error's kebab-case kind, e.g. {@code unknown-program}. */
    public String type() {
        return type;
    }
}

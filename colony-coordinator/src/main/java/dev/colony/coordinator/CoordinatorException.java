package dev.colony.coordinator;

/**
 * Every failure the coordinator answers a caller with: a {@link Kind} (mapped to an HTTP status once,
 * at the REST edge), a stable kebab-case {@code type} clients can switch on, and a one-line message.
 */
final class CoordinatorException extends RuntimeException {

    enum Kind { INVALID, UNAUTHORIZED, NOT_FOUND, CONFLICT, PRECONDITION_FAILED, TOO_LARGE, RANGE_NOT_SATISFIABLE, UNAVAILABLE }

    private final Kind kind;
    private final String type;

    CoordinatorException(Kind kind, String type, String message) {
        super(message);
        this.kind = kind;
        this.type = type;
    }

    static CoordinatorException invalid(String type, String message) {
        return new CoordinatorException(Kind.INVALID, type, message);
    }

    static CoordinatorException notFound(String type, String message) {
        return new CoordinatorException(Kind.NOT_FOUND, type, message);
    }

    static CoordinatorException conflict(String type, String message) {
        return new CoordinatorException(Kind.CONFLICT, type, message);
    }

    static CoordinatorException tooLarge(String message) {
        return new CoordinatorException(Kind.TOO_LARGE, "body-too-large", message);
    }

    static CoordinatorException unavailable(String type, String message) {
        return new CoordinatorException(Kind.UNAVAILABLE, type, message);
    }

    Kind kind() {
        return kind;
    }

    String type() {
        return type;
    }
}

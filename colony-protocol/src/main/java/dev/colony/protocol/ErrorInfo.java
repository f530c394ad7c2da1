package dev.colony.protocol;

/**
 * A failure that crosses the wire.
 *
 * @param type      a stable kebab-case kind (e.g. {@code unknown-program}) receivers can switch on
 * @param retryable whether the same request may succeed later
 */
public record ErrorInfo(String type, String message, boolean retryable) {

    public ErrorInfo {
        Fields.text(type, "type");
        Fields.present(message, "message");
    }

    public static ErrorInfo of(ProtocolException e) {
        return new ErrorInfo(e.type(), e.getMessage(), false);
    }
}

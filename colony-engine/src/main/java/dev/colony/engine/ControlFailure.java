package dev.colony.engine;

import dev.colony.protocol.ErrorInfo;

/** A control request that cannot be carried out; becomes the failed {@code ControlReply}. */
final class ControlFailure extends RuntimeException {

    private final String type;

    ControlFailure(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    ErrorInfo error() {
        return new ErrorInfo(type, getMessage(), false);
    }
}

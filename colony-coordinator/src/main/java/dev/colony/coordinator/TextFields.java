package dev.colony.coordinator;

import dev.colony.protocol.InvalidTopicException;
import dev.colony.protocol.Topics;

/** Checks of free-text request fields (names, file names, program references) and of ids. */
final class TextFields {

    static final int MAX_CHARS = 128;

    private TextFields() {
    }

    /** Non-blank, at most {@value #MAX_CHARS} characters, no control characters. */
    static String requireText(String value, String field) {
        if (value == null) {
            throw CoordinatorException.invalid("missing-field", field + " is missing");
        }
        if (value.isBlank() || value.length() > MAX_CHARS || value.chars().anyMatch(Character::isISOControl)) {
            throw CoordinatorException.invalid("invalid-field", field + " must be 1-" + MAX_CHARS
                + " characters without control characters");
        }
        return value;
    }

    /** An engine or program id: one topic level ({@link Topics#requireId}). */
    static String requireId(String value, String field) {
        if (value == null) {
            throw CoordinatorException.invalid("missing-field", field + " is missing");
        }
        try {
            return Topics.requireId(value);
        } catch (InvalidTopicException e) {
            throw CoordinatorException.invalid("invalid-field", field + ": " + e.getMessage());
        }
    }
}

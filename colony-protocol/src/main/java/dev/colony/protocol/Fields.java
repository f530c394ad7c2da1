package dev.colony.protocol;

/** Checks of message fields, shared by the records' constructors so the codec reports them alike. */
final class Fields {

    private Fields() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    static String text(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value;
    }

    static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " is negative: " + value);
        }
        return value;
    }
}

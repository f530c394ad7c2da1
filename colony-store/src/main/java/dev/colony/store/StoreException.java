package dev.colony.store;

/** The database failed or cannot be reached: nothing the caller asked for was changed. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package dev.colony.engine;

import java.util.function.Supplier;

/** What {@code open} gives the first time it succeeds, kept from then on; a failure is thrown and tried again next time. */
final class OpenedOnce<T> implements Supplier<T> {
    private final Supplier<T> open;
    private volatile T value;

    OpenedOnce(Supplier<T> open) {
        this.open = open;
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = value = open.get();
                }
            }
        }
        return current;
    }
}

package dev.colony.coordinator;

import java.util.function.BooleanSupplier;

final class Eventually {

    private Eventually() {
    }

    /** Polls until the condition holds, failing after 15 s with what was expected. */
    static void until(String what, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}

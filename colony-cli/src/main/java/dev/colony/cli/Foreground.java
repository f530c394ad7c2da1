package dev.colony.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;

/** Keeps {@code colony up} and {@code colony engine} running until SIGINT or SIGTERM, then closes what they started. */
final class Foreground {
  private Foreground() {}

  static void runUntilStopped(AutoCloseable service, String what, PrintWriter err) throws InterruptedException {
    CountDownLatch closed = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.close();
      } catch (Exception e) {
        err.println("colony: closing the " + what + " failed: " + e.getMessage());
        err.flush();
      } finally {
        closed.countDown();
      }
    }, "colony-shutdown"));
    closed.await();
  }
}

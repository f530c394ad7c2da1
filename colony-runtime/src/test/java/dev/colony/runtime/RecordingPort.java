package dev.colony.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A {@link PubSubPort} that records every call, and a {@link ProgramOutput} that records console
 * lines in the same list, so tests see both in the order they happened. Can be told to fail.
 */
final class RecordingPort implements PubSubPort, ProgramOutput {
  private final List<String> events = new ArrayList<>();
  private volatile RuntimeException failure;

  /** Every later call throws {@code e} (null: calls succeed again). */
  void failWith(RuntimeException e) {
    failure = e;
  }

  @Override
  public void publish(String topic, String json) {
    record("publish " + topic + " " + json);
  }

  @Override
  public void subscribed(String filter) {
    record("subscribed " + filter);
  }

  @Override
  public void unsubscribed(String filter) {
    record("unsubscribed " + filter);
  }

  @Override
  public void stdout(String text) {
    add("out " + text);
  }

  @Override
  public void stderr(String text) {
    add("err " + text);
  }

  private void record(String event) {
    RuntimeException e = failure;
    if (e != null) {
      throw e;
    }
    add(event);
  }

  private synchronized void add(String event) {
    events.add(event);
    notifyAll();
  }

  synchronized List<String> events() {
    return List.copyOf(events);
  }

  /** The payloads published on {@code topic}, in order. */
  synchronized List<String> published(String topic) {
    String prefix = "publish " + topic + " ";
    return events.stream().filter(e -> e.startsWith(prefix)).map(e -> e.substring(prefix.length())).toList();
  }

  /** Waits up to 30 s until the events satisfy {@code condition}. */
  synchronized void await(Predicate<List<String>> condition) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!condition.test(events)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw new AssertionError("timed out waiting; events so far: " + events);
      }
      TimeUnit.NANOSECONDS.timedWait(this, left);
    }
  }

  void awaitEvent(String event) throws InterruptedException {
    await(events -> events.contains(event));
  }
}

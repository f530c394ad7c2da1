package dev.colony.runtime.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The events a program accepted and has not handled yet — messages, and the outcomes of its file
 * operations — filled from the host's threads and emptied by the program thread. Accepting a
 * message is the promise that it is handled or captured, so the inbox closes for good at the moment
 * a capture that moves the program takes its contents (and when the program ends): from then on the
 * host keeps its messages for the next incarnation.
 *
 * <p>It also counts the file operations in flight, whose outcomes it will receive: a capture waits
 * until there are none ({@link #awaitSettled}), so every outcome is in the snapshot.
 */
final class Inbox {
  /** The broker's default queue limit: a program this far behind slows its senders down. */
  static final int CAPACITY = 1_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition room = lock.newCondition();
  private final Condition settled = lock.newCondition();
  private final ArrayDeque<InboxEvent> events = new ArrayDeque<>();
  /** Tells the program thread that an event arrived, in case it sleeps. */
  private final Runnable arrived;
  private int inFlight;
  private boolean closed;

  Inbox(Runnable arrived) {
    this.arrived = arrived;
  }

  /**
   * Queues a message, waiting while the inbox is full; false when the inbox is (or becomes) closed,
   * in which case the message is not the program's.
   */
  boolean offer(InboxMessage message) {
    lock.lock();
    try {
      while (!closed && events.size() >= CAPACITY) {
        room.awaitUninterruptibly();
      }
      if (closed) {
        return false;
      }
      events.add(message);
    } finally {
      lock.unlock();
    }
    arrived.run();
    return true;
  }

  /** A file operation was issued: its outcome will come through {@link #complete}. */
  void expectCompletion() {
    lock.lock();
    try {
      inFlight++;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Queues a file operation's outcome, never waiting (the program asked for it, so it is not
   * pushed on it); dropped once the inbox is closed, since the program then is gone.
   */
  void complete(FileEvent event) {
    lock.lock();
    try {
      inFlight--;
      if (!closed) {
        events.add(event);
      }
      settled.signalAll();
    } finally {
      lock.unlock();
    }
    arrived.run();
  }

  /** Waits until no file operation is in flight (or the inbox closes); false when that takes longer than {@code timeoutMillis}. */
  boolean awaitSettled(long timeoutMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    lock.lock();
    try {
      while (inFlight > 0 && !closed) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        settled.awaitNanos(left);
      }
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      lock.unlock();
    }
  }

  int inFlight() {
    lock.lock();
    try {
      return inFlight;
    } finally {
      lock.unlock();
    }
  }

  /** Whether nothing waits and nothing is expected: a program with no other work may end. */
  boolean isIdle() {
    lock.lock();
    try {
      return events.isEmpty() && inFlight == 0;
    } finally {
      lock.unlock();
    }
  }

  /** The oldest event, or null. */
  InboxEvent poll() {
    lock.lock();
    try {
      InboxEvent event = events.poll();
      if (event != null) {
        room.signal();
      }
      return event;
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return events.size();
    } finally {
      lock.unlock();
    }
  }

  /** What a checkpoint captures: the events accepted so far; the inbox keeps them and stays open. */
  ArrayList<InboxEvent> contents() {
    lock.lock();
    try {
      return new ArrayList<>(events);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes the inbox for good and returns what it holds: senders waiting for room get false. What it
   * holds stays (a kill may race a capture that takes it).
   */
  ArrayList<InboxEvent> close() {
    lock.lock();
    try {
      closed = true;
      room.signalAll();
      settled.signalAll();
      return new ArrayList<>(events);
    } finally {
      lock.unlock();
    }
  }

  /** Puts a restored program's captured events before any that arrived since. */
  void restore(List<InboxEvent> captured) {
    lock.lock();
    try {
      for (int i = captured.size() - 1; i >= 0; i--) {
        events.addFirst(captured.get(i));
      }
    } finally {
      lock.unlock();
    }
    if (!captured.isEmpty()) {
      arrived.run();
    }
  }
}

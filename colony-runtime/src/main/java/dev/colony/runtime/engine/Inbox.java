package dev.colony.runtime.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The messages a program accepted and has not handled yet, filled from the host's threads and
 * emptied by the program thread. Accepting a message is the promise that it is handled or captured,
 * so the inbox closes for good at the moment a capture that moves the program takes its contents
 * (and when the program ends): from then on the host keeps its messages for the next incarnation.
 */
final class Inbox {
  /** The broker's default queue limit: a program this far behind slows its senders down. */
  static final int CAPACITY = 1_000;

  private final ReentrantLock lock = new ReentrantLock();
  private final Condition room = lock.newCondition();
  private final ArrayDeque<InboxMessage> messages = new ArrayDeque<>();
  /** Tells the program thread that a message arrived, in case it sleeps. */
  private final Runnable arrived;
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
      while (!closed && messages.size() >= CAPACITY) {
        room.awaitUninterruptibly();
      }
      if (closed) {
        return false;
      }
      messages.add(message);
    } finally {
      lock.unlock();
    }
    arrived.run();
    return true;
  }

  /** The oldest message, or null. */
  InboxMessage poll() {
    lock.lock();
    try {
      InboxMessage message = messages.poll();
      if (message != null) {
        room.signal();
      }
      return message;
    } finally {
      lock.unlock();
    }
  }

  int size() {
    lock.lock();
    try {
      return messages.size();
    } finally {
      lock.unlock();
    }
  }

  /** What a checkpoint captures: the messages accepted so far; the inbox keeps them and stays open. */
  ArrayList<InboxMessage> contents() {
    lock.lock();
    try {
      return new ArrayList<>(messages);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Closes the inbox for good and returns what it holds: senders waiting for room get false. What it
   * holds stays (a kill may race a capture that takes it).
   */
  ArrayList<InboxMessage> close() {
    lock.lock();
    try {
      closed = true;
      room.signalAll();
      return new ArrayList<>(messages);
    } finally {
      lock.unlock();
    }
  }

  /** Puts a restored program's captured messages before any that arrived since. */
  void restore(List<InboxMessage> captured) {
    lock.lock();
    try {
      for (int i = captured.size() - 1; i >= 0; i--) {
        messages.addFirst(captured.get(i));
      }
    } finally {
      lock.unlock();
    }
    if (!captured.isEmpty()) {
      arrived.run();
    }
  }
}

package dev.colony.runtime.engine;

import java.io.Serial;
import java.io.Serializable;

/**
 * One callback the event loop will run: a timer, an immediate, a microtask, or the handling of an
 * inbox message or file outcome. Holds JavaScript values, so it is serialised with the program's heap.
 */
final class Task implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  enum Kind { MAIN, TIMEOUT, INTERVAL, IMMEDIATE, MICROTASK, MESSAGE, FILE }

  final Kind kind;
  final long id;
  final Object callback;
  final Object[] args;
  /** Program-clock time at which a timer is due; ignored for other kinds. */
  long due;
  /** Repeat period of an interval, in ms. */
  final long repeat;
  /** Insertion order, so timers due at the same time run in the order they were set. */
  long seq;

  Task(Kind kind, long id, Object callback, Object[] args, long due, long repeat, long seq) {
    this.kind = kind;
    this.id = id;
    this.callback = callback;
    this.args = args;
    this.due = due;
    this.repeat = repeat;
    this.seq = seq;
  }

  boolean isTimer() {
    return kind == Kind.TIMEOUT || kind == Kind.INTERVAL;
  }
}

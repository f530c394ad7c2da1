package dev.colony.runtime.engine;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.TreeSet;

/**
 * The queues of one program, in program time: timers ordered by due time then creation order,
 * immediates in FIFO order, and microtasks. Nothing here runs code; {@link ProgramRunner} decides
 * when each task runs, following Node's phases (timers, then immediates, microtasks after each).
 *
 * <p>Program time is the time the program has been running (pauses and time spent as a snapshot
 * do not count), so a timer restored in another process keeps its remaining time.
 */
final class EventLoop implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  /** Node clamps delays outside 1..2^31-1 ms to 1 ms. */
  private static final long MAX_DELAY = 2_147_483_647L;

  // The queues are written as plain lists (see writeObject): the snapshot allow-list admits few JDK classes.
  private transient TreeSet<Task> timers = new TreeSet<>(new DueOrder());
  /** Also holds an interval whose callback is running, so a capture inside it keeps the interval. */
  private final HashMap<Long, Task> timersById = new HashMap<>();
  private transient ArrayDeque<Task> immediates = new ArrayDeque<>();
  private transient ArrayDeque<Task> microtasks = new ArrayDeque<>();
  private long nextId = 1;
  private long nextSeq = 1;

  @Serial
  private void writeObject(ObjectOutputStream out) throws IOException {
    out.defaultWriteObject();
    out.writeObject(new ArrayList<>(timers));
    out.writeObject(new ArrayList<>(immediates));
    out.writeObject(new ArrayList<>(microtasks));
  }

  @Serial
  @SuppressWarnings("unchecked")
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    timers = new TreeSet<>(new DueOrder());
    timers.addAll((List<Task>) in.readObject());
    immediates = new ArrayDeque<>((List<Task>) in.readObject());
    microtasks = new ArrayDeque<>((List<Task>) in.readObject());
  }

  /** Due time, then creation order. */
  private static final class DueOrder implements Comparator<Task> {
    @Override
    public int compare(Task a, Task b) {
      int byDue = Long.compare(a.due, b.due);
      return byDue != 0 ? byDue : Long.compare(a.seq, b.seq);
    }
  }

  static long clampDelay(double delay) {
    if (!(delay >= 1) || delay > MAX_DELAY) {
      return 1;
    }
    return (long) delay;
  }

  long addTimer(Object callback, Object[] args, long now, long delay, boolean repeat) {
    long id = nextId++;
    Task timer = new Task(repeat ? Task.Kind.INTERVAL : Task.Kind.TIMEOUT, id, callback, args,
        now + delay, repeat ? delay : 0, nextSeq++);
    timers.add(timer);
    timersById.put(id, timer);
    return id;
  }

  void clearTimer(long id) {
    Task timer = timersById.remove(id);
    if (timer != null) {
      timers.remove(timer);
    }
  }

  /** Puts an interval back in the queue after it ran, unless it was cleared while running. */
  void reschedule(Task interval, long startedAt) {
    if (timersById.get(interval.id) == interval) {
      interval.due = startedAt + interval.repeat;
      interval.seq = nextSeq++;
      timers.add(interval);
    }
  }

  long addImmediate(Object callback, Object[] args) {
    long id = nextId++;
    Task immediate = new Task(Task.Kind.IMMEDIATE, id, callback, args, 0, 0, nextSeq++);
    immediates.add(immediate);
    timersById.put(id, immediate);
    return id;
  }

  /** Clears a timer or an immediate: Node lets clearTimeout and clearImmediate share ids too. */
  void clear(long id) {
    Task task = timersById.remove(id);
    if (task == null) {
      return;
    }
    if (task.kind == Task.Kind.IMMEDIATE) {
      immediates.remove(task);
    } else {
      timers.remove(task);
    }
  }

  void addMicrotask(Object callback) {
    microtasks.add(new Task(Task.Kind.MICROTASK, 0, callback, new Object[0], 0, 0, 0));
  }

  Task pollMicrotask() {
    return microtasks.poll();
  }

  /** The earliest timer due at or before {@code now} and created before {@code seqLimit}, removed from the queue. */
  Task pollDueTimer(long now, long seqLimit) {
    for (Task first : timers) {
      if (first.due > now) {
        return null;
      }
      if (first.seq < seqLimit) {
        timers.remove(first);
        if (first.kind == Task.Kind.TIMEOUT) {
          timersById.remove(first.id);
        }
        return first;
      }
    }
    return null;
  }

  Task pollImmediate() {
    Task immediate = immediates.poll();
    if (immediate != null) {
      timersById.remove(immediate.id);
    }
    return immediate;
  }

  long seqMark() {
    return nextSeq;
  }

  int immediateCount() {
    return immediates.size();
  }

  int microtaskCount() {
    return microtasks.size();
  }

  boolean hasWork() {
    return !timers.isEmpty() || !immediates.isEmpty() || !microtasks.isEmpty();
  }

  /** Program time of the next timer, or {@code Long.MAX_VALUE} when there is none. */
  long nextDue() {
    return timers.isEmpty() ? Long.MAX_VALUE : timers.first().due;
  }

  Iterable<Task> pendingTimers() {
    return timers;
  }

  Iterable<Task> pendingImmediates() {
    return immediates;
  }
}

package dev.colony.runtime.engine;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A program's {@code pubsub} subscriptions: filters in the order they were first subscribed (the
 * order a restore registers them again), each with its JavaScript handlers in the order they were
 * added. Part of {@link ProgramState}, so the handlers travel with the program's heap. Programs
 * have few filters: lists searched in order are enough.
 */
final class Subscriptions implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  private static final class Subscription implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    final String filter;
    final ArrayList<Object> handlers = new ArrayList<>();

    Subscription(String filter) {
      this.filter = filter;
    }
  }

  private final ArrayList<Subscription> subscriptions = new ArrayList<>();

  boolean isEmpty() {
    return subscriptions.isEmpty();
  }

  boolean has(String filter) {
    return find(filter) != null;
  }

  void add(String filter, Object handler) {
    Subscription subscription = find(filter);
    if (subscription == null) {
      subscription = new Subscription(filter);
      subscriptions.add(subscription);
    }
    subscription.handlers.add(handler);
  }

  /** Whether {@link #remove} with these arguments would leave {@code filter} without handlers. */
  boolean removesLast(String filter, Object handler) {
    Subscription subscription = find(filter);
    return subscription != null
        && (handler == null || subscription.handlers.size() == 1 && subscription.handlers.get(0) == handler);
  }

  /**
   * Removes the most recently added instance of {@code handler} (as Node's removeListener does), or
   * every handler when it is null; the filter goes once it has none.
   */
  void remove(String filter, Object handler) {
    Subscription subscription = find(filter);
    if (subscription == null) {
      return;
    }
    if (handler != null) {
      int last = lastIndexOf(subscription.handlers, handler);
      if (last >= 0) {
        subscription.handlers.remove(last);
      }
    }
    if (handler == null || subscription.handlers.isEmpty()) {
      subscriptions.remove(subscription);
    }
  }

  /** A copy of the filter's handlers: a handler that (un)subscribes does not change the message being handled. */
  Object[] handlers(String filter) {
    Subscription subscription = find(filter);
    return subscription == null ? new Object[0] : subscription.handlers.toArray();
  }

  List<String> filters() {
    List<String> filters = new ArrayList<>(subscriptions.size());
    for (Subscription subscription : subscriptions) {
      filters.add(subscription.filter);
    }
    return filters;
  }

  private Subscription find(String filter) {
    for (Subscription subscription : subscriptions) {
      if (subscription.filter.equals(filter)) {
        return subscription;
      }
    }
    return null;
  }

  /** By identity: JavaScript functions are equal only to themselves. */
  private static int lastIndexOf(List<Object> handlers, Object handler) {
    for (int i = handlers.size() - 1; i >= 0; i--) {
      if (handlers.get(i) == handler) {
        return i;
      }
    }
    return -1;
  }
}

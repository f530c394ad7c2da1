package dev.colony.runtime.engine;

import dev.colony.runtime.ProgramExit.Outcome;
import dev.colony.runtime.PubSubPort;
import org.mozilla.javascript.ScriptRuntime;

/**
 * What the {@code pubsub} global asks of the host, on the program thread: keeps the program's
 * {@link Subscriptions} in step with the port (the port hears of a filter when its first handler
 * comes and its last one goes) and turns the port's exceptions into JavaScript errors.
 */
final class PubSubCalls {
  private final PubSubPort port;

  PubSubCalls(PubSubPort port) {
    this.port = port;
  }

  /** The port is asked first: if it refuses, the program is not subscribed. */
  void subscribe(Subscriptions subscriptions, String filter, Object handler) {
    if (!subscriptions.has(filter)) {
      callPort(() -> port.subscribed(filter));
    }
    subscriptions.add(filter, handler);
  }

  /** @param handler the handler to remove, or null for all of the filter's */
  void unsubscribe(Subscriptions subscriptions, String filter, Object handler) {
    if (subscriptions.removesLast(filter, handler)) {
      callPort(() -> port.unsubscribed(filter));
    }
    subscriptions.remove(filter, handler);
  }

  void publish(String topic, String json) {
    callPort(() -> port.publish(topic, json));
  }

  /** A restored program's subscriptions, registered again in the order they were made; a refusal ends the program. */
  void resubscribe(Subscriptions subscriptions) {
    for (String filter : subscriptions.filters()) {
      try {
        port.subscribed(filter);
      } catch (RuntimeException e) {
        throw new ProgramStop(Outcome.FAILED, "cannot subscribe again to " + filter + ": " + messageOf(e));
      }
    }
  }

  private static void callPort(Runnable call) {
    try {
      call.run();
    } catch (IllegalArgumentException e) {
      throw ScriptRuntime.typeError(messageOf(e));
    } catch (RuntimeException e) {
      throw ScriptRuntime.constructError("Error", messageOf(e));
    }
  }

  private static String messageOf(RuntimeException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}

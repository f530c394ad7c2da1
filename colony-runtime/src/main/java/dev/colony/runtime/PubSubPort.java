package dev.colony.runtime;

/**
 * The host's side of a program's {@code pubsub} global: the runtime keeps the handlers and the
 * inbox (both travel in snapshots), the host carries messages. Topic names are the program's own
 * ({@code sensors/temp}); mapping them into the MQTT namespace is the host's business.
 *
 * <p>Methods are called on the program's thread. An {@link IllegalArgumentException} (a bad topic,
 * an oversized value) becomes a {@code TypeError} in the program, any other exception an
 * {@code Error}; both carry the exception's message.
 */
public interface PubSubPort {
  /** Sends a JSON text; returns at once (the host delivers it at least once, in order). */
  void publish(String topic, String json);

  /**
   * The program subscribed to {@code filter} (MQTT wildcards allowed) for the first time; returns
   * once messages on it will reach {@link Program#deliver}. After a restore, called once for each
   * of the program's subscriptions, in the order they were made, before any program code runs.
   */
  void subscribed(String filter);

  /** The program dropped its last handler for {@code filter}. */
  void unsubscribed(String filter);

  /** For programs run without a cluster: every call fails with a message saying so. */
  PubSubPort NONE = new PubSubPort() {
    @Override
    public void publish(String topic, String json) {
      throw unavailable();
    }

    @Override
    public void subscribed(String filter) {
      throw unavailable();
    }

    @Override
    public void unsubscribed(String filter) {
      throw unavailable();
    }

    private IllegalStateException unavailable() {
      return new IllegalStateException("pubsub needs a cluster: deploy the program with `colony run` to a `colony up`");
    }
  };
}

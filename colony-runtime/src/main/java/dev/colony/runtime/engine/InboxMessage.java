package dev.colony.runtime.engine;

import java.io.Serial;

/** A message {@code Program.deliver} accepted for the subscription {@code filter}: kept in the inbox, and in snapshots. */
record InboxMessage(String filter, String topic, String payload) implements InboxEvent {
  @Serial private static final long serialVersionUID = 1L;
}

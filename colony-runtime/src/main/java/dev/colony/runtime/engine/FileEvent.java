package dev.colony.runtime.engine;

import dev.colony.runtime.FileResult;
import java.io.Serial;

/**
 * A file operation's outcome, waiting for its turn: {@code callback} is the prelude's JavaScript
 * function that hands it to the program (see fs.js), serialised with the program's heap.
 */
record FileEvent(Object callback, FileResult result) implements InboxEvent {
  @Serial private static final long serialVersionUID = 1L;
}

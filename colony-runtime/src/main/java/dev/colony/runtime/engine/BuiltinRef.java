package dev.colony.runtime.engine;

import java.io.Serial;
import java.io.Serializable;

/** Stands in a snapshot for a built-in object: see {@link BuiltinTable}. */
record BuiltinRef(String path) implements Serializable {
  @Serial private static final long serialVersionUID = 1L;
}

package dev.colony.runtime.engine;

import dev.colony.runtime.transpile.TranspiledSource;

/**
 * Wraps a transpiled program in the function the runner calls: Rhino can only serialise a
 * continuation whose bottom frame is a function, not a top-level script (trap 2), and like a
 * Node module the program's top-level declarations stay out of the global object. The first
 * statement hands the runner a way to read those declarations, for describing snapshots.
 */
final class MainWrapper {
  private MainWrapper() {}

  /** The wrapper adds no line before the program's first, so Rhino's line numbers stay the transpiled ones. */
  static String wrap(TranspiledSource source) {
    String code = source.code();
    String directive = "";
    for (String prologue : new String[] {"'use strict';", "\"use strict\";"}) {
      if (code.startsWith(prologue)) {
        directive = prologue;
        code = code.substring(prologue.length());
      }
    }
    return "function main() {" + directive + HostObject.NAME + ".topLevel(function () { return ["
        + String.join(", ", source.topLevelNames()) + "]; });" + code + "\n}";
  }
}

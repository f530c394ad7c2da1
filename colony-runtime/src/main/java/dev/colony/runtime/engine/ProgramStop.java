package dev.colony.runtime.engine;

import dev.colony.runtime.ProgramExit;

/**
 * Unwinds a program's thread to its runner. A {@link Error}, not an exception, because Rhino lets
 * no JavaScript {@code catch} or {@code finally} intercept errors: a stopped program cannot refuse
 * to stop.
 */
final class ProgramStop extends Error {
  private final transient ProgramExit exit;

  ProgramStop(ProgramExit.Outcome outcome, String message) {
    super(message, null, false, false);
    this.exit = new ProgramExit(outcome, message);
  }

  ProgramExit exit() {
    return exit;
  }
}

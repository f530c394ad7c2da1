package dev.colony.runtime;

import java.io.PrintStream;

/** Where a program's console goes: one call per console call, text without the trailing newline. */
public interface ProgramOutput {
  void stdout(String text);

  void stderr(String text);

  /** Writes to two print streams, as a process would. */
  static ProgramOutput of(PrintStream out, PrintStream err) {
    return new ProgramOutput() {
      @Override
      public void stdout(String text) {
        out.println(text);
      }

      @Override
      public void stderr(String text) {
        err.println(text);
      }
    };
  }
}

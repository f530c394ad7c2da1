package dev.colony.runtime;

import dev.colony.runtime.engine.ProgramRunner;
import dev.colony.runtime.transpile.TranspiledSource;
import dev.colony.runtime.transpile.Transpiler;
import java.io.ObjectInputFilter;

/**
 * Colony's JavaScript runtime: compiles programs and runs each on its own thread, fresh or from
 * captured state. One per process is enough; it is thread-safe.
 */
public final class JsRuntime {
  private final Limits limits;
  private final ObjectInputFilter stateFilter;

  private JsRuntime(Limits limits, ObjectInputFilter stateFilter) {
    this.limits = limits;
    this.stateFilter = stateFilter;
  }

  public static JsRuntime create(Limits limits, ObjectInputFilter stateFilter) {
    return new JsRuntime(limits, stateFilter);
  }

  /**
   * Transpiles a program; throws {@link dev.colony.runtime.transpile.JsSyntaxException} with the
   * original position when it does not compile.
   */
  public TranspiledSource compile(String fileName, String source) {
    return new Transpiler(true).transpile(fileName, source);
  }

  /** A new program, not yet started. */
  public Program load(String programId, TranspiledSource compiled, ProgramOutput output) {
    return new Program(programId, ProgramRunner.fresh(programId, compiled, limits, output));
  }

  /** A program continuing from captured state, not yet started. */
  public Program restore(String programId, byte[] state, ProgramOutput output) {
    return new Program(programId, ProgramRunner.restored(programId, state, limits, output, stateFilter));
  }
}

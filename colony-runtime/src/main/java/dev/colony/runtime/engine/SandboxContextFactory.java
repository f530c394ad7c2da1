package dev.colony.runtime.engine;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContextFactory;
import org.mozilla.javascript.ScriptRuntime;

/**
 * Makes the Contexts every program runs in: interpreted mode (the only one that can capture),
 * ES2015+ semantics, Java serialisation on (Rhino 1.9 disables it by default), no Java access,
 * a bounded interpreter stack, regular expressions repaired where Rhino differs from Node
 * ({@link RegExpRepairs}), and an instruction observer that enforces the program's budgets
 * and raises the safepoint flag when the host wants the program to stop.
 */
final class SandboxContextFactory extends ContextFactory {
  static final SandboxContextFactory INSTANCE = new SandboxContextFactory();

  /** Instructions between two observer calls: small enough to stop a runaway loop quickly. */
  static final int OBSERVER_THRESHOLD = 10_000;

  private static final Object RUNNER_KEY = new Object();

  private SandboxContextFactory() {}

  @Override
  protected boolean hasFeature(Context cx, int featureIndex) {
    return switch (featureIndex) {
      // Typed arrays store multi-byte elements in the platform's order, little-endian everywhere
      // Node runs; Rhino defaults to big-endian. Rhino caches this feature JVM-wide from the first
      // Context that reads a typed array, so any other ContextFactory in the JVM must agree.
      case Context.FEATURE_JAVA_SERIALIZATION, Context.FEATURE_LITTLE_ENDIAN -> true;
      // On, every throw would give the error Rhino's fileName/lineNumber and replace its stack with the
      // thrower's: lowered generators and async functions rethrow from the prelude, hiding the user's frame.
      case Context.FEATURE_LOCATION_INFORMATION_IN_ERROR -> false;
      case Context.FEATURE_ENHANCED_JAVA_ACCESS, Context.FEATURE_E4X, Context.FEATURE_DYNAMIC_SCOPE,
          Context.FEATURE_ENABLE_JAVA_MAP_ACCESS, Context.FEATURE_PARENT_PROTO_PROPERTIES -> false;
      default -> super.hasFeature(cx, featureIndex);
    };
  }

  @Override
  protected void onContextCreated(Context cx) {
    super.onContextCreated(cx);
    cx.setInterpretedMode(true);
    cx.setLanguageVersion(Context.VERSION_ECMASCRIPT);
    cx.setClassShutter(className -> false);
    cx.setInstructionObserverThreshold(OBSERVER_THRESHOLD);
    cx.setGeneratingDebug(false);
    ScriptRuntime.setRegExpProxy(cx, new RegExpRepairs.LiteralCompiler());
  }

  /** Enters a Context on this thread bound to the runner whose budgets it must enforce. */
  Context enter(ProgramRunner runner, int maxStackDepth) {
    Context cx = enterContext();
    cx.putThreadLocal(RUNNER_KEY, runner);
    cx.setMaximumInterpreterStackDepth(maxStackDepth);
    return cx;
  }

  /** The runner whose program runs in {@code cx}. */
  static ProgramRunner runnerOf(Context cx) {
    return (ProgramRunner) cx.getThreadLocal(RUNNER_KEY);
  }

  @Override
  protected void observeInstructionCount(Context cx, int instructionCount) {
    Object runner = cx.getThreadLocal(RUNNER_KEY);
    if (runner instanceof ProgramRunner programRunner) {
      programRunner.observe(instructionCount);
    }
  }
}

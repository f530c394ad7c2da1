package dev.colony.runtime.engine;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/**
 * A program's global scope with Colony's repairs and prelude in place: tens of milliseconds of
 * work that owes nothing to the program, so a {@link ScopePool} builds it ahead on its own thread
 * and a restore (the middle of a migration) does not wait for it. Used by one runner only.
 */
final class ProgramScope {
  final ScriptableObject global;
  final Scriptable host;
  final BuiltinTable builtins;

  private ProgramScope(ScriptableObject global, Scriptable host, BuiltinTable builtins) {
    this.global = global;
    this.host = host;
    this.builtins = builtins;
  }

  /** Builds a scope in {@code cx}, a Context of {@link SandboxContextFactory}, on any thread. */
  static ProgramScope build(Context cx) {
    ScriptableObject global = cx.initSafeStandardObjects(null, false);
    RegExpRepairs.installIn(global);
    BigIntZeroKeys.installIn(global);
    UserStackTraces.installIn(global);
    UnsignedBigInt64Array.install(cx, global);
    ProxyHandlerAdapters.installIn(global);
    HostObject.install(global);
    Prelude.get().runIn(cx, global);
    return new ProgramScope(global, (Scriptable) ScriptableObject.getProperty(global, HostObject.NAME),
        BuiltinTable.of(cx, global));
  }
}

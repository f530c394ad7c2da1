package dev.colony.runtime.engine;

import dev.colony.runtime.snapshot.SnapshotSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** What a snapshot says about its program without being restored: pending timers, top-level variables. */
final class Summaries {
  private Summaries() {}

  static List<SnapshotSummary.PendingTimer> pendingTimers(ProgramState state) {
    List<SnapshotSummary.PendingTimer> timers = new ArrayList<>();
    for (Task t : state.loop.pendingTimers()) {
      var kind = t.kind == Task.Kind.INTERVAL ? SnapshotSummary.PendingTimer.Kind.INTERVAL
          : SnapshotSummary.PendingTimer.Kind.TIMEOUT;
      timers.add(new SnapshotSummary.PendingTimer(t.id, kind, Math.max(0, t.due - state.clockMs), t.repeat,
          functionName(t.callback)));
    }
    for (Task t : state.loop.pendingImmediates()) {
      timers.add(new SnapshotSummary.PendingTimer(t.id, SnapshotSummary.PendingTimer.Kind.IMMEDIATE, 0, 0,
          functionName(t.callback)));
    }
    return timers;
  }

  /**
   * The program's top-level variables, read through the accessor its wrapper registered.
   *
   * @param preview formats a value as the console would
   */
  static List<SnapshotSummary.Variable> topLevelVariables(ProgramState state, Context cx, Scriptable global,
      Function<Object, String> preview) {
    List<SnapshotSummary.Variable> variables = new ArrayList<>();
    if (!(state.topLevelValues instanceof org.mozilla.javascript.Function accessor)
        || !(accessor.call(cx, global, global, new Object[0]) instanceof NativeArray values)) {
      return variables;
    }
    for (int i = 0; i < state.topLevelNames.size() && i < values.size(); i++) {
      Object value = values.get(i);
      variables.add(SnapshotSummary.Variable.shortened(state.topLevelNames.get(i), ScriptRuntime.typeof(value),
          preview.apply(value)));
    }
    return variables;
  }

  private static String functionName(Object callback) {
    return callback instanceof org.mozilla.javascript.Function f
        && ScriptableObject.getProperty(f, "name") instanceof CharSequence name ? name.toString() : "";
  }
}

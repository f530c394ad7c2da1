package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** State that must come back exactly after a capture and restore, each case a bug once found. */
class CaptureRestoreTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  private final CaptureRuns runs = new CaptureRuns(runtime);

  /** Runs {@code source} uninterrupted and captured at each point (and in a row after it); all must print {@code expected}. */
  private void assertSameOutputWhenCaptured(String source, String expected) throws Exception {
    var compiled = runtime.compile("t.js", source);
    CaptureRuns.Run plain = runs.run("plain", compiled);
    assertThat(plain.out()).isEqualTo(expected);
    long total = plain.instructions();
    for (int k = 1; k <= 5; k++) {
      long point = total * k / 6;
      CaptureRuns.Run captured = runs.run("captured-" + k, compiled, point, point, point);
      assertThat(captured.captures()).as("captures at %d of %d", point, total).isEqualTo(3);
      assertThat(captured.err()).isEmpty();
      assertThat(captured.exit()).isEqualTo(plain.exit());
      assertThat(captured.out()).as("captured at %d of %d instructions", point, total).isEqualTo(expected);
    }
  }

  /** Captures the program at each of its first {@code count} safepoints, restoring it every time. */
  private CaptureRuns.Run capturedAtEverySafepoint(String source, int count) throws Exception {
    CaptureRuns.Run run = runs.run("every-safepoint", runtime.compile("t.js", source), new long[count]);
    assertThat(run.captures()).isEqualTo(count);
    assertThat(run.err()).isEmpty();
    return run;
  }

  @Test
  void mapAndSetIteratorsSurviveCapturesInsideTheirOwnSteps() throws Exception {
    // Captures in the prelude once killed the native iterator behind a cursor: between making it and
    // reading the restore epoch (keys().next() said done: 54-lru-cache), and inside a rebuild after a
    // restore (a consumer that deletes what it read "ran dry": 50-live-iterators-across-awaits).
    CaptureRuns.Run run = capturedAtEverySafepoint("""
        const m = new Map([['a', 1], ['b', 2], ['c', 3]]);
        const seen = [];
        for (const k of m.keys()) { seen.push(k); if (k === 'a') { m.delete('a'); m.set('d', 4); } }
        m.forEach((v) => seen.push(v));
        seen.push([...new Set([5, 6])].join('+'));
        console.log(seen.join(','));
        """, 60);
    assertThat(run.out()).isEqualTo("a,b,c,d,2,3,4,5+6\n");
  }

  @Test
  void intervalCapturedInsideItsCallbackKeepsTicking() throws Exception {
    // The interval was only queued again by the loop that started it: restored mid-callback, it was lost.
    assertSameOutputWhenCaptured("""
        let ticks = 0, work = 0;
        const h = setInterval(() => {
          for (let i = 0; i < 3000; i++) work += i % 5;
          ticks++;
          if (ticks === 4) { clearInterval(h); console.log('ticks', ticks, work); }
        }, 5);
        """, "ticks 4 24000\n");
  }

  @Test
  void restoreFinishesTheLoopTurnItWasCapturedIn() throws Exception {
    // A restore used to start a new turn: a 0 ms timer set by a timer, due by then, overtook the
    // immediate set beside it (42-event-loop-phases).
    assertSameOutputWhenCaptured("""
        const log = [];
        function tick(n) {
          let work = 0;
          for (let i = 0; i < 3000; i++) work += i % 3;
          if (n === 0) { console.log(log.join(' '), work); return; }
          setTimeout(() => { log.push('t' + n); tick(n - 1); }, 0);
          setImmediate(() => log.push('i' + n));
        }
        setTimeout(() => tick(6), 0);
        """, "i6 t6 i5 t5 i4 t4 i3 t3 i2 t2 i1 t1 3000\n");
  }

  @Test
  void restoredAfterTheTurnsLastImmediateRunsTheNextOne() throws Exception {
    // Restored in the check phase with nothing left of it, the loop waited for a timer that never came.
    assertSameOutputWhenCaptured("""
        let n = 0, work = 0;
        function step() {
          for (let i = 0; i < 3000; i++) work += i % 3;
          if (++n < 6) setImmediate(step); else console.log('steps', n, work);
        }
        setImmediate(step);
        """, "steps 6 18000\n");
  }

  @Test
  void weakCollectionEntriesSurvive() throws Exception {
    assertSameOutputWhenCaptured("""
        const byKey = new WeakMap(), marked = new WeakSet();
        const root = { id: 'root' };
        // The second key is reachable only through the first entry's value: written in a later round.
        byKey.set(root, { next: { id: 'inner' } });
        byKey.set(byKey.get(root).next, null);
        marked.add(byKey.get(root).next);
        let sum = 0;
        for (let i = 0; i < 20000; i++) { sum += i % 3; }
        const inner = byKey.get(root).next;
        console.log(sum, inner.id, byKey.has(inner), byKey.get(inner), marked.has(inner), marked.has(root));
        """, "19999 inner true null true false\n");
  }

  @Test
  void aPausedProgramCanBeCapturedAndStaysPausedAfterACheckpoint() throws Exception {
    // Writing a capture runs prelude code whose safepoints saw the pause and waited for ever.
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program program = runtime.load("paused", runtime.compile("t.js", "console.log('start'); setTimeout(() => console.log('late'), 200);"),
        ProgramRun.collect(out, err)).start();
    program.pause();
    CapturedState checkpoint = program.capture(false).get(30, TimeUnit.SECONDS);
    assertThat(program.isPaused()).isTrue();
    CapturedState captured = program.capture(true).get(30, TimeUnit.SECONDS);
    assertThat(program.exit().get(30, TimeUnit.SECONDS).outcome()).isEqualTo(ProgramExit.Outcome.CAPTURED);
    for (CapturedState state : new CapturedState[] {checkpoint, captured}) {
      Program restored = runtime.restore(runtime.seal(state), ProgramRun.collect(out, err)).start();
      assertThat(restored.exit().get(30, TimeUnit.SECONDS).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    }
    assertThat(out.toString()).isEqualTo("start\nlate\nlate\n");
    assertThat(err.toString()).isEmpty();
  }
}

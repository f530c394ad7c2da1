package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.engine.CapturedState;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import dev.colony.runtime.snapshot.SnapshotKey;
import dev.colony.runtime.snapshot.SnapshotSummary;
import org.junit.jupiter.api.Test;

class RunSmokeTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private ProgramRun run(String source) throws Exception {
    return ProgramRun.of(runtime, "p1", source);
  }

  @Test
  void runsClassesTimersAndLoops() throws Exception {
    ProgramRun r = run("""
        class A { #n = 1; static s = 2; get v() { return this.#n + A.s; } inc() { this.#n++; } }
        const a = new A(); a.inc();
        console.log('v', a.v);
        const fns = []; for (let i = 0; i < 3; i++) fns.push(() => i);
        console.log(fns.map(f => f()).join(','));
        setTimeout(() => console.log('t2'), 250);
        setTimeout(() => console.log('t1'), 200);
        setImmediate(() => console.log('imm'));
        console.log(...[1, 2], {...{a: 1}, b: 2}.b);
        """);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(new ProgramExit(ProgramExit.Outcome.COMPLETED, ""));
    assertThat(r.out()).isEqualTo("v 4\n0,1,2\n1 2 2\nimm\nt1\nt2\n");
  }

  @Test
  void capturesMidLoopAndResumes() throws Exception {
    String src = """
        let total = 0;
        const obj = { get doubled() { return total * 2; } };
        function work(n) { for (let i = 0; i < n; i++) { total += i % 7; } }
        for (let round = 0; round < 40; round++) { work(20000); if (round % 10 === 0) console.log('round', round, total); }
        setTimeout(() => console.log('done', total, obj.doubled), 30);
        """;
    ProgramRun plain = run(src);
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program p = runtime.load("p2", runtime.compile("t.js", src), ProgramRun.collect(out, err));
    var captured = p.captureAt(20);
    p.start();
    CapturedState state = captured.get(60, TimeUnit.SECONDS);
    assertThat(p.exit().get(10, TimeUnit.SECONDS).outcome()).isEqualTo(ProgramExit.Outcome.CAPTURED);
    Program q = runtime.restore(runtime.seal(state), ProgramRun.collect(out, err)).start();
    ProgramExit exit = q.exit().get(60, TimeUnit.SECONDS);
    assertThat(err.toString()).isEmpty();
    assertThat(exit).isEqualTo(new ProgramExit(ProgramExit.Outcome.COMPLETED, ""));
    assertThat(out.toString()).isEqualTo(plain.out());
    assertThat(state.summary().capturePoint()).isEqualTo(SnapshotSummary.CapturePoint.SAFEPOINT);
    assertThat(state.summary().variables()).extracting(SnapshotSummary.Variable::name).containsExactly("total", "obj", "work", "round");
  }
}

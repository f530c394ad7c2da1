package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.ProgramExit.Outcome;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Hostile programs are stopped with a clear reason, and the host keeps running other programs. */
class SandboxTest {
  private static final Limits TIGHT = Limits.defaults()
      .withInstructionsPerCallback(50_000_000)
      .withAllocationBytesPerCallback(256L << 20)
      .withMaxOutputBytes(64 << 10);
  private final JsRuntime runtime = JsRuntime.create(TIGHT, SnapshotKey.random());

  private record Result(String out, String err, ProgramExit exit) {}

  private Result run(String source) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    ProgramExit exit = runtime.load("p", runtime.compile("hostile.js", source), ProgramRun.collect(out, err))
        .start().exit().get(2, TimeUnit.MINUTES);
    return new Result(out.toString(), err.toString(), exit);
  }

  @Test
  void endlessLoopIsStoppedByTheCpuBudget() throws Exception {
    Result r = run("console.log('before'); while (true) {}");
    assertThat(r.out).isEqualTo("before\n");
    assertThat(r.exit.outcome()).isEqualTo(Outcome.STOPPED_BY_SANDBOX);
    assertThat(r.exit.message()).startsWith("CPU budget exceeded: one callback ran more than 50000000 instructions");
  }

  @Test
  void jsCannotCatchTheStop() throws Exception {
    Result r = run("try { while (true) {} } catch (e) { console.log('caught'); } finally { console.log('finally'); }");
    assertThat(r.out).isEmpty();
    assertThat(r.exit.outcome()).isEqualTo(Outcome.STOPPED_BY_SANDBOX);
  }

  @Test
  void totalBudgetSpansCallbacks() throws Exception {
    JsRuntime small = JsRuntime.create(TIGHT.withInstructionsTotal(5_000_000), SnapshotKey.random());
    StringBuilder out = new StringBuilder();
    ProgramExit exit = small.load("p", small.compile("t.js",
        "setInterval(() => { for (let i = 0; i < 100000; i++) {} }, 1);"), ProgramRun.collect(out, out))
        .start().exit().get(2, TimeUnit.MINUTES);
    assertThat(exit.outcome()).isEqualTo(Outcome.STOPPED_BY_SANDBOX);
    assertThat(exit.message()).contains("in all");
  }

  @Test
  void memoryBombIsStopped() throws Exception {
    Result r = run("const hoard = []; while (true) { hoard.push(new Array(10000).fill('x')); }");
    assertThat(r.exit.outcome()).isEqualTo(Outcome.STOPPED_BY_SANDBOX);
    assertThat(r.exit.message()).startsWith("memory budget exceeded");
  }

  @Test
  void runawayRecursionIsACatchableError() throws Exception {
    Result r = run("""
        function down(n) { return down(n + 1) + 1; }
        try { down(0); } catch (e) { console.log('caught', e instanceof Error); }
        """);
    assertThat(r.out).isEqualTo("caught true\n");
    assertThat(r.exit.outcome()).isEqualTo(Outcome.COMPLETED);
  }

  @Test
  void uncaughtRecursionFailsTheProgramWithItsLocation() throws Exception {
    Result r = run("function down(n) {\n  return down(n + 1) + 1;\n}\ndown(0);\n");
    assertThat(r.exit.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(r.exit.message()).contains("stack").contains("hostile.js:2");
  }

  @Test
  void javaIsNotReachable() throws Exception {
    Result r = run("""
        const probes = {
          java: typeof java, Packages: typeof Packages, JavaAdapter: typeof JavaAdapter,
          getClass: typeof ({}).getClass, importClass: typeof importClass,
        };
        let viaConstructor;
        try { viaConstructor = typeof (function () {}).constructor('return java')(); }
        catch (e) { viaConstructor = e.name; }
        console.log(JSON.stringify(probes), viaConstructor);
        """);
    assertThat(r.out).isEqualTo("{\"java\":\"undefined\",\"Packages\":\"undefined\",\"JavaAdapter\":\"undefined\","
        + "\"getClass\":\"undefined\",\"importClass\":\"undefined\"} ReferenceError\n");
  }

  @Test
  void consoleOutputIsCapped() throws Exception {
    Result r = run("for (let i = 0; ; i++) console.log('line', i);");
    assertThat(r.exit.outcome()).isEqualTo(Outcome.STOPPED_BY_SANDBOX);
    assertThat(r.exit.message()).isEqualTo("console output limit exceeded (65536 bytes)");
    assertThat(r.out.length()).isLessThanOrEqualTo(64 << 10);
  }

  @Test
  void aRunawayProgramDoesNotStopTheOthers() throws Exception {
    StringBuilder out = new StringBuilder();
    Program runaway = runtime.load("bad", runtime.compile("bad.js", "while (true) {}"), ProgramRun.collect(out, out));
    Program good = runtime.load("good", runtime.compile("good.js",
        "let n = 0; const t = setInterval(() => { if (++n === 5) { clearInterval(t); console.log('good done'); } }, 5);"),
        ProgramRun.collect(out, out));
    runaway.start();
    good.start();
    assertThat(good.exit().get(2, TimeUnit.MINUTES).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(out.toString()).isEqualTo("good done\n");
    assertThat(runaway.exit().get(2, TimeUnit.MINUTES).outcome()).isEqualTo(Outcome.STOPPED_BY_SANDBOX);
  }

  @Test
  void killStopsABusyProgram() throws Exception {
    StringBuilder out = new StringBuilder();
    Program busy = runtime.load("busy", runtime.compile("busy.js", "for (;;) { Math.sqrt(2); }"),
        ProgramRun.collect(out, out)).start();
    Thread.sleep(100);
    busy.kill();
    assertThat(busy.exit().get(1, TimeUnit.MINUTES)).isEqualTo(new ProgramExit(Outcome.KILLED, "killed"));
  }

  @Test
  void pauseFreezesTimersAndResumeContinues() throws Exception {
    StringBuilder out = new StringBuilder();
    Program p = runtime.load("p", runtime.compile("p.js",
        "let n = 0; const t = setInterval(() => { console.log('tick', ++n); if (n === 3) clearInterval(t); }, 20);"),
        ProgramRun.collect(out, out)).start();
    p.pause();
    Thread.sleep(200);
    String whilePaused = out.toString();
    Thread.sleep(100);
    assertThat(out.toString()).isEqualTo(whilePaused);
    p.resume();
    assertThat(p.exit().get(1, TimeUnit.MINUTES).outcome()).isEqualTo(Outcome.COMPLETED);
    assertThat(out.toString()).isEqualTo("tick 1\ntick 2\ntick 3\n");
  }
}

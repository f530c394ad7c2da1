package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Regular expressions where Rhino differs from Node: u with i, the order of u and y; expected outputs are Node 20's. */
class RegExpTest {
  private static final String PROGRAM = """
      const fold = /straSSe|[à-ÿ]+/giu, ctor = new RegExp('h(?<e>e)llo', 'iu'), sticky = /\\d/uy, splitter = /x/iu;
      let n = 0;
      for (let i = 0; i < 20000; i++) n += i % 3;
      console.log('Straße STRASSE ÀÉ'.match(fold), ctor.exec('HELLO').groups.e, ctor.flags, 'aXbxc'.split(splitter));
      sticky.lastIndex = 1;
      console.log(sticky.flags, String(sticky), sticky.test('a1'), sticky.lastIndex, new RegExp(sticky).flags, RegExp('.', 'yu').flags, n);
      console.log('John Smith'.replace(/(?<first>\\w+) (?<last>\\w+)/, (...args) => `${args.at(-1).last}, ${args[1]} (${args.length})`));
      """;
  private static final String NODE_OUTPUT = """
      [ 'STRASSE', 'ÀÉ' ] E iu [ 'a', 'b', 'c' ]
      uy /\\d/uy true 2 uy uy 19999
      Smith, John (6)
      """;

  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  @Test
  void unicodeRegExpsFoldCaseAndOrderTheirFlagsAsInNode() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    ProgramExit exit = runtime.load("p", runtime.compile("t.js", PROGRAM), ProgramRun.collect(out, err))
        .start().exit().get(30, TimeUnit.SECONDS);
    assertThat(exit.outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).isEqualTo(NODE_OUTPUT);
  }

  @Test
  void keepsThemAcrossACapture() throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program program = runtime.load("p", runtime.compile("t.js", PROGRAM), ProgramRun.collect(out, err));
    CompletableFuture<CapturedState> capture = program.captureAfterInstructions(50_000);
    assertThat(program.start().exit().get(30, TimeUnit.SECONDS).outcome()).isEqualTo(ProgramExit.Outcome.CAPTURED);
    assertThat(out.toString()).isEmpty();
    ProgramExit exit = runtime.restore(runtime.seal(capture.get()), ProgramRun.collect(out, err))
        .start().exit().get(30, TimeUnit.SECONDS);
    assertThat(exit.outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).isEqualTo(NODE_OUTPUT);
  }

  @Test
  void sourceEscapesLineTerminatorsAsV8Does() throws Exception {
    assertThat(ProgramRun.output("""
        console.log(new RegExp('\\n'), RegExp('a\\r\\u2028\\u2029b', 'g').source, new RegExp('\\\\\\n').source, new RegExp('\\\\\\\\\\n').source);
        console.log(new RegExp('[\\n]').test('\\n'), new RegExp('\\\\\\n').test('\\n'), String(new RegExp(new RegExp('\\n'))), new RegExp('\\n', 'iu'));
        """)).isEqualTo("""
        /\\n/ a\\r\\u2028\\u2029b \\n \\\\\\n
        true true /\\n/ /\\n/iu
        """);
  }
}

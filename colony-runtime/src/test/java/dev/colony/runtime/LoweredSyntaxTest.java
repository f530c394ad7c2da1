package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import org.junit.jupiter.api.Test;

/** What programs print where Closure refused or mis-lowered their syntax; expected outputs are Node 20's. */
class LoweredSyntaxTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private String run(String source) throws Exception {
    return ProgramRun.stdout(runtime, source);
  }

  @Test
  void lexicalBindingsThrowWhenMisused() throws Exception {
    assertThat(run("""
        try { x; let x = 1; } catch (e) { console.log(e.name, e.message); }
        try { typeof C; class C {} } catch (e) { console.log(e.name, e.message); }
        let calls = 0;
        try { const k = 1; k = ++calls; } catch (e) { console.log(e.name, e.message, calls); }
        """)).isEqualTo("""
        ReferenceError Cannot access 'x' before initialization
        ReferenceError Cannot access 'C' before initialization
        TypeError Assignment to constant variable. 1
        """);
  }

  @Test
  void unaryPlusOnABigIntThrowsWhenItRuns() throws Exception {
    assertThat(run("console.log('start'); try { +1n; } catch (e) { console.log(e instanceof TypeError); }"))
        .isEqualTo("start\ntrue\n");
  }

  @Test
  void deleteOfAnOptionalChainShortCircuits() throws Exception {
    assertThat(run("const o = { a: { b: 1 } }; let u;\nconsole.log(delete u?.b, delete u?.b.c, delete o?.a.b, o);"))
        .isEqualTo("true true true { a: {} }\n");
  }

  @Test
  void taggedTemplatesGetTheirRawStrings() throws Exception {
    assertThat(run("const tag = (s) => s.raw[0] + '|' + s[0]; console.log(tag`<b>&é\\n`);"))
        .isEqualTo("<b>&é\\n|<b>&é\n\n");
  }

  @Test
  void blockFunctionsOfSloppyCodeAreVisibleAfterTheirBlock() throws Exception {
    assertThat(run("if (true) { function h() { return 'h'; } }\nconsole.log(h());")).isEqualTo("h\n");
  }

  @Test
  void iteratorsPrintWhatIsLeftWithoutAdvancing() throws Exception {
    assertThat(run("""
        const m = new Map([['a', 1], ['b', 2]]);
        const it = m.entries(); it.next();
        console.log(it, m.keys(), new Set([1]).values());
        console.log([...it], it);
        """)).isEqualTo("""
        [Map Entries] { [ 'b', 2 ] } [Map Iterator] { 'a', 'b' } [Set Iterator] { 1 }
        [ [ 'b', 2 ] ] [Map Entries] {  }
        """);
  }
}

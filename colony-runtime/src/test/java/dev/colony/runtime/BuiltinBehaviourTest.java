package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Built-ins where Rhino differs from Node, as a program sees them once Colony corrects them. */
class BuiltinBehaviourTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private String run(String source) throws Exception {
    return ProgramRun.stdout(runtime, source);
  }

  @Test
  void typedArraysAreLittleEndian() throws Exception {
    assertThat(run("""
        const u8 = new Uint8Array([1, 0, 0, 0, 0, 0, 0, 0]);
        console.log(new Uint32Array(u8.buffer)[0], new Float64Array(new Uint8Array([0, 0, 0, 0, 0, 0, 0, 0x80]).buffer)[0]);
        """)).isEqualTo("1 -0\n");
  }

  @Test
  void reflectGetCallsGettersWithTheReceiver() throws Exception {
    assertThat(run("""
        const getter = { get g() { return this.v; } };
        console.log(Reflect.get(getter, 'g', { v: 'own' }), Reflect.get(Object.create(getter), 'g', { v: 'inherited' }),
          Reflect.get({ a: 1 }, 'a', {}), Reflect.get({}, 'missing', {}), Reflect.get(new Proxy({ x: 1 }, {}), 'x', {}),
          Reflect.get.name, Reflect.get.length);
        """)).isEqualTo("own inherited 1 undefined 1 get 2\n");
  }

  @Test
  void bareLoneSurrogatesAreWrittenAsReplacementCharacters() throws Exception {
    assertThat(run("console.log('\\ud800', 'x\\udc00y', '\\ud83d\\ude00');")).isEqualTo("\ufffd x\ufffdy \ud83d\ude00\n");
  }

  @Test
  void instanceofCallsSymbolHasInstance() throws Exception {
    assertThat(run("""
        class Odd { static [Symbol.hasInstance](x) { return x % 2 === 1; } }
        console.log(3 instanceof Odd, 4 instanceof Odd, new Odd() instanceof Odd, [] instanceof Array);
        try { 1 instanceof 2; } catch (e) { console.log(e.name); }
        """)).isEqualTo("true false false true\nTypeError\n");
  }

  @Test
  void errorSubclassesGetNodesOwnProperties() throws Exception {
    assertThat(run("""
        class E extends Error { constructor(m, o) { super(m, o); this.f = 1; } }
        const e = new E('m', { cause: 'c' });
        console.log(Reflect.ownKeys(e).join(), Object.keys(e).join(), e.message, e.cause, e instanceof E);
        console.log(Reflect.ownKeys(new E()).join(), Reflect.ownKeys(new E('m', undefined)).join());
        """)).isEqualTo("stack,message,cause,f f m c true\nstack,f stack,message,f\n");
  }

  @Test
  void jsonParseKeepsNegativeZero() throws Exception {
    assertThat(run("""
        const marker = '\\u0000colony:-0';
        const v = JSON.parse('[-0, 0, -0.0, -1e-400, -0.5, "-0", ' + JSON.stringify(marker) + ', {"a": -0e3}]');
        console.log(v.map(x => typeof x === 'number' ? Object.is(x, -0) : x === marker ? 'marker' : typeof x).join());
        console.log(JSON.parse('{"k": -0}', (k, x) => k === 'k' ? Object.is(x, -0) : x).k, Object.is(JSON.parse('-0'), -0));
        """)).isEqualTo("true,false,true,true,false,string,marker,object\ntrue true\n");
  }

  @Test
  void bigUint64ArrayElementsReadUnsignedAcrossACapture() throws Exception {
    String source = """
        const big = new BigUint64Array([1n, 2n ** 64n - 1n]);
        const view = new BigUint64Array(new BigInt64Array([-2n]).buffer);
        let spin = 0;
        for (let i = 0; i < 2000000; i++) { spin += i % 3; }
        console.log(big[1], view[0], big.subarray(1)[0], big instanceof BigUint64Array, spin);
        """;
    String plain = run(source);
    assertThat(plain).isEqualTo("18446744073709551615n 18446744073709551614n 18446744073709551615n true 1999999\n");
    assertThat(runCapturedAt(source, 20)).isEqualTo(plain);
  }

  @Test
  void bigIntZeroIsAMapAndSetKeyOfItsOwnAcrossACapture() throws Exception {
    String source = """
        const set = new Set([0n, -0n, 0, -0]), map = new Map([[0, 'number'], [0n, 'bigint']]);
        const onlyNumber = new Set([0]), onlyBigInt = new Set().add(0n);
        let spin = 0;
        for (let i = 0; i < 2000000; i++) { spin += i % 3; }
        console.log(set, map, map.get(0n), map.get(-0), onlyNumber.has(0n), onlyBigInt.has(0n), onlyBigInt.has(0));
        console.log(set.delete(0n), set, [...map.keys()], spin);
        """;
    String plain = run(source);
    assertThat(plain).isEqualTo("""
        Set(2) { 0n, 0 } Map(2) { 0 => 'number', 0n => 'bigint' } bigint number false true false
        true Set(1) { 0 } [ 0, 0n ] 1999999
        """);
    assertThat(runCapturedAt(source, 20)).isEqualTo(plain);
  }

  /** What the program prints when captured at the given safepoint and finished in a restored copy. */
  @Test
  void stringRawResultsSurviveACapture() throws Exception {
    // String.raw hands back a StringBuilder, which the snapshot's class allow-list refuses.
    String source = """
        const kept = String.raw`a\\n${1}b`;
        let n = 0;
        for (let i = 0; i < 1000; i++) { n += i; }
        console.log(kept, n);
        """;
    assertThat(runCapturedAt(source, 0)).isEqualTo("a\\n1b 499500\n");
  }

  private String runCapturedAt(String source, int safepoint) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program program = runtime.load("p", runtime.compile("t.js", source), ProgramRun.collect(out, err));
    var captured = program.captureAt(safepoint);
    program.start();
    Program restored = runtime.restore(runtime.seal(captured.get(60, TimeUnit.SECONDS)), ProgramRun.collect(out, err)).start();
    assertThat(restored.exit().get(60, TimeUnit.SECONDS).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(err.toString()).isEmpty();
    return out.toString();
  }
}

package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import org.junit.jupiter.api.Test;

/** What lowered generators, async functions and rest-parameter arrows do, against Node's output. */
class LoweredGeneratorsAndAsyncTest {
  private final JsRuntime runtime = JsRuntime.create(Limits.defaults(), SnapshotKey.random());

  private String stdout(String source) throws Exception {
    return ProgramRun.stdout(runtime, source);
  }

  @Test
  void generatorObjectsLookLikeNodes() throws Exception {
    assertThat(stdout("""
        function* g() { yield 1; }
        const it = g();
        console.log(Object.prototype.toString.call(it), String(it), it);
        console.log(Object.keys(it), it[Symbol.iterator]() === it, it instanceof g, Object.getPrototypeOf(g.prototype) === Object.getPrototypeOf(g.prototype));
        const proto = Object.getPrototypeOf(g.prototype);
        console.log(['next', 'return', 'throw'].every(k => Object.getOwnPropertyNames(proto).includes(k)),
            Object.keys(proto), Object.keys(g.prototype), it.next === g().next);
        """)).isEqualTo("""
        [object Generator] [object Generator] Object [Generator] {}
        [] true true true
        true [] [] true
        """);
  }

  @Test
  void generatorMethodsRefuseOtherReceivers() throws Exception {
    assertThat(stdout("""
        function* g() { yield 1; }
        try { g().next.call({}); } catch (e) { console.log(e instanceof TypeError); }
        """)).isEqualTo("true\n");
  }

  @Test
  void asyncGeneratorObjectsAreTaggedAsyncGenerator() throws Exception {
    assertThat(stdout("async function* a() { yield 1; }\nconsole.log(Object.prototype.toString.call(a()));"))
        .isEqualTo("[object AsyncGenerator]\n");
  }

  @Test
  void arrayDestructuringClosesAnUnfinishedGenerator() throws Exception {
    assertThat(stdout("""
        const log = [];
        function* g(id) { try { yield 1; yield 2; } finally { log.push(id); } }
        const [a] = g('short');
        const [b, c, d] = g('exhausted');
        const [[e], f] = [g('nested'), (log.push('after nested'), 5)];
        let x, y;
        [x, ...y] = g('rest');
        console.log(a, b, c, d, e, f, x, y, log);
        """)).isEqualTo("1 1 2 undefined 1 5 1 [ 2 ] [ 'short', 'exhausted', 'after nested', 'nested', 'rest' ]\n");
  }

  @Test
  void destructuringCallsNoNextOnceAnIteratorIsDone() throws Exception {
    assertThat(stdout("""
        let nexts = 0, returns = 0;
        const iterable = { [Symbol.iterator]() { return {
          next() { nexts++; return { done: true }; }, return() { returns++; return {}; } }; } };
        const [p, q, r] = iterable;
        console.log(p, q, r, nexts, returns);
        """)).isEqualTo("undefined undefined undefined 1 0\n");
  }

  @Test
  void errorSubclassesKeepTheCauseAndHideTheirOwnProperties() throws Exception {
    assertThat(stdout("""
        class Fatal extends Error { constructor(m, o) { super(m, o); this.name = 'Fatal'; } }
        const f = new Fatal('m', { cause: 'root' });
        console.log(f.cause, f.message, Object.keys(f), Object.getOwnPropertyNames(f).includes('cause'));
        class Bare extends RangeError {}
        console.log(Object.getOwnPropertyNames(new Bare()).includes('message'));
        """)).isEqualTo("root m [ 'name' ] true\nfalse\n");
  }

  @Test
  void arrowsWithRestParametersGetTheirOwnArguments() throws Exception {
    assertThat(stdout("""
        function f() { const g = (...xs) => xs; return g(1, 2); }
        console.log(f(9));
        function h() {
          const k = (a, ...xs) => [this.tag, arguments.length, a, xs, ((...ys) => [this.tag, ys, arguments[0]])(7)];
          return k(1, 2, 3);
        }
        console.log(h.call({ tag: 't' }, 'A', 'B'));
        const named = (...r) => r.length;
        console.log(named.name, named(1, 2, 3));
        """)).isEqualTo("[ 1, 2 ]\n[ 't', 2, 1, [ 2, 3 ], [ 't', [ 7 ], 'A' ] ]\nnamed 3\n");
  }
}

package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Functions, destructuring and spread after lowering behave as on Node. */
class LoweredFunctionsTest {
  @Test
  void restArrowsCollectTheirOwnArgumentsAndKeepTheEnclosingThis() throws Exception {
    assertThat(ProgramRun.output("""
        const count = (...args) => args.length;
        function outer() { return ((a, ...rest) => [this.tag, arguments.length, a, rest.length])(1, 2, 3); }
        console.log(count(), count(1, 2), outer.call({ tag: 't' }, 'x'), count.name);
        """)).isEqualTo("0 2 [ 't', 1, 1, 2 ] count\n");
  }

  @Test
  void lengthCountsOnlyTheParametersBeforeTheFirstDefaultOrRest() throws Exception {
    assertThat(ProgramRun.output("""
        function f(a, b = a * 2, c = a + b, d = () => a + b + c) { a = 100; return [a, b, c, d()]; }
        console.log(f.length, f(1), ((a, { b } = {}, ...c) => b).length, (function (...r) {}).length);
        """)).isEqualTo("1 [ 100, 2, 3, 105 ] 1 0\n");
  }

  @Test
  void destructuringANonIterableThrowsATypeError() throws Exception {
    assertThat(ProgramRun.output("""
        try { const [z] = {}; } catch (e) { console.log(e instanceof TypeError); }
        try { for (const x of 5) {} } catch (e) { console.log(e instanceof TypeError); }
        """)).isEqualTo("true\ntrue\n");
  }

  @Test
  void spreadReadsHolesAsUndefined() throws Exception {
    assertThat(ProgramRun.output("""
        const holes = [1, , 3];
        console.log([...holes], [...[, 'h', ,]], Math.max(...[1, , 2]), [...[1, 2]]);
        """)).isEqualTo("[ 1, undefined, 3 ] [ undefined, 'h', undefined ] NaN [ 1, 2 ]\n");
  }

  @Test
  void strictFunctionsCalledWithoutAReceiverSeeUndefined() throws Exception {
    assertThat(ProgramRun.output("""
        'use strict';
        function who() { return this; }
        const o = { name: 'o', get() { return this?.name; } };
        const detached = o.get;
        console.log(who(), who.call(o) === o, o.get(), detached());
        """)).isEqualTo("undefined true o undefined\n");
  }

  @Test
  void strictFunctionsReceiveAPrimitiveReceiverUnboxed() throws Exception {
    assertThat(ProgramRun.output("""
        'use strict';
        function self() { return this; }
        String.prototype.kind = function () { return typeof this; };
        const o = {};
        console.log(self.call(5), typeof self.apply('s'), self.call(true) === true, 'x'.kind(), self.call(o) === o);
        console.log([1].map(function () { return typeof this; }), self.call(null), self.call(new Map()));
        """)).isEqualTo("5 string true string true\n[ 'undefined' ] null Map(0) {}\n");
  }

  @Test
  void theGlobalObjectDoesNotListClosuresRuntime() throws Exception {
    assertThat(ProgramRun.output("""
        console.log(Object.keys(globalThis).filter((k) => k.startsWith('$jscomp')), typeof $jscomp);
        """)).isEqualTo("[] object\n");
  }
}

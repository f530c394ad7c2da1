package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lowered classes behave as on Node. */
class ClassesTest {
  @Test
  void newTargetInAPlainFunctionIsTheConstructorNewWasCalledOn() throws Exception {
    assertThat(ProgramRun.output("""
        function Legacy() { return new.target === undefined ? 'called' : 'constructed'; }
        function Base() { this.target = new.target; }
        class Derived extends Base {}
        console.log(Legacy(), new Legacy() instanceof Legacy, new Derived().target === Derived, new Base().target === Base);
        """)).isEqualTo("called true true true\n");
  }

  @Test
  void subclassesOfBuiltInsAreBuiltInsWithTheSubclassPrototype() throws Exception {
    assertThat(ProgramRun.output("""
        class List extends Array { last() { return this[this.length - 1]; } }
        class Counts extends Map { constructor() { super([['a', 1]]); } inc(k) { return this.set(k, (this.get(k) || 0) + 1); } }
        const l = List.from([1, 2]);
        const c = new Counts().inc('a').inc('b');
        console.log(l, l.last(), Array.isArray(l), new List(2), c, c instanceof Counts);
        """)).isEqualTo("List(2) [ 1, 2 ] 2 true List(2) [ <2 empty items> ] Counts(2) [Map] { 'a' => 2, 'b' => 1 } true\n");
  }

  @Test
  void subclassesOfErrorsAreRealErrorsWithNodesOwnProperties() throws Exception {
    assertThat(ProgramRun.output("""
        class HttpError extends Error { constructor(m, o) { super(m, o); this.status = 404; } }
        class Odd extends RangeError {}
        const e = new HttpError('gone', undefined), c = new HttpError('x', { cause: 1 });
        console.log(Object.prototype.toString.call(e), e instanceof HttpError, e instanceof Error, Reflect.ownKeys(e),
          Object.keys(e), Reflect.ownKeys(c), c.cause, String(new Odd('o')), new Odd() instanceof RangeError);
        """)).isEqualTo("[object Error] true true [ 'stack', 'message', 'status' ] [ 'status' ] "
        + "[ 'stack', 'message', 'cause', 'status' ] 1 RangeError: o true\n");
  }

  @Test
  void mixinsOverBuiltInBasesKeepTheSubclassInstance() throws Exception {
    assertThat(ProgramRun.output("""
        const Tagged = (B) => class extends B { tag() { return 'tag:' + this.v; } };
        class P extends Tagged(Object) { constructor() { super(); this.v = 1; } }
        class L extends Tagged(Array) {}
        const l = new L(1, 2);
        console.log(new P().tag(), new P() instanceof P, l.length, Array.isArray(l), l instanceof L, l.tag());
        """)).isEqualTo("tag:1 true 2 true true tag:undefined\n");
  }
}

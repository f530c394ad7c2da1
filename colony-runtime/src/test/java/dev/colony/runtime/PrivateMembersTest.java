package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** #private members after lowering behave as on Node. */
class PrivateMembersTest {
  @Test
  void accessOnAnObjectWhoseClassDidNotDeclareTheNameThrowsATypeError() throws Exception {
    assertThat(ProgramRun.output("""
        class A { #x = 1; #m() { return 2; } static read(o) { return o.#x; } static write(o) { o.#x = 3; }
          static call(o) { return o.#m(); } static has(o) { return #x in o; } }
        for (const f of [A.read, A.write, A.call]) {
          try { f({}); } catch (e) { console.log(e instanceof TypeError, e.message); }
        }
        const a = new A(); A.write(a);
        console.log(A.read(a), A.call(a), A.has(a), A.has({}));
        """)).isEqualTo("""
        true Cannot read private member #x from an object whose class did not declare it
        true Cannot write private member #x to an object whose class did not declare it
        true Cannot read private member #m from an object whose class did not declare it
        3 2 true false
        """);
  }
}

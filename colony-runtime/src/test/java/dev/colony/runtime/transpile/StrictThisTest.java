package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrictThisTest {
  @Test
  void readsTheReceiverOfAStrictFunctionWithoutTheGlobalObject() {
    assertThat(Transpiled.of("'use strict'; function f() { return () => this; }")).isEqualTo(
        "\"use strict\"; function f() { var $colony$this0 = this === $jscomp.global ? void 0 : this; "
            + "return () => { return $colony.primitiveThis($colony$this0); }; }");
  }

  @Test
  void accessesPropertiesOfTheReceiverWithoutUnboxingIt() {
    assertThat(Transpiled.of("'use strict'; function f() { this.n = this['m'](); }")).isEqualTo(
        "\"use strict\"; function f() { var $colony$this0 = this === $jscomp.global ? void 0 : this; "
            + "$colony$this0.n = $colony$this0[\"m\"](); }");
  }

  @Test
  void leavesSloppyFunctionsAndFunctionsWithoutThis() {
    assertThat(Transpiled.of("function f() { return this; }")).isEqualTo("function f() { return this; }");
    assertThat(Transpiled.of("'use strict'; function f(a) { return a; }")).isEqualTo("\"use strict\"; function f(a) { return a; }");
  }
}

package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HasInstanceChecksTest {
  @Test
  void callsTheHostWhereTheProgramNamesSymbolHasInstance() {
    assertThat(Transpiled.of("var O = { [Symbol.hasInstance]: x => true }; f(1 instanceof O);"))
        .contains("f($colony.instanceOf(1, O))");
  }

  @Test
  void keepsInstanceofNativeOtherwise() {
    assertThat(Transpiled.of("f(a instanceof B);")).isEqualTo("f(a instanceof B);");
  }

  @Test
  void keepsTheClassGuardNative() {
    assertThat(Transpiled.of("'use strict'; class A { static [Symbol.hasInstance](x) { return x instanceof B; } }"))
        .contains("if (!(this instanceof A))").contains("return $colony.instanceOf(x, B)");
  }
}

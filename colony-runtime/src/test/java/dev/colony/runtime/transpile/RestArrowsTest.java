package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestArrowsTest {
  @Test
  void turnsAnArrowWithARestParameterIntoAFunction() {
    assertThat(Transpiled.of("const f = (...a) => a;"))
        .isEqualTo("var f = function() { var a = $jscomp.getRestArguments.apply(0, arguments); return a; };");
  }

  @Test
  void readsTheEnclosingThisAndArgumentsFromVariables() {
    assertThat(Transpiled.of("function g() { return (...a) => [this, arguments, a]; }")).isEqualTo(
        "function g() { var $colony$arguments1 = arguments; var $colony$this0 = this; return function() { var a = $jscomp.getRestArguments.apply(0, arguments); "
            + "return [$colony$this0, $colony$arguments1, a]; }; }");
  }

  @Test
  void keepsArrowsWithoutARestParameter() {
    assertThat(Transpiled.of("const f = (a) => [this, a];")).isEqualTo("var f = a => { return [this, a]; };");
  }
}

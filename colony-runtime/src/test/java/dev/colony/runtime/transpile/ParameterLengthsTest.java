package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterLengthsTest {
  @Test
  void givesLoweredParametersFromTheFirstDefaultOnADefaultOfTheirOwn() {
    assertThat(Transpiled.of("function f(a, b = 1, ...c) {}"))
        .startsWith("function f(a, b = void 0) { var c = $jscomp.getRestArguments.apply(2, arguments);");
  }

  @Test
  void leavesFunctionsWhoseParametersAllCount() {
    assertThat(Transpiled.of("function f(a, {b}) {}")).startsWith("function f(a, $jscomp$destructuring$var0) {");
  }
}

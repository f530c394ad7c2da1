package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RestArrowsTest {
  @Test
  void collectsTheRestFromTheArrowsOwnArguments() {
    assertThat(Transpiled.of("function outer() { return ((a, ...r) => r.length)(1, 2, 3); }"))
        .isEqualTo("function outer() { return function(a) { var r = $jscomp.getRestArguments.apply(1, arguments); "
            + "return r.length; }(1, 2, 3); }");
  }

  @Test
  void keepsThisAndArgumentsLexical() {
    assertThat(Transpiled.of("function outer() { return (...r) => this.f(r, arguments); }"))
        .isEqualTo("function outer() { return (($colony$this, $colony$arguments) => { return function() { "
            + "var r = $jscomp.getRestArguments.apply(0, arguments); return $colony$this.f(r, $colony$arguments); }; })"
            + "(this, arguments); }");
  }

  @Test
  void keepsTheNameOfTheDeclaration() {
    assertThat(Transpiled.of("var f = (...r) => r;")).startsWith("var f = function f() {");
  }

  @Test
  void leavesArrowsWithoutRestNative() {
    assertThat(Transpiled.of("var f = (a) => a + arguments.length;")).isEqualTo("var f = a => { return a + arguments.length; };");
  }
}

package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComputedKeysTest {
  @Test
  void addsMembersFromTheFirstComputedKeyOnInOrder() {
    assertThat(Transpiled.of("var o = { a: 1, [k]: 2, b: 3, m() {} };")).isEqualTo(
        "var $colony$literal0; var o = ($colony$literal0 = {a:1}, $colony$literal0[k] = 2, "
            + "$colony$literal0[\"b\"] = 3, $colony$literal0[\"m\"] = function m() { }, $colony$literal0);");
  }

  @Test
  void definesAccessorsAndUnnameableMethodsThroughThePrelude() {
    assertThat(Transpiled.of("var o = { [k]() {}, get [g]() { return 1; }, f: () => 1 };")).isEqualTo(
        "var $colony$literal0; var o = ($colony$literal0 = {}, "
            + "$colony.defineMethod($colony$literal0, k, function() { }), "
            + "$colony.defineAccessor($colony$literal0, g, \"get\", function() { return 1; }), "
            + "$colony.defineMethod($colony$literal0, \"f\", () => { return 1; }), $colony$literal0);");
  }

  @Test
  void declaresTheTemporaryInTheFunctionThatBuildsTheLiteral() {
    assertThat(Transpiled.of("function f(k) { return { [k]: 1 }; }")).isEqualTo(
        "function f(k) { var $colony$literal0; return $colony$literal0 = {}, $colony$literal0[k] = 1, $colony$literal0; }");
  }

  @Test
  void leavesALiteralWhoseLaterMethodUsesSuper() {
    assertThat(Transpiled.of("var o = { [k]: 1, m() { return super.m(); } };"))
        .isEqualTo("var o = {[k]:1, m() { return super.m(); }};");
  }

  @Test
  void leavesLiteralsWithoutComputedKeys() {
    assertThat(Transpiled.of("var o = { a: 1, m() {} };")).isEqualTo("var o = {a:1, m() { }};");
  }
}

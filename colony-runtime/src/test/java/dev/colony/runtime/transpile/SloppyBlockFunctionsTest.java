package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SloppyBlockFunctionsTest {
  @Test
  void alsoDeclaresABlockFunctionInTheEnclosingFunction() {
    assertThat(Transpiled.of("function f() { if (a) { g(); function h() {} function g() {} } return h; }")).isEqualTo(
        "function f() { var g; var h; if (a) { h = function h() { }; g = function g() { }; g(); } return h; }");
  }

  @Test
  void treatsAFunctionThatIsTheBodyOfAnIfAsBlockOfItsOwn() {
    assertThat(Transpiled.of("if (a) function h() {}")).isEqualTo("var h; if (a) { h = function h() { }; }");
  }

  @Test
  void hoistsFromABareBlockAndFromSwitchCasesWhichShareOneScope() {
    assertThat(Transpiled.of("{ function h() {} } switch (k) { case 1: function s() {} }")).isEqualTo(
        "var s; var h; { h = function h() { }; } s = function s() { }; switch(k) { case 1: }");
  }

  @Test
  void leavesStrictCodeAndNamesAVarWouldClashWith() {
    assertThat(Transpiled.of("'use strict'; { function h() {} }"))
        .isEqualTo("\"use strict\"; { var h = function() { }; }");
    assertThat(Transpiled.of("let h; { function h() {} }"))
        .isEqualTo("var h; { var h$jscomp$1 = function() { }; }");
  }
}

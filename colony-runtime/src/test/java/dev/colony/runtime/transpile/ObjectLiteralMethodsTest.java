package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ObjectLiteralMethodsTest {
  @Test
  void keepsMethodsAndAccessorsNative() {
    assertThat(Transpiled.of("var o = { a: 1, m() { return 1; }, get g() { return 2; } };"))
        .isEqualTo("var o = {a:1, m() { return 1; }, get g() { return 2; }};");
  }

  @Test
  void keepsSuperInALiteralMethod() {
    assertThat(Transpiled.of("var o = { m() { return super.m(); } };"))
        .isEqualTo("var o = {m() { return super.m(); }};");
  }

  @Test
  void turnsGeneratorMethodsIntoNamedFunctionProperties() {
    assertThat(Transpiled.of("var o = { *g() { yield 1; } };"))
        .startsWith("var o = {g:function g() {")
        .contains("createGenerator(g,");
  }

  @Test
  void leavesTheGeneratedNameWhenTheMethodNameWouldShadowAnOuterOne() {
    assertThat(Transpiled.of("var o = { *g() { yield g; } };")).contains("{g:function $jscomp$generator$function$");
  }

  @Test
  void wrapsALiteralWhoseMethodCapturesALoopVariable() {
    String out = Transpiled.of("for (const k of ks) { fs.push({ m() { return k; }, n: 1 }); }");
    assertThat(out).containsPattern(
        "fs\\.push\\(function\\((\\$jscomp\\$loop\\$[\\w$]+)\\) \\{ return \\{m\\(\\) \\{ return \\1\\.k; \\}, n:1\\}; \\}\\(\\1\\)\\)");
  }
}

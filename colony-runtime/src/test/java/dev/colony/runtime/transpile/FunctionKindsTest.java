package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunctionKindsTest {
  @Test
  void marksLoweredAsyncFunctionsGeneratorsAndAsyncGenerators() {
    assertThat(Transpiled.of("async function f() { await 1; }")).startsWith("function f() { \"colony:async\";");
    assertThat(Transpiled.of("var a = async (x) => x;")).startsWith("var a = x => { \"colony:async\";");
    assertThat(Transpiled.of("function* g() { yield 1; }")).startsWith("function g() { \"colony:generator\";");
    assertThat(Transpiled.of("async function* h() { yield 1; }")).startsWith("function h() { \"colony:asyncGenerator\";");
  }

  @Test
  void leavesPlainFunctionsAlone() {
    assertThat(Transpiled.of("function f() { return g(); }")).isEqualTo("function f() { return g(); }");
  }
}

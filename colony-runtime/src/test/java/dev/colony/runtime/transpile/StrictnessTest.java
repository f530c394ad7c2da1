package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StrictnessTest {
  @Test
  void keepsAStrictScriptStrict() {
    assertThat(Transpiled.of("'use strict'; var x = 1;")).isEqualTo("\"use strict\"; var x = 1;");
  }

  @Test
  void keepsTheOutermostStrictFunctionStrict() {
    assertThat(Transpiled.of("function f() { 'use strict'; return function g() { 'use strict'; }; }"))
        .isEqualTo("function f() { \"use strict\"; return function g() { }; }");
  }

  @Test
  void leavesSloppyCodeSloppy() {
    assertThat(Transpiled.of("function f() { return 1; }")).isEqualTo("function f() { return 1; }");
  }

  @Test
  void putsSafepointsAfterTheDirective() {
    String out = new Transpiler(true).transpile("t.js", "function f() { 'use strict'; g(); }").code().replaceAll("\\s+", " ");
    assertThat(out).startsWith("function f() { \"use strict\"; if ($sp$) {");
  }
}

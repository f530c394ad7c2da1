package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassSemanticsTest {
  @Test
  void wrapsASloppyClassInAStrictArrowAndRegistersIt() {
    String out = Transpiled.of("class A { m() {} }");
    assertThat(out).startsWith("var A = (() => { \"use strict\"; var $jscomp$classDecl$")
        .contains("{ $colony.defineClass($jscomp$classDecl$")
        .endsWith("})();");
  }

  @Test
  void doesNotWrapAClassInStrictCode() {
    assertThat(Transpiled.of("'use strict'; class A {}")).startsWith("\"use strict\"; var A = function() {");
  }

  @Test
  void guardsTheConstructorAgainstACallWithoutNew() {
    assertThat(Transpiled.of("'use strict'; class A extends B {}")).contains(
        "var A = function() { \"colony:class\"; if (!(this instanceof A)) { "
            + "throw new TypeError(\"Class constructor A cannot be invoked without 'new'\"); }");
  }

  @Test
  void registersTheNameNodeGivesTheClass() {
    assertThat(Transpiled.of("'use strict'; const E = class Named {};")).contains("$colony.defineClass(E, \"Named\", false)");
    assertThat(Transpiled.of("'use strict'; const E = class {};")).contains("$colony.defineClass(E, \"E\", false)");
    assertThat(Transpiled.of("'use strict'; f(class {});")).contains("$colony.defineClass($jscomp$classDecl$")
        .contains(", \"\", false)");
    assertThat(Transpiled.of("'use strict'; class A { static name() {} }")).contains("$colony.defineClass(A, \"A\", true)");
  }

  @Test
  void namesMethodFunctionsAfterTheMethodUnlessTheNameWouldShadow() {
    assertThat(Transpiled.of("class A { m() { return 1; } static s() { return s; } }"))
        .contains("value:function m() {")
        .contains("value:function() { return s; }");
  }
}

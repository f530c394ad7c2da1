package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LexicalBindingErrorsTest {
  @Test
  void throwsWhereABindingIsUsedBeforeItsDeclaration() {
    assertThat(Transpiled.of("try { x; } catch (e) {} let x = 1;"))
        .isEqualTo("try { $colony.tdz(\"x\"); } catch (e) { } var x = 1;");
  }

  @Test
  void evaluatesTheAssignedValueBeforeThrowing() {
    assertThat(Transpiled.of("function f() { x = g(); y += 1; let x, y; }"))
        .isEqualTo("function f() { g(), $colony.tdz(\"x\"); $colony.tdz(\"y\"); var x; var y; }");
  }

  @Test
  void throwsWhereADeclarationReadsItself() {
    assertThat(Transpiled.of("let x = x + 1, y = x;")).isEqualTo("var x = $colony.tdz(\"x\") + 1; var y = x;");
  }

  @Test
  void leavesUsesInNestedFunctions() {
    assertThat(Transpiled.of("const f = () => x; let x = 1;")).isEqualTo("var f = () => { return x; }; var x = 1;");
  }

  @Test
  void throwsOnAssignmentsToAConstantAfterComputingTheValue() {
    assertThat(Transpiled.of("const k = 1; k = 2; k += 3; k ||= 4; k++;")).isEqualTo(
        "var k = 1; 2, $colony.constAssign(\"k\"); k + 3, $colony.constAssign(\"k\"); "
            + "k || (4, $colony.constAssign(\"k\")); k, $colony.constAssign(\"k\");");
  }

  @Test
  void leavesVarsAndShadowingBindingsAlone() {
    assertThat(Transpiled.of("x = 1; var x; const k = 1; function f(k) { k = 2; }"))
        .isEqualTo("x = 1; var x; var k = 1; function f(k) { k = 2; }");
  }
}

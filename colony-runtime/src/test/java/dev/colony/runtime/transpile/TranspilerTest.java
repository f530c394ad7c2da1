package dev.colony.runtime.transpile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TranspilerTest {
  private final Transpiler transpiler = new Transpiler(true);

  @Test
  void mapsTranspiledLinesBackToTheUsersFile() {
    TranspiledSource t = transpiler.transpile("a.js", "class A {\n  m() {\n    return 1;\n  }\n}\nnew A().m();\n");
    String[] lines = t.code().split("\n");
    int returnLine = indexOf(lines, "return 1;");
    assertThat(t.lineMap().originalLine(returnLine)).isEqualTo(3);
    assertThat(t.lineMap().originalColumn(returnLine)).isEqualTo(5);
  }

  @Test
  void keepsLineNumbersWhenLoweringPrivateNames() {
    TranspiledSource t = transpiler.transpile("p.js", "class P {\n  #x = 1;\n  get x() {\n    return this.#x;\n  }\n}\n");
    String[] lines = t.code().split("\n");
    assertThat(t.lineMap().originalLine(indexOf(lines, "return ($P1$ in"))).isEqualTo(4);
    assertThat(t.code()).doesNotContain("#x =").contains("$colony.privateName(\"#x\")");
  }

  @Test
  void insertsSafepointsInLoopsAndFunctions() {
    TranspiledSource t = transpiler.transpile("s.js", "function f() { while (g()) { h(); } }");
    assertThat(t.code().split("\\$safepoint\\$\\(\\)", -1)).hasSize(3);
    assertThat(new Transpiler(false).transpile("s.js", "function f() { while (g()) { h(); } }").code())
        .doesNotContain("$safepoint$");
  }

  @Test
  void listsTopLevelDeclarations() {
    TranspiledSource t = transpiler.transpile("d.js", "let a = 1; const b = 2; var c; function d() {} class E {}");
    assertThat(t.topLevelNames()).containsExactly("a", "b", "c", "d", "E");
  }

  @Test
  void reportsSyntaxErrorsAtTheirOriginalPosition() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "let ok = 1;\nlet x = ;\n"))
        .isInstanceOf(JsSyntaxException.class)
        .hasMessageStartingWith("bad.js:2:")
        .hasMessageEndingWith(": SyntaxError: Parse error. primary expression expected")
        .satisfies(e -> assertThat(((JsSyntaxException) e).line()).isEqualTo(2));
  }

  @Test
  void reportsErrorsOnTheFirstLineDespitePrivateNameDeclarations() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "class A { #p = 1; m() { b.#p + this.#q; } }"))
        .isInstanceOf(JsSyntaxException.class)
        .satisfies(e -> assertThat(((JsSyntaxException) e).line()).isEqualTo(1));
  }

  @Test
  void refusesUndeclaredPrivateNames() {
    assertThatThrownBy(() -> transpiler.transpile("bad.js", "class A { m() { return this.#nope; } }"))
        .isInstanceOf(JsSyntaxException.class)
        .hasMessageStartingWith("bad.js:1:");
  }

  private static int indexOf(String[] lines, String fragment) {
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains(fragment)) {
        return i + 1;
      }
    }
    throw new AssertionError("no line contains " + fragment);
  }
}

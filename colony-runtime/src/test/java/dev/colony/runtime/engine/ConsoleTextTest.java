package dev.colony.runtime.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleTextTest {
  @Test
  void replacesLoneSurrogatesAsNodesUtf8OutputDoes() {
    assertThat(ConsoleText.wellFormed("\ud800")).isEqualTo("\ufffd");
    assertThat(ConsoleText.wellFormed("x\udc00y\ud83d")).isEqualTo("x\ufffdy\ufffd");
    assertThat(ConsoleText.wellFormed("\ude00\ud83d")).isEqualTo("\ufffd\ufffd");
  }

  @Test
  void keepsWellFormedTextAsItIs() {
    String text = "emoji \ud83d\ude00 and plain";
    assertThat(ConsoleText.wellFormed(text)).isSameAs(text);
  }
}

package dev.colony.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocsWriterTest {
  @Test
  void rewritesOnlyTheGeneratedBlocks() {
    String doc = "# B\n\nintro\n\n" + DocsWriter.begin("a") + "\nold table\n" + DocsWriter.end("a") + "\n\nprose after\n";
    String updated = DocsWriter.replaceBlocks(doc, Map.of("a", "new table\n"));
    assertThat(updated).isEqualTo("# B\n\nintro\n\n" + DocsWriter.begin("a") + "\nnew table\n" + DocsWriter.end("a")
        + "\n\nprose after\n");
    assertThat(DocsWriter.replaceBlocks(updated, Map.of("a", "new table"))).isEqualTo(updated);
  }

  @Test
  void appendsABlockTheFileDoesNotHaveYet() {
    String updated = DocsWriter.replaceBlocks("# B\n", Map.of("b", "rows"));
    assertThat(updated).isEqualTo("# B\n\n" + DocsWriter.begin("b") + "\nrows\n" + DocsWriter.end("b") + "\n");
  }

  @Test
  void tableTextWithDollarsAndBackslashesIsKeptAsIs() {
    String doc = DocsWriter.begin("a") + "\nx\n" + DocsWriter.end("a") + "\n";
    assertThat(DocsWriter.replaceBlocks(doc, Map.of("a", "cost $1 \\ 2"))).contains("cost $1 \\ 2");
  }
}

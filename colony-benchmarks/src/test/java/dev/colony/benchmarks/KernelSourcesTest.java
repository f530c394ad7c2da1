package dev.colony.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.transpile.Transpiler;
import org.junit.jupiter.api.Test;

/** The kernels and the snapshot program are valid modern JavaScript that Colony's transpiler takes. */
class KernelSourcesTest {
  @Test
  void everyKernelTranspilesAndPrintsAHeaderFirst() {
    for (Kernel kernel : Kernel.load(Kernel.NAMES)) {
      assertThat(new Transpiler(true).transpile(kernel.fileName(), kernel.source()).code()).isNotBlank();
      assertThat(kernel.source()).as(kernel.name()).contains("console.log(`" + kernel.name() + ": ")
          .contains("console.log(`checksum ");
    }
  }

  @Test
  void theSnapshotProgramTranspiles() {
    String source = Kernel.resource("snapshot/heap.js").replace("__OBJECTS__", "10");
    assertThat(new Transpiler(true).transpile("heap.js", source).code()).contains("ready");
  }
}

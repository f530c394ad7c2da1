package dev.colony.benchmarks;

import static dev.colony.benchmarks.KernelBenchmark.COLONY;
import static dev.colony.benchmarks.KernelBenchmark.COLONY_NO_SAFEPOINTS;
import static dev.colony.benchmarks.KernelBenchmark.RHINO;
import static dev.colony.benchmarks.KernelBenchmark.RHINO_LOWERED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.benchmarks.KernelBenchmark.Measured;
import dev.colony.benchmarks.KernelBenchmark.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelReportTest {
  private static Measured ms(long... millis) {
    List<Long> nanos = java.util.Arrays.stream(millis).map(m -> m * 1_000_000).boxed().toList();
    return new Measured(nanos, nanos, nanos, null);
  }

  private static Row row(String name, Measured rhino, Measured lowered, Measured bare, Measured colony) {
    Map<String, Measured> engines = new LinkedHashMap<>();
    engines.put(COLONY, colony);
    engines.put(COLONY_NO_SAFEPOINTS, bare);
    engines.put(RHINO_LOWERED, lowered);
    engines.put(RHINO, rhino);
    return new Row(name, new NodeEngine.Result(List.of("h", "c"), List.of(10_000_000L), null), engines);
  }

  @Test
  void ratiosArePairedPerRound() {
    // Round 2 is slow for everything: paired ratios stay 1.2, where medians of each would not line up.
    Row r = row("k", ms(100, 400, 110), ms(100, 400, 110), ms(110, 440, 121), ms(120, 480, 132));
    assertThat(r.ratio(COLONY, RHINO)).isEqualTo(1.2, org.assertj.core.api.Assertions.within(1e-9));
  }

  @Test
  void goalIsMetOnlyWithinBothBounds() {
    Row fast = row("a", ms(100), ms(100), ms(100), ms(110));
    Row slow = row("b", ms(100), ms(100), ms(100), ms(210));
    assertThat(KernelBenchmark.rhinoTable(List.of(fast))).contains("): MET**");
    assertThat(KernelBenchmark.rhinoTable(List.of(fast, slow))).contains("NOT MET").contains("worst: b at 2.10×");
  }

  @Test
  void failuresAreMarkedAndLeftOutOfTheGeomean() {
    Row ok = row("a", ms(100), ms(100), ms(100), ms(120));
    Row broken = row("b", ms(100), ms(100), new Measured(List.of(), List.of(), List.of(), "FAILED: boom"),
        new Measured(List.of(), List.of(), List.of(), "FAILED: boom"));
    String table = KernelBenchmark.rhinoTable(List.of(ok, broken));
    assertThat(table).contains("| b | 100 | 100 | **FAILS** | **FAILS** | **—** | 1.00× | — | — | — |").contains("`b` on Colony w/o safepoints, Colony: FAILED: boom")
        .contains("geomean 1.20× over the 1 kernel(s)").contains("1 kernel(s) fail on Colony");
  }
}

package dev.colony.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.protocol.EngineState;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.EngineView;
import dev.colony.protocol.api.MigrationReport;
import dev.colony.protocol.api.ProgramView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What people read: sizes, durations, tables, the migrate line. */
class FormatsTest {
  private static final ProgramView COUNTER =
      new ProgramView("p-1a2b3c4d", "counter", "local-2", ProgramState.RUNNING, 1, 0, 1000, null);

  @Test
  void sizesInBinaryUnits() {
    assertThat(Formats.bytes(0)).isEqualTo("0 B");
    assertThat(Formats.bytes(1023)).isEqualTo("1023 B");
    assertThat(Formats.bytes(12_595)).isEqualTo("12.3 KiB");
    assertThat(Formats.bytes(4L << 20)).isEqualTo("4.0 MiB");
    assertThat(Formats.bytes(3L << 29)).isEqualTo("1.5 GiB");
  }

  @Test
  void durationsAndHeartbeats() {
    assertThat(Formats.duration(400)).isEqualTo("0.4 s");
    assertThat(Formats.duration(59_949)).isEqualTo("59.9 s");
    assertThat(Formats.duration(245_000)).isEqualTo("4m 05s");
    assertThat(Formats.duration(7_380_000)).isEqualTo("2h 03m");
    assertThat(Formats.duration(273_600_000)).isEqualTo("3d 04h");
    assertThat(Formats.duration(-5)).isEqualTo("0.0 s");
    assertThat(Formats.ago(10_000, 10_400)).isEqualTo("0.4 s ago");
    assertThat(Formats.ago(0, 10_400)).isEqualTo("never");
  }

  @Test
  void cpuLabelsAndPrograms() {
    assertThat(Formats.cpu(0.254)).isEqualTo("25%");
    assertThat(Formats.cpu(-1)).isEqualTo("?");
    assertThat(Formats.labels(Map.of("zone", "a", "gpu", "no"))).isEqualTo("gpu=no,zone=a");
    assertThat(Formats.labels(Map.of())).isEqualTo("-");
    assertThat(Formats.program(COUNTER)).isEqualTo("counter (p-1a2b3c4d)");
    assertThat(Formats.program(new ProgramView("p-1", null, null, ProgramState.LOST, 0, 0, 0, null))).isEqualTo("p-1");
  }

  @Test
  void migrationsInOneLine() {
    var report = new MigrationReport(COUNTER, "local-1", "local-2", 23.43, 12_595);
    assertThat(MigrateCommand.describe(report))
        .isEqualTo("migrated counter (p-1a2b3c4d) local-1 → local-2 in 23.4 ms, snapshot 12.3 KiB");
  }

  @Test
  void tablesAlignColumnsWithoutTrailingSpaces() {
    String table = new Table("ID", "NAME", "STATE").row("p-1", "counter", "RUNNING").row("p-22", "-", "PAUSED").render();
    assertThat(table).isEqualTo("""
        ID    NAME     STATE
        p-1   counter  RUNNING
        p-22  -        PAUSED
        """);
    assertThat(new Table("A", "B").render()).isEqualTo("A  B\n");
    assertThatThrownBy(() -> new Table("A", "B").row("1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void enginesTableWithAnOfflineEngineThatCannotTellItsCpu() {
    var online = new EngineView("local-1", EngineState.ONLINE, 0.07, 52_428_800, 1L << 30, 2, Map.of("zone", "a"),
        1_700_000_009_600L);
    var offline = new EngineView("edge-7", EngineState.OFFLINE, -1, 0, 0, 0, Map.of(), 1_699_999_750_000L);
    assertThat(EnginesCommand.table(List.of(online, offline), 1_700_000_010_000L).render()).isEqualTo("""
        NAME     STATE    CPU  HEAP                PROGRAMS  LABELS  LAST-HEARTBEAT
        local-1  ONLINE   7%   50.0 MiB / 1.0 GiB  2         zone=a  0.4 s ago
        edge-7   OFFLINE  ?    0 B / 0 B           0         -       4m 20s ago
        """);
  }

  @Test
  void psTableWithDashesForWhatAProgramLacks() {
    var running = new ProgramView("p-1a2b3c4d", "counter", "local-1", ProgramState.RUNNING, 0, 0, 83_000, null);
    var lost = new ProgramView("p-9", null, null, ProgramState.LOST, 3, 0, 0, null);
    assertThat(new PsCommand().table(List.of(running, lost)).render()).isEqualTo("""
        ID          NAME     ENGINE   STATE    GEN  UPTIME
        p-1a2b3c4d  counter  local-1  RUNNING  0    1m 23s
        p-9         -        -        LOST     3    0.0 s
        """);
  }

  @Test
  void labelsParseAndRefuseWhatIsNotKeyValue() {
    assertThat(Labels.parse("zone=eu-west-1a, gpu=no,rack=r/2")).containsExactly(
        Map.entry("zone", "eu-west-1a"), Map.entry("gpu", "no"), Map.entry("rack", "r/2"));
    assertThat(Labels.parse(null)).isEmpty();
    assertThat(Labels.parse("empty=")).containsEntry("empty", "");
    for (String bad : new String[] {"", "k", "=v", "k=v=w", "k=\u001b[31m", "-k=v", "k=" + "v".repeat(129)}) {
      assertThatThrownBy(() -> Labels.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
    }
  }
}

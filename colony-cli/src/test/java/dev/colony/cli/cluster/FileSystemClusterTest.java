package dev.colony.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.cli.cluster.ClusterUnderTest.BrokerKind;
import dev.colony.client.ColonyApiException;
import dev.colony.client.ColonyClient;
import dev.colony.gfs.fs.FsPath;
import dev.colony.gfs.fs.GlobalFileSystem;
import dev.colony.protocol.ProgramState;
import dev.colony.protocol.api.DeployRequest;
import dev.colony.protocol.api.ProgramView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 4 promises programs, on a real cluster: a coordinator and two engine processes whose
 * programs reach the global file system over REST.
 */
@Tag("slow")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileSystemClusterTest {
  private static final Duration PATIENCE = Duration.ofSeconds(180);

  /** Appends RECORDS numbered lines, one at a time, each after the previous one landed. */
  private static final String APPENDER = """
      const fs = require('fs');
      const RECORDS = %d, me = '%s';
      let i = 0;
      function next() {
        if (i === RECORDS) { console.log('done ' + me); return; }
        fs.appendFile('/shared/records.log', me + ' record ' + i + '\\n', (err) => {
          if (err) { console.error(err.code + ': ' + err.message); return; }
          i++;
          next();
        });
      }
      fs.mkdir('/shared', { recursive: true }, next);
      """;

  /**
   * Each step reads a state file, writes it back with one more, and appends a line saying so, with
   * a timer between steps so migrations land both between operations and while one is in flight.
   */
  private static final String STEPPER = """
      const fs = require('fs').promises;
      const dir = '/loop/%s';
      async function main() {
        await fs.mkdir(dir, { recursive: true });
        await fs.writeFile(dir + '/state.json', JSON.stringify({ steps: 0, sum: 0 }));
        for (let i = 1; i <= 300; i++) {
          const state = JSON.parse(await fs.readFile(dir + '/state.json', 'utf8'));
          state.steps++;
          state.sum += i;
          await fs.writeFile(dir + '/state.json', JSON.stringify(state));
          await fs.appendFile(dir + '/steps.log', 'step ' + state.steps + ' sum ' + state.sum + '\\n');
          await new Promise((resolve) => setTimeout(resolve, 3));
        }
        console.log('finished');
      }
      main().catch((e) => console.error('failed: ' + e.code + ' ' + e.message));
      """;

  private ClusterUnderTest cluster;
  private ColonyClient client;
  private GlobalFileSystem fs;

  @BeforeAll
  void startCluster(@TempDir Path dir) throws Exception {
    cluster = ClusterUnderTest.start(dir, BrokerKind.EMBEDDED, "e1", "e2");
    client = cluster.client();
    fs = client.fileSystem();
  }

  @AfterAll
  void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void eightProgramsOnTwoEnginesAppendTwoThousandRecordsEachToOneFile() {
    int records = 2_000;
    List<ProgramView> programs = new ArrayList<>();
    for (int p = 0; p < 8; p++) {
      String name = "appender-" + p;
      programs.add(client.deploy(new DeployRequest(APPENDER.formatted(records, name), "appender.js", name, p % 2 == 0 ? "e1" : "e2")));
    }
    for (ProgramView program : programs) {
      new ProgramLogs(client, program.id()).untilText("done " + program.name(), PATIENCE);
    }
    String[] lines = new String(fs.readAll(FsPath.parse("/shared/records.log")), StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(8 * records);
    assertThat(new HashSet<>(Arrays.asList(lines))).hasSize(8 * records);
    assertThat(lines).allMatch(line -> line.matches("appender-\\d record \\d+"));
    for (int p = 0; p < 8; p++) {
      String prefix = "appender-" + p + " record ";
      List<Integer> own = Arrays.stream(lines).filter(line -> line.startsWith(prefix))
          .map(line -> Integer.parseInt(line.substring(prefix.length()))).toList();
      assertThat(own).as("appender-%d's records, in its order", p).isEqualTo(IntStream.range(0, records).boxed().toList());
    }
  }

  @Test
  void aProgramMigratedInTheMiddleOfItsWritesLeavesTheFilesOfAnUnmigratedRun() {
    ProgramView still = client.deploy(new DeployRequest(STEPPER.formatted("still"), "stepper.js", "stepper-still", "e1"));
    ProgramView moved = client.deploy(new DeployRequest(STEPPER.formatted("moved"), "stepper.js", "stepper-moved", "e1"));
    String on = "e1";
    int migrations = 0;
    while (client.program(moved.id()).state() == ProgramState.RUNNING && migrations < 15) {
      String to = on.equals("e1") ? "e2" : "e1";
      try {
        client.migrate(moved.id(), to);
      } catch (ColonyApiException e) {
        assertThat(e.type()).as("only a program that just finished may refuse").isEqualTo("wrong-state");
        break;
      }
      on = to;
      migrations++;
    }
    assertThat(migrations).as("migrations while it was writing").isGreaterThanOrEqualTo(5);
    new ProgramLogs(client, moved.id()).untilText("finished", PATIENCE);
    new ProgramLogs(client, still.id()).untilText("finished", PATIENCE);
    assertThat(fs.readAll(FsPath.parse("/loop/moved/steps.log"))).isEqualTo(fs.readAll(FsPath.parse("/loop/still/steps.log")));
    assertThat(fs.readAll(FsPath.parse("/loop/moved/state.json"))).isEqualTo(fs.readAll(FsPath.parse("/loop/still/state.json")));
    assertThat(new String(fs.readAll(FsPath.parse("/loop/moved/state.json")), StandardCharsets.UTF_8))
        .isEqualTo("{\"steps\":300,\"sum\":45150}");
  }
}

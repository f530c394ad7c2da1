package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The {@code fs} module as a program sees it, on a host that keeps files in memory. */
class FsModuleTest {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  private final MemoryFileSystemPort files = new MemoryFileSystemPort();

  @AfterEach
  void close() {
    files.close();
  }

  private ProgramRun run(String source) throws Exception {
    StringBuilder out = new StringBuilder();
    StringBuilder err = new StringBuilder();
    Program program = RUNTIME.load("fs", RUNTIME.compile("t.js", source), ProgramRun.collect(out, err), PubSubPort.NONE, files)
        .start();
    ProgramExit exit = program.exit().get(30, TimeUnit.SECONDS);
    return new ProgramRun(out.toString(), err.toString(), exit);
  }

  private String stdout(String source) throws Exception {
    ProgramRun run = run(source);
    assertThat(run.err()).as("stderr").isEmpty();
    assertThat(run.exit().outcome()).as(run.exit().message()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    return run.out();
  }

  @Test
  void smoke() throws Exception {
    assertThat(stdout("""
        const fs = require('fs');
        fs.writeFile('/a.txt', 'héllo 😀', (err) => {
          console.log('written', err);
          fs.readFile('/a.txt', 'utf8', (err, text) => {
            console.log(err, text);
            fs.readFile('/a.txt', (err, bytes) => console.log(bytes instanceof Uint8Array, bytes.length));
          });
        });
        """)).isEqualTo("written null\nnull héllo 😀\ntrue 11\n");
  }
}

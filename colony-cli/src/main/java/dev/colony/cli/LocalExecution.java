package dev.colony.cli;

import dev.colony.runtime.JsRuntime;
import dev.colony.runtime.Program;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.ProgramOutput;
import dev.colony.runtime.snapshot.SnapshotException;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import dev.colony.runtime.engine.CapturedState;

/** Runs one program in this process until it ends or is captured, and turns the outcome into an exit code. */
final class LocalExecution {
  static final int USAGE_OR_INPUT_ERROR = 2;

  /** Files larger than this are refused before reading: no program or snapshot needs more. */
  static final long MAX_INPUT_BYTES = 256L << 20;

  private final PrintStream out;
  private final PrintStream err;

  LocalExecution(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  static JsRuntime runtime() {
    return JsRuntime.create(dev.colony.runtime.Limits.defaults(),
        SnapshotKey.fromEnvironmentOrFile(System.getenv(), Path.of(System.getProperty("user.home"))));
  }

  ProgramOutput output() {
    return ProgramOutput.of(out, err);
  }

  /** Starts the program, captures it at {@code snapshotAt} if given, and waits for the end. */
  int run(JsRuntime runtime, Program program, Long snapshotAt, Path snapshotTo) throws InterruptedException {
    CompletableFuture<CapturedState> capture = snapshotAt == null ? null : program.captureAt(snapshotAt);
    program.start();
    ProgramExit exit;
    try {
      exit = program.exit().get();
    } catch (ExecutionException e) {
      return fail(1, "internal error: " + e.getCause());
    }
    out.flush();
    if (exit.outcome() == ProgramExit.Outcome.CAPTURED) {
      return writeSnapshot(runtime, capture, snapshotTo);
    }
    if (capture != null) {
      err.println("colony: the program ended before " + snapshotAt + " ms of run time: no snapshot written");
    }
    if (exit.outcome() != ProgramExit.Outcome.COMPLETED) {
      return fail(exit.exitCode(), describe(exit));
    }
    return 0;
  }

  private int writeSnapshot(JsRuntime runtime, CompletableFuture<CapturedState> capture, Path to)
      throws InterruptedException {
    try {
      CapturedState state = capture.get();
      byte[] sealed = runtime.seal(state);
      writeAtomically(to, sealed);
      err.println("colony: snapshot written to " + to + " (" + sealed.length + " bytes, captured at "
          + state.summary().capturePoint().label() + " after " + state.summary().programClockMillis() + " ms)");
      return 0;
    } catch (ExecutionException e) {
      return fail(1, "capture failed: " + e.getCause().getMessage());
    } catch (IOException e) {
      return fail(USAGE_OR_INPUT_ERROR, "cannot write snapshot " + to + ": " + e.getMessage());
    }
  }

  private static void writeAtomically(Path to, byte[] bytes) throws IOException {
    Path absolute = to.toAbsolutePath();
    Path temp = Files.createTempFile(absolute.getParent(), ".snapshot-", ".tmp");
    try {
      Files.write(temp, bytes);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private static String describe(ProgramExit exit) {
    return switch (exit.outcome()) {
      case FAILED -> "program failed: " + exit.message();
      case STOPPED_BY_SANDBOX -> "program stopped by the sandbox: " + exit.message();
      case KILLED -> "program killed";
      default -> exit.message();
    };
  }

  int fail(int code, String reason) {
    err.println("colony: " + reason);
    return code;
  }

  static String snapshotProblem(SnapshotException e) {
    return "bad snapshot: " + e.getMessage();
  }
}

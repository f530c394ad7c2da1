package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colony.runtime.engine.CapturedState;
import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The inbox across captures: every message {@link Program#deliver} accepted is handled exactly
 * once, by the program or by the program restored from its snapshot; every refused one by neither.
 */
class PubSubCaptureTest {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  /** Publishes every message it handles on 'seen', and ends on a message to 'end'. */
  private static final String ECHO = """
      pubsub.subscribe('m', (v) => pubsub.publish('seen', v));
      pubsub.subscribe('end', () => { pubsub.unsubscribe('m'); pubsub.unsubscribe('end'); });
      """;

  private static Program start(String source, RecordingPort port) {
    return RUNTIME.load("pubsub", RUNTIME.compile("t.js", source), port, port).start();
  }

  private static Program restore(CapturedState captured, RecordingPort port) {
    return RUNTIME.restore(RUNTIME.seal(captured), port, port).start();
  }

  private static ProgramExit exitOf(Program program) throws Exception {
    return program.exit().get(30, TimeUnit.SECONDS);
  }

  private static List<String> numbers(int from, int to) {
    return IntStream.range(from, to).mapToObj(String::valueOf).toList();
  }

  @Test
  void aCapturedInboxIsHandledFirstAndSubscriptionsAreMadeAgainInTheirOrder() throws Exception {
    RecordingPort first = new RecordingPort();
    Program program = start("""
        let handled = 0;
        pubsub.subscribe('b', (v, t) => console.log('b', v, t, ++handled));
        pubsub.subscribe('a', () => {});
        pubsub.subscribe('c/#', (v, t) => console.log('c', v, t, ++handled));
        pubsub.unsubscribe('a');
        pubsub.subscribe('a', (v, t) => { console.log('a', v, t, ++handled); if (v === 'last') pubsub.unsubscribe('a'); });
        pubsub.subscribe('end', () => ['b', 'c/#', 'end'].forEach((f) => pubsub.unsubscribe(f)));
        """, first);
    first.awaitEvent("subscribed end");
    program.pause();
    assertThat(program.deliver("a", "a", "1")).isTrue();
    assertThat(program.deliver("c/#", "c/x", "2")).isTrue();
    assertThat(program.deliver("b", "b", "3")).isTrue();
    CompletableFuture<CapturedState> capture = program.capture(true);
    CapturedState captured = capture.get(30, TimeUnit.SECONDS);
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.CAPTURED);
    assertThat(program.deliver("a", "a", "4")).isFalse();
    assertThat(first.events()).noneMatch(e -> e.startsWith("out "));

    RecordingPort second = new RecordingPort();
    Program restored = RUNTIME.restore(RUNTIME.seal(captured), second, second);
    assertThat(restored.deliver("a", "a", "\"last\"")).as("accepted before the restored program runs").isTrue();
    restored.start();
    assertThat(restored.deliver("end", "end", "0")).isTrue();
    assertThat(exitOf(restored).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(second.events()).containsExactly(
        "subscribed b", "subscribed c/#", "subscribed a", "subscribed end",
        "out a 1 a 1", "out c 2 c/x 2", "out b 3 b 3", "out a last a 4",
        "unsubscribed a", "unsubscribed b", "unsubscribed c/#", "unsubscribed end");
  }

  @Test
  void tenThousandDeliveriesRacingAStoppingCaptureSplitExactly() throws Exception {
    RecordingPort first = new RecordingPort();
    Program program = start(ECHO, first);
    first.awaitEvent("subscribed end");
    int total = 10_000;
    List<String> accepted = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    AtomicInteger attempts = new AtomicInteger();
    Thread sender = new Thread(() -> {
      for (int i = 0; i < total; i++) {
        (program.deliver("m", "m", String.valueOf(i)) ? accepted : refused).add(String.valueOf(i));
        attempts.incrementAndGet();
      }
    });
    sender.start();
    while (attempts.get() < 3_000) {
      Thread.sleep(1);
    }
    CapturedState captured = program.capture(true).get(30, TimeUnit.SECONDS);
    sender.join(10_000);
    assertThat(sender.isAlive()).isFalse();

    // One sender: what was accepted is a prefix, everything after it refused.
    assertThat(accepted).isNotEmpty().isEqualTo(numbers(0, accepted.size()));
    assertThat(refused).isNotEmpty().isEqualTo(numbers(accepted.size(), total));
    List<String> seenBefore = first.published("seen");

    RecordingPort second = new RecordingPort();
    Program restored = restore(captured, second);
    second.await(events -> second.published("seen").size() >= accepted.size() - seenBefore.size());
    restored.deliver("end", "end", "0");
    assertThat(exitOf(restored).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);

    List<String> seen = new ArrayList<>(seenBefore);
    seen.addAll(second.published("seen"));
    assertThat(seen).as("handled exactly once, in order").isEqualTo(accepted);
    Set<String> refusedAndSeen = new HashSet<>(refused);
    refusedAndSeen.retainAll(seen);
    assertThat(refusedAndSeen).isEmpty();
  }

  @Test
  void aCheckpointKeepsAcceptingAndHoldsWhatWasAcceptedBeforeIt() throws Exception {
    RecordingPort first = new RecordingPort();
    Program program = start(ECHO, first);
    first.awaitEvent("subscribed end");
    program.pause();
    program.deliver("m", "m", "1");
    program.deliver("m", "m", "2");
    CapturedState checkpoint = program.capture(false).get(30, TimeUnit.SECONDS);
    assertThat(program.deliver("m", "m", "3")).isTrue();
    program.resume();
    program.deliver("end", "end", "0");
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(first.published("seen")).containsExactly("1", "2", "3");

    RecordingPort second = new RecordingPort();
    Program restored = restore(checkpoint, second);
    second.await(events -> second.published("seen").size() == 2);
    restored.deliver("end", "end", "0");
    assertThat(exitOf(restored).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(second.published("seen")).containsExactly("1", "2");
  }

  @Test
  void aFullInboxBlocksDeliverUntilThereIsRoom() throws Exception {
    RecordingPort port = new RecordingPort();
    Program program = start(ECHO, port);
    port.awaitEvent("subscribed end");
    program.pause();
    for (int i = 0; i < 1_000; i++) {
      assertThat(program.deliver("m", "m", String.valueOf(i))).isTrue();
    }
    CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> program.deliver("m", "m", "1000"));
    Thread.sleep(200);
    assertThat(blocked).isNotDone();
    program.resume();
    assertThat(blocked.get(30, TimeUnit.SECONDS)).isTrue();
    port.await(events -> port.published("seen").size() == 1_001);
    assertThat(port.published("seen")).isEqualTo(numbers(0, 1_001));
    program.kill();
  }

  @Test
  void aBlockedDeliverIsRefusedWhenTheProgramIsKilledOrCaptured() throws Exception {
    RecordingPort port = new RecordingPort();
    Program killed = start(ECHO, port);
    port.awaitEvent("subscribed end");
    killed.pause();
    fill(killed);
    CompletableFuture<Boolean> blockedOnKilled = CompletableFuture.supplyAsync(() -> killed.deliver("m", "m", "x"));
    Thread.sleep(100);
    killed.kill();
    assertThat(blockedOnKilled.get(30, TimeUnit.SECONDS)).isFalse();

    RecordingPort first = new RecordingPort();
    Program captured = start(ECHO, first);
    first.awaitEvent("subscribed end");
    captured.pause();
    fill(captured);
    CompletableFuture<Boolean> blockedOnCaptured = CompletableFuture.supplyAsync(() -> captured.deliver("m", "m", "x"));
    Thread.sleep(100);
    CapturedState state = captured.capture(true).get(30, TimeUnit.SECONDS);
    assertThat(blockedOnCaptured.get(30, TimeUnit.SECONDS)).isFalse();

    RecordingPort second = new RecordingPort();
    Program restored = restore(state, second);
    second.await(events -> second.published("seen").size() == 1_000);
    restored.deliver("end", "end", "0");
    assertThat(exitOf(restored).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(second.published("seen")).isEqualTo(numbers(0, 1_000));
  }

  private static void fill(Program program) {
    for (int i = 0; i < 1_000; i++) {
      assertThat(program.deliver("m", "m", String.valueOf(i))).isTrue();
    }
  }

  @Test
  void aCaptureInsideAHandlerContinuesThatMessageAndNotAgain() throws Exception {
    String source = """
        let work = 0;
        pubsub.subscribe('m', (v) => {
          pubsub.publish('start', v);
          for (let i = 0; i < 20_000; i++) work += i % 7;
          pubsub.publish('done', v);
          if (v === 2) pubsub.unsubscribe('m');
        });
        """;
    RecordingPort first = new RecordingPort();
    Program program = RUNTIME.load("pubsub", RUNTIME.compile("t.js", source), first, first);
    program.deliver("m", "m", "1");
    program.deliver("m", "m", "2");
    // Well inside the first handler's loop: main and the dispatch take far fewer instructions.
    CompletableFuture<CapturedState> capture = program.captureAfterInstructions(50_000);
    program.start();
    CapturedState captured = capture.get(30, TimeUnit.SECONDS);
    assertThat(captured.summary().capturePoint().label()).isEqualTo("safepoint");
    assertThat(first.events()).containsExactly("subscribed m", "publish start 1");

    RecordingPort second = new RecordingPort();
    Program restored = restore(captured, second);
    assertThat(exitOf(restored).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(second.events()).containsExactly(
        "subscribed m", "publish done 1", "publish start 2", "publish done 2", "unsubscribed m");
  }

  @Test
  void aMegabyteMessageTravelsInTheSnapshot() throws Exception {
    RecordingPort first = new RecordingPort();
    Program program = start("""
        pubsub.subscribe('big', (v) => { console.log(v.length, v === 'y'.repeat(1 << 20)); pubsub.unsubscribe('big'); });
        """, first);
    first.awaitEvent("subscribed big");
    program.pause();
    assertThat(program.deliver("big", "big", "y".repeat(1 << 20))).isTrue();
    CapturedState captured = program.capture(true).get(30, TimeUnit.SECONDS);

    RecordingPort second = new RecordingPort();
    Program restored = restore(captured, second);
    assertThat(exitOf(restored).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(second.events()).containsExactly("subscribed big", "out 1048576 true", "unsubscribed big");
  }

  @Test
  void aRestoreWhoseSubscriptionIsRefusedFailsBeforeProgramCodeRuns() throws Exception {
    RecordingPort first = new RecordingPort();
    Program program = start("pubsub.subscribe('m', (v) => console.log('handled', v));", first);
    first.awaitEvent("subscribed m");
    program.pause();
    program.deliver("m", "m", "1");
    CapturedState captured = program.capture(true).get(30, TimeUnit.SECONDS);

    RecordingPort refusing = new RecordingPort();
    refusing.failWith(new IllegalStateException("not connected"));
    Program restored = restore(captured, refusing);
    ProgramExit exit = exitOf(restored);
    assertThat(exit.outcome()).isEqualTo(ProgramExit.Outcome.FAILED);
    assertThat(exit.message()).isEqualTo("cannot subscribe again to m: not connected");
    assertThat(refusing.events()).isEmpty();

    ProgramExit local = RUNTIME.restore(RUNTIME.seal(captured), new RecordingPort()).start().exit().get(30, TimeUnit.SECONDS);
    assertThat(local.message()).startsWith("cannot subscribe again to m: pubsub needs a cluster");
  }
}

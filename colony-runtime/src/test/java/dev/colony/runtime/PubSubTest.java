package dev.colony.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.colony.runtime.snapshot.SnapshotKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The {@code pubsub} global and {@link Program#deliver}, through a recording port. */
class PubSubTest {
  private static final JsRuntime RUNTIME = JsRuntime.create(Limits.defaults(), SnapshotKey.random());
  /** Prints its arguments, strings as they are and other values as JSON. */
  private static final String LOG = """
      const log = (...a) => console.log(a.map(x => typeof x === 'string' ? x : JSON.stringify(x)).join(' '));
      """;

  private final RecordingPort port = new RecordingPort();

  private Program start(String source) {
    return RUNTIME.load("pubsub", RUNTIME.compile("t.js", LOG + source), port, port).start();
  }

  private static ProgramExit exitOf(Program program) throws Exception {
    return program.exit().get(30, TimeUnit.SECONDS);
  }

  @Test
  void handlersGetParsedValuesOrTheRawPayloadAndTheTopic() throws Exception {
    Program program = start("""
        pubsub.subscribe('sensors/+', (value, topic) => log(topic, typeof value, value));
        pubsub.subscribe('end', () => { pubsub.unsubscribe('sensors/+'); pubsub.unsubscribe('end'); });
        """);
    port.awaitEvent("subscribed end");
    assertThat(program.deliver("sensors/+", "sensors/a", "{\"c\":21.5,\"tags\":[\"x\"]}")).isTrue();
    assertThat(program.deliver("sensors/+", "sensors/b", "[1,2]")).isTrue();
    assertThat(program.deliver("sensors/+", "sensors/c", "not json {")).isTrue();
    assertThat(program.deliver("sensors/+", "sensors/d", "\"quoted\"")).isTrue();
    assertThat(program.deliver("sensors/+", "sensors/e", "")).isTrue();
    assertThat(program.deliver("sensors/+", "sensors/f", "null")).isTrue();
    assertThat(program.deliver("end", "end", "0")).isTrue();

    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(port.events()).containsExactly(
        "subscribed sensors/+", "subscribed end",
        "out sensors/a object {\"c\":21.5,\"tags\":[\"x\"]}",
        "out sensors/b object [1,2]",
        "out sensors/c string not json {",
        "out sensors/d string quoted",
        "out sensors/e string ",
        "out sensors/f object null",
        "unsubscribed sensors/+", "unsubscribed end");
  }

  @Test
  void severalHandlersRunInSubscriptionOrderAndUnsubscribeRemovesOneOrAll() throws Exception {
    Program program = start("""
        const h1 = (v) => log('h1', v), h2 = (v) => log('h2', v);
        pubsub.subscribe('a', h1);
        pubsub.subscribe('a', h2);
        pubsub.subscribe('a', h1);
        pubsub.subscribe('b/#', (v, t) => log('b', v, t));
        pubsub.subscribe('step', (n) => {
          if (n === 1) pubsub.unsubscribe('a', h1);   // the later of the two h1
          if (n === 2) pubsub.unsubscribe('a', h1);
          if (n === 3) pubsub.unsubscribe('a', h1);   // not subscribed any more: nothing happens
          if (n === 4) pubsub.unsubscribe('a');
          if (n === 5) { pubsub.unsubscribe('b/#'); pubsub.unsubscribe('step'); }
          log('step', n);
        });
        """);
    port.awaitEvent("subscribed step");
    for (int step = 1; step <= 5; step++) {
      program.deliver("a", "a", "\"m" + step + "\"");
      program.deliver("b/#", "b/x/y", String.valueOf(step));
      program.deliver("step", "step", String.valueOf(step));
    }
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(port.events()).containsExactly(
        "subscribed a", "subscribed b/#", "subscribed step",
        "out h1 m1", "out h2 m1", "out h1 m1", "out b 1 b/x/y", "out step 1",
        "out h1 m2", "out h2 m2", "out b 2 b/x/y", "out step 2",
        "out h2 m3", "out b 3 b/x/y", "out step 3",
        "out h2 m4", "out b 4 b/x/y", "unsubscribed a", "out step 4",
        // a message for a filter that has no handler any more is dropped
        "out b 5 b/x/y", "unsubscribed b/#", "unsubscribed step", "out step 5");
  }

  @Test
  void messagesArrivingWhileTheProgramIsBusyRunInOrderBetweenTimersAndImmediates() throws Exception {
    Program program = start("""
        pubsub.subscribe('m', (v) => { log('m', v); if (v === 49) pubsub.unsubscribe('m'); });
        setTimeout(() => {
          pubsub.publish('busy', true); // tells the test the messages will now arrive while this runs
          const until = Date.now() + 300;
          while (Date.now() < until) {}
          setImmediate(() => log('immediate'));
          setTimeout(() => log('timeout'), 0);
          log('busy done');
        }, 0);
        """);
    port.awaitEvent("publish busy true");
    for (int i = 0; i < 50; i++) {
      assertThat(program.deliver("m", "m", String.valueOf(i))).isTrue();
    }
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    List<String> out = port.events().stream().filter(e -> e.startsWith("out ")).toList();
    assertThat(out.get(0)).isEqualTo("out busy done");
    for (int i = 0; i < 50; i++) {
      assertThat(out.get(1 + i)).isEqualTo("out m " + i);
    }
    assertThat(out.subList(51, out.size())).containsExactly("out immediate", "out timeout");
  }

  @Test
  void publishSendsJsonAndReturnsUndefined() throws Exception {
    Program program = start("""
        log(typeof pubsub.publish('out/a', { n: 1, s: 'é', list: [true, null] }));
        pubsub.publish('out/b', 'text');
        pubsub.publish('out/c', 42);
        pubsub.publish('out/d', { toJSON() { return 'custom'; } });
        log(typeof pubsub.subscribe('x', () => {}), typeof pubsub.unsubscribe('x'));
        """);
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(port.events()).containsExactly(
        "publish out/a {\"n\":1,\"s\":\"é\",\"list\":[true,null]}", "out undefined",
        "publish out/b \"text\"", "publish out/c 42", "publish out/d \"custom\"",
        "subscribed x", "unsubscribed x", "out undefined undefined");
  }

  @Test
  void badArgumentsAreTypeErrorsAndReachNoPort() throws Exception {
    Program program = start("""
        const tries = {
          handlerNumber: () => pubsub.subscribe('a', 42),
          handlerMissing: () => pubsub.subscribe('a'),
          filterNumber: () => pubsub.subscribe(42, () => {}),
          filterObject: () => pubsub.subscribe({ toString() { return 'a'; } }, () => {}),
          unsubscribeFilter: () => pubsub.unsubscribe(null),
          unsubscribeHandler: () => pubsub.unsubscribe('a', 'h'),
          topicUndefined: () => pubsub.publish(undefined, 1),
          cycle: () => { const o = { name: 'o' }; o.self = o; pubsub.publish('t', o); },
          bigint: () => pubsub.publish('t', { n: 10n }),
          undefinedValue: () => pubsub.publish('t', undefined),
          functionValue: () => pubsub.publish('t', function f() {}),
        };
        for (const [name, attempt] of Object.entries(tries)) {
          try { attempt(); log(name, 'no error'); } catch (e) { log(name, e.constructor.name, e.message); }
        }
        try {
          pubsub.publish('t', { toJSON() { throw new RangeError('own error'); } });
        } catch (e) { log('toJSON', e.constructor.name, e.message); }
        """);
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(port.events()).containsExactly(
        "out handlerNumber TypeError The \"handler\" argument must be of type function. Received 42",
        "out handlerMissing TypeError The \"handler\" argument must be of type function. Received undefined",
        "out filterNumber TypeError The \"filter\" argument must be of type string. Received 42",
        "out filterObject TypeError The \"filter\" argument must be of type string. Received { toString: [Function: toString] }",
        "out unsubscribeFilter TypeError The \"filter\" argument must be of type string. Received null",
        "out unsubscribeHandler TypeError The \"handler\" argument must be of type function. Received 'h'",
        "out topicUndefined TypeError The \"topic\" argument must be of type string. Received undefined",
        port.events().get(7), port.events().get(8),
        "out undefinedValue TypeError pubsub.publish to 't': the value cannot be sent as JSON: undefined has no JSON form",
        "out functionValue TypeError pubsub.publish to 't': the value cannot be sent as JSON: [Function: f] has no JSON form",
        "out toJSON RangeError own error");
    assertThat(port.events().get(7)).startsWith("out cycle TypeError pubsub.publish to 't': the value cannot be sent as JSON: ");
    assertThat(port.events().get(8)).startsWith("out bigint TypeError pubsub.publish to 't': the value cannot be sent as JSON: ");
  }

  @Test
  void portExceptionsBecomeTypeErrorOrErrorWithTheirMessage() throws Exception {
    Program program = start("""
        pubsub.subscribe('m', (step) => {
          if (step === 2) pubsub.unsubscribe('m');
          for (const [name, attempt] of [['publish', () => pubsub.publish('bad#topic', 1)],
                                         ['subscribe', () => pubsub.subscribe('other', () => {})]]) {
            try { attempt(); log(name, 'ok'); } catch (e) { log(name, e.constructor.name, e.message); }
          }
        });
        """);
    port.awaitEvent("subscribed m");
    port.failWith(new IllegalArgumentException("topic bad#topic: '#' is not allowed in a topic"));
    program.deliver("m", "m", "1");
    port.await(events -> events.stream().anyMatch(e -> e.startsWith("out subscribe")));
    port.failWith(new IllegalStateException("the broker is gone"));
    program.deliver("m", "m", "2");
    // the port refused the unsubscription: the program did not catch the Error
    ProgramExit exit = exitOf(program);
    assertThat(exit.outcome()).isEqualTo(ProgramExit.Outcome.FAILED);
    assertThat(exit.message()).isEqualTo("Uncaught Error: the broker is gone (t.js:3:19)");
    assertThat(port.events()).containsExactly("subscribed m",
        "out publish TypeError topic bad#topic: '#' is not allowed in a topic",
        "out subscribe TypeError topic bad#topic: '#' is not allowed in a topic",
        "err Uncaught Error: the broker is gone");
  }

  @Test
  void aHandlerThatThrowsFailsTheProgramAsAnUncaughtError() throws Exception {
    Program program = start("""
        pubsub.subscribe('m', (v) => { throw new Error('boom ' + v.n); });
        """);
    port.awaitEvent("subscribed m");
    program.deliver("m", "m", "{\"n\":7}");
    ProgramExit exit = exitOf(program);
    assertThat(exit.outcome()).isEqualTo(ProgramExit.Outcome.FAILED);
    assertThat(exit.message()).startsWith("Uncaught Error: boom 7 (t.js:");
    assertThat(program.deliver("m", "m", "1")).isFalse();
  }

  @Test
  void withoutAClusterPubsubFailsWithTheNoneMessage() throws Exception {
    ProgramRun run = ProgramRun.of(RUNTIME, "local", "pubsub.subscribe('a', () => {});");
    assertThat(run.exit().outcome()).isEqualTo(ProgramExit.Outcome.FAILED);
    assertThat(run.exit().message()).startsWith(
        "Uncaught Error: pubsub needs a cluster: deploy the program with `colony run` to a `colony up`");
    assertThat(ProgramRun.output("try { pubsub.publish('a', 1); } catch (e) { console.log(e.constructor.name, e.message); }"))
        .isEqualTo("Error pubsub needs a cluster: deploy the program with `colony run` to a `colony up`\n");
  }

  @Test
  void anIdleSubscribedProgramWaitsForMessagesUntilKilled() throws Exception {
    Program program = start("""
        pubsub.subscribe('m', (v, t) => pubsub.publish('echo', { v, t }));
        """);
    port.awaitEvent("subscribed m");
    Thread.sleep(200);
    assertThat(program.exit()).isNotDone();
    assertThat(program.deliver("m", "m/1", "[1]")).isTrue();
    port.awaitEvent("publish echo {\"v\":[1],\"t\":\"m/1\"}");
    Thread.sleep(50);
    assertThat(program.exit()).isNotDone();
    program.kill();
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.KILLED);
    assertThat(program.deliver("m", "m", "2")).isFalse();
  }

  @Test
  void aMessageWakesAProgramWaitingForALateTimer() throws Exception {
    Program program = start("""
        const timer = setTimeout(() => log('timer'), 60_000);
        pubsub.subscribe('m', (v) => { log('m', v); clearTimeout(timer); pubsub.unsubscribe('m'); });
        """);
    port.awaitEvent("subscribed m");
    Thread.sleep(100);
    program.deliver("m", "m", "1");
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(port.events()).containsExactly("subscribed m", "out m 1", "unsubscribed m");
  }

  @Test
  void deliverAfterTheProgramEndedReturnsFalse() throws Exception {
    Program completed = start("log('done');");
    assertThat(exitOf(completed).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(completed.deliver("m", "m", "1")).isFalse();

    Program failed = start("pubsub.subscribe('m', () => {}); null.x;");
    assertThat(exitOf(failed).outcome()).isEqualTo(ProgramExit.Outcome.FAILED);
    assertThat(failed.deliver("m", "m", "1")).isFalse();
  }

  @Test
  void aKillRefusesMessagesAtOnceEvenBeforeTheProgramStarted() throws Exception {
    Program neverStarted = RUNTIME.load("p", RUNTIME.compile("t.js", ""), port, port);
    for (int i = 0; i < 1_000; i++) {
      assertThat(neverStarted.deliver("m", "m", String.valueOf(i))).isTrue();
    }
    CompletableFuture<Boolean> blocked = CompletableFuture.supplyAsync(() -> neverStarted.deliver("m", "m", "full"));
    Thread.sleep(100);
    assertThat(blocked).isNotDone();
    neverStarted.kill();
    assertThat(blocked.get(30, TimeUnit.SECONDS)).isFalse();
    assertThat(neverStarted.deliver("m", "m", "later")).isFalse();
  }

  @Test
  void megabytePayloadsAreHandledWithinTheLimits() throws Exception {
    Program program = start("""
        pubsub.subscribe('big', (v) => log(typeof v, v.length, v.slice(0, 3)));
        pubsub.subscribe('end', () => { pubsub.unsubscribe('big'); pubsub.unsubscribe('end'); });
        """);
    port.awaitEvent("subscribed end");
    String text = "x".repeat(1 << 20);
    assertThat(program.deliver("big", "big", "\"" + text + "\"")).isTrue();
    assertThat(program.deliver("big", "big", text)).isTrue();
    assertThat(program.deliver("big", "big", "[" + "1,".repeat((1 << 19) - 1) + "1]")).isTrue();
    assertThat(program.deliver("end", "end", "0")).isTrue();
    assertThat(exitOf(program).outcome()).isEqualTo(ProgramExit.Outcome.COMPLETED);
    assertThat(port.events()).containsSubsequence(
        "out string 1048576 xxx", "out string 1048576 xxx", "out object 524288 [1,1,1]");
  }

  @Test
  void deliverNamesAMissingArgument() {
    Program program = RUNTIME.load("p", RUNTIME.compile("t.js", ""), port, port);
    assertThatThrownBy(() -> program.deliver("m", null, "1")).isInstanceOf(NullPointerException.class).hasMessage("topic");
  }
}

package dev.colony.runtime.engine;

import dev.colony.runtime.FileSystemPort;
import dev.colony.runtime.Limits;
import dev.colony.runtime.ProgramExit;
import dev.colony.runtime.ProgramExit.Outcome;
import dev.colony.runtime.ProgramOutput;
import dev.colony.runtime.PubSubPort;
import dev.colony.runtime.snapshot.SnapshotClassFilter;
import dev.colony.runtime.snapshot.SnapshotException;
import dev.colony.runtime.snapshot.SnapshotStateInput;
import dev.colony.runtime.snapshot.SnapshotSummary;
import dev.colony.runtime.transpile.SafepointInsertion;
import dev.colony.runtime.transpile.TranspiledSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.ContinuationPending;
import org.mozilla.javascript.EcmaError;
import org.mozilla.javascript.EvaluatorException;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.JSFunction;
import org.mozilla.javascript.JavaScriptException;
import org.mozilla.javascript.RhinoException;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Runs one program on its own thread: sets up its scope, runs its event loop the way Node orders
 * work (timers, then inbox events — messages, file outcomes — where Node polls for I/O, then immediates, promise jobs after
 * every callback), enforces its limits, and captures it — at an event boundary, or mid-callback at
 * a safepoint — when asked.
 *
 * <p>Only the program thread touches Rhino objects. Other threads talk to it through the request
 * flags below, and the instruction observer turns a request into the JavaScript safepoint flag.
 */
public final class ProgramRunner {
  /** Serialising a long linked structure recurses per link: give the thread room (trap 5). */
  private static final long THREAD_STACK_BYTES = 1L << 30;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Limits limits;
  private final ProgramOutput output;
  private final TranspiledSource source;
  private final byte[] restoreFrom;
  private final String programId;
  private final PubSubCalls pubsub;
  private final FileCalls files;

  // Program thread only.
  private Context cx;
  private ScriptableObject global;
  private Scriptable host;
  private BuiltinTable builtins;
  private ProgramState state;
  private ProgramClock clock;
  private long callbackInstructions;
  private long callbackAllocationStart;
  /**
   * Above zero while the runner runs JavaScript for itself (writing a capture, reporting an error):
   * safepoints there neither pause nor capture, or a paused program being captured would wait for
   * itself.
   */
  private int hostCallDepth;

  // Requests from other threads.
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private volatile boolean killRequested;
  private volatile boolean pauseRequested;
  private volatile CaptureRequest captureRequest;
  private final CompletableFuture<ProgramExit> exit = new CompletableFuture<>();
  private final CompletableFuture<Void> started = new CompletableFuture<>();
  /** Taken from the pool when created; null to build the scope on the program thread. */
  private final ProgramScope prebuiltScope;
  private volatile Thread thread;
  /** Filled by {@link #deliver} and file completions from the host's threads; its contents join the state when captured. */
  private final Inbox inbox = new Inbox(this::signal);

  /**
   * A capture wanted as soon as possible, once program time reaches {@code atMs}, or once the
   * program has run {@code atInstructions} instructions in all (a point that does not depend on
   * timing, for reproducible tests). Negative means "no condition".
   */
  private record CaptureRequest(CompletableFuture<CapturedState> result, boolean stop, long atMs, long atInstructions) {}

  private ProgramRunner(Limits limits, ProgramOutput output, TranspiledSource source, byte[] restoreFrom,
      String programId, PubSubPort port, FileSystemPort fileSystem, ScopePool scopes) {
    this.prebuiltScope = scopes.take();
    this.limits = limits;
    this.pubsub = new PubSubCalls(port);
    this.files = new FileCalls(fileSystem, inbox);
    this.output = output;
    this.source = source;
    this.restoreFrom = restoreFrom;
    this.programId = programId;
  }

  /** A runner for a new program; nothing runs until {@link #start()}. */
  public static ProgramRunner fresh(String programId, TranspiledSource source, Limits limits, ProgramOutput output,
      PubSubPort port, FileSystemPort fileSystem, ScopePool scopes) {
    return new ProgramRunner(limits, output, source, null, programId, port, fileSystem, scopes);
  }

  /** A runner that continues a captured program; nothing runs until {@link #start()}. */
  public static ProgramRunner restored(String programId, byte[] state, Limits limits, ProgramOutput output,
      PubSubPort port, FileSystemPort fileSystem, ScopePool scopes) {
    return new ProgramRunner(limits, output, null, state, programId, port, fileSystem, scopes);
  }

  // ---- control, from any thread ----

  public void start() {
    Thread t = new Thread(null, this::run, "program-" + programId, THREAD_STACK_BYTES);
    t.setDaemon(true);
    thread = t;
    t.start();
  }

  /** Instructions run in all, across restores; read it once {@link #exit()} completed. */
  public long instructionsRun() {
    ProgramState current = state;
    return current == null ? 0 : current.instructionsTotal;
  }

  /** Completes when the program's code is about to run: scope and (restored) state are in place. */
  public CompletableFuture<Void> started() {
    return started;
  }

  public CompletableFuture<ProgramExit> exit() {
    return exit;
  }

  public void pause() {
    pauseRequested = true;
    signal();
  }

  public void resume() {
    pauseRequested = false;
    signal();
  }

  public boolean isPaused() {
    return pauseRequested;
  }

  /** See {@link dev.colony.runtime.Program#deliver}: waits while the inbox is full. */
  public boolean deliver(String filter, String topic, String payload) {
    return inbox.offer(new InboxMessage(Objects.requireNonNull(filter, "filter"), Objects.requireNonNull(topic, "topic"),
        Objects.requireNonNull(payload, "payload")));
  }

  /** The program stops at its next safepoint or event boundary and takes no more messages from now on. */
  public void kill() {
    killRequested = true;
    inbox.close();
    signal();
  }

  /**
   * Asks for a capture at the next safepoint or event boundary.
   *
   * @param stop whether the program stops once captured (a move) or runs on (a checkpoint)
   */
  public CompletableFuture<CapturedState> capture(boolean stop) {
    return request(new CaptureRequest(new CompletableFuture<>(), stop, -1, -1));
  }

  /** Captures and stops at the first safepoint or event boundary after {@code programMs} of program time. */
  public CompletableFuture<CapturedState> captureAt(long programMs) {
    return request(new CaptureRequest(new CompletableFuture<>(), true, programMs, -1));
  }

  /** Captures and stops at the first safepoint or event boundary after {@code instructions} in all. */
  public CompletableFuture<CapturedState> captureAfterInstructions(long instructions) {
    return request(new CaptureRequest(new CompletableFuture<>(), true, -1, instructions));
  }

  private CompletableFuture<CapturedState> request(CaptureRequest request) {
    captureRequest = request;
    signal();
    exit.thenAccept(e -> request.result.completeExceptionally(new IllegalStateException(
        "the program ended before it was captured: " + e.outcome() + (e.message().isEmpty() ? "" : " — " + e.message()))));
    return request.result;
  }

  private void signal() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  // ---- the program thread ----

  private void run() {
    cx = SandboxContextFactory.INSTANCE.enter(this, limits.maxStackDepth());
    try {
      ProgramExit result;
      try {
        setUpScope();
        if (restoreFrom == null) {
          startMain();
        } else {
          restoreState();
        }
        runLoop();
        result = new ProgramExit(Outcome.COMPLETED, "");
      } catch (ProgramStop stop) {
        result = stop.exit();
      } catch (OutOfMemoryError oom) {
        result = new ProgramExit(Outcome.STOPPED_BY_SANDBOX, "out of memory: the program allocated more than the JVM can hold");
      } catch (StackOverflowError overflow) {
        result = new ProgramExit(Outcome.STOPPED_BY_SANDBOX, "stack overflow in the host");
      } catch (RuntimeException e) {
        result = new ProgramExit(Outcome.FAILED, "internal error: " + e);
      }
      if (clock != null) {
        clock.stop();
      }
      // A captured program's messages are in its snapshot; an ended one's end with it.
      inbox.close();
      started.completeExceptionally(new IllegalStateException("the program ended before it started: "
          + result.outcome() + (result.message().isEmpty() ? "" : " — " + result.message())));
      exit.complete(result);
    } finally {
      Context.exit();
    }
  }

  private void setUpScope() {
    ProgramScope scope = prebuiltScope != null ? prebuiltScope : ProgramScope.build(cx);
    global = scope.global;
    host = scope.host;
    builtins = scope.builtins;
  }

  private void startMain() {
    state = new ProgramState(programId, source.fileName(), source.lineMap(), source.topLevelNames());
    clock = new ProgramClock(0);
    clock.start();
    Function main = cx.compileFunction(global, MainWrapper.wrap(source), source.fileName(), 1, null);
    started.complete(null);
    runCallback(new Task(Task.Kind.MAIN, 0, main, new Object[0], 0, 0, 0), null);
    afterCallback();
  }

  private void restoreState() {
    try (SnapshotStateInput in = SnapshotStateInput.open(restoreFrom,
        stream -> new StateInputStream(stream, global, builtins), SnapshotClassFilter.Limits.forStateOf(restoreFrom.length))) {
      state = (ProgramState) in.readObject();
      WeakCollections.restoreEntries(in::readObject);
    } catch (SnapshotException e) {
      throw new ProgramStop(Outcome.FAILED, "cannot restore the snapshot: " + e.getMessage());
    }
    state.generation++;
    state.restoreEpoch++;
    pubsub.resubscribe(state.subscriptions);
    inbox.restore(state.inbox);
    state.inbox = null;
    ScriptableObject.putProperty(host, "state", state.jsState);
    callHost("restoreGlobals", state.userGlobals);
    state.userGlobals = null;
    clock = new ProgramClock(state.clockMs);
    clock.start();
    Task interrupted = state.interrupted;
    Object continuation = state.continuation;
    state.interrupted = null;
    state.continuation = null;
    started.complete(null);
    if (continuation != null) {
      runTask(interrupted, continuation);
      afterCallback();
    }
  }

  /**
   * Node's loop turns: due timers, then the events in the inbox when the turn reached them, then
   * the immediates queued so far; resumes a restored turn where it stood. A program with
   * subscriptions waits for messages, as Node waits on an open socket, and one with file operations
   * in flight for their outcomes.
   */
  private void runLoop() {
    EventLoop loop = state.loop;
    while (true) {
      if (state.loopPhase == ProgramState.LoopPhase.BETWEEN_TURNS) {
        atEventBoundary();
        state.loopTimeMs = clock.now();
        state.turnSeqLimit = loop.seqMark();
        state.loopPhase = ProgramState.LoopPhase.TIMERS;
      }
      if (state.loopPhase == ProgramState.LoopPhase.TIMERS) {
        Task timer;
        while ((timer = loop.pollDueTimer(state.loopTimeMs, state.turnSeqLimit)) != null) {
          runTask(timer, null);
          afterCallback();
          atEventBoundary();
        }
        state.turnMessagesLeft = inbox.size();
        state.loopPhase = ProgramState.LoopPhase.POLL;
      }
      if (state.loopPhase == ProgramState.LoopPhase.POLL) {
        while (state.turnMessagesLeft > 0) {
          state.turnMessagesLeft--;
          InboxEvent event = inbox.poll();
          if (event == null) {
            break;
          }
          runCallback(eventTask(event), null);
          afterCallback();
          atEventBoundary();
        }
        state.turnMessagesLeft = 0;
        state.turnImmediatesLeft = loop.immediateCount();
        state.loopPhase = ProgramState.LoopPhase.IMMEDIATES;
      }
      while (state.turnImmediatesLeft > 0) {
        state.turnImmediatesLeft--;
        Task immediate = loop.pollImmediate();
        if (immediate == null) {
          break;
        }
        runCallback(immediate, null);
        afterCallback();
        atEventBoundary();
      }
      state.turnImmediatesLeft = 0;
      state.loopPhase = ProgramState.LoopPhase.BETWEEN_TURNS;
      if (!loop.hasWork() && state.subscriptions.isEmpty() && inbox.isIdle()) {
        return;
      }
      // Immediates left for the next turn (also by a turn restored after its last one) run at once.
      if (loop.immediateCount() == 0) {
        waitForTimerOrRequest(loop.nextDue());
      }
    }
  }

  /**
   * A message goes to the prelude's dispatcher, which finds the filter's handlers when the message's
   * turn comes; a file outcome to the callback fs.js gave with the operation.
   */
  private Task eventTask(InboxEvent event) {
    return switch (event) {
      case InboxMessage message -> new Task(Task.Kind.MESSAGE, 0, ScriptableObject.getProperty(host, "deliverMessage"),
          new Object[] {message.filter(), message.topic(), message.payload()}, 0, 0, 0);
      case FileEvent file -> new Task(Task.Kind.FILE, 0, file.callback(), FileCalls.callbackArgs(cx, global, file.result()),
          0, 0, 0);
    };
  }

  /**
   * Runs (or continues) a task's callback, then queues an interval's next tick unless the callback
   * cleared it: also after a restore inside the callback, or the interval would be lost.
   */
  private void runTask(Task task, Object continuation) {
    runCallback(task, continuation);
    if (task.kind == Task.Kind.INTERVAL) {
      state.loop.reschedule(task, state.loopTimeMs);
    }
  }

  /** Runs one callback; a capture inside it is written out, then (for a checkpoint) continued. */
  private void runCallback(Task task, Object continuation) {
    beginCallback();
    Object pending = continuation;
    while (true) {
      try {
        if (pending == null) {
          call(task);
        } else {
          cx.resumeContinuation(pending, global, Undefined.instance);
        }
        return;
      } catch (ContinuationPending captured) {
        pending = captured.getContinuation();
        completeCapture(SnapshotSummary.CapturePoint.SAFEPOINT, task, pending);
      } catch (JavaScriptException | EcmaError | EvaluatorException e) {
        throw uncaught(e);
      }
    }
  }

  /**
   * Interpreted callbacks start through Rhino's continuation entry point, so a safepoint inside
   * can capture; others (bound or built-in functions) cannot be captured inside anyway.
   */
  private void call(Task task) {
    if (task.callback instanceof JSFunction function) {
      cx.callFunctionWithContinuations(function, global, task.args);
    } else if (task.callback instanceof Function function) {
      function.call(cx, global, global, task.args);
    }
  }

  private void beginCallback() {
    callbackInstructions = 0;
    callbackAllocationStart = THREADS.getCurrentThreadAllocatedBytes();
  }

  /** Drains promise jobs after a callback, then reports rejections nobody handled, as Node does. */
  private void afterCallback() {
    Task microtask;
    while ((microtask = state.loop.pollMicrotask()) != null) {
      runCallback(microtask, null);
    }
    if (!state.unhandledRejections.isEmpty()) {
      Object promise = state.unhandledRejections.get(0);
      throw unhandledRejection(promise);
    }
  }

  private void atEventBoundary() {
    if (killRequested) {
      throw new ProgramStop(Outcome.KILLED, "killed");
    }
    waitWhilePaused();
    if (captureDue()) {
      completeCapture(SnapshotSummary.CapturePoint.EVENT_BOUNDARY, null, null);
    }
  }

  private void waitForTimerOrRequest(long due) {
    lock.lock();
    try {
      while (!killRequested && !captureDue() && !pauseRequested && inbox.size() == 0) {
        CaptureRequest request = captureRequest;
        long wait = Math.min(due, request != null && request.atMs >= 0 ? request.atMs : Long.MAX_VALUE) - clock.now();
        if (wait <= 0) {
          return;
        }
        changed.await(wait, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProgramStop(Outcome.KILLED, "interrupted");
    } finally {
      lock.unlock();
    }
  }

  private void waitWhilePaused() {
    if (!pauseRequested) {
      return;
    }
    clock.stop();
    lock.lock();
    try {
      while (pauseRequested && !killRequested && !captureDue()) {
        changed.await();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProgramStop(Outcome.KILLED, "interrupted");
    } finally {
      lock.unlock();
    }
    if (killRequested) {
      throw new ProgramStop(Outcome.KILLED, "killed");
    }
    clock.start();
  }

  private boolean captureDue() {
    CaptureRequest request = captureRequest;
    if (request == null) {
      return false;
    }
    if (request.atInstructions >= 0) {
      return state != null && state.instructionsTotal >= request.atInstructions;
    }
    return request.atMs < 0 || (clock != null && clock.now() >= request.atMs);
  }

  // ---- called from JavaScript, on the program thread ----

  /** The instruction observer: budgets, and the safepoint flag when a request is waiting. */
  void observe(int instructions) {
    if (state == null) {
      return; // the prelude, before the program exists: Colony's own code
    }
    callbackInstructions += instructions;
    state.instructionsTotal += instructions;
    if (callbackInstructions > limits.instructionsPerCallback()) {
      throw new ProgramStop(Outcome.STOPPED_BY_SANDBOX, "CPU budget exceeded: one callback ran more than "
          + limits.instructionsPerCallback() + " instructions (an endless loop?)");
    }
    if (state.instructionsTotal > limits.instructionsTotal()) {
      throw new ProgramStop(Outcome.STOPPED_BY_SANDBOX, "CPU budget exceeded: the program ran more than "
          + limits.instructionsTotal() + " instructions in all");
    }
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - callbackAllocationStart;
    if (allocated > limits.allocationBytesPerCallback()) {
      throw new ProgramStop(Outcome.STOPPED_BY_SANDBOX, "memory budget exceeded: one callback allocated more than "
          + limits.allocationBytesPerCallback() / (1024 * 1024) + " MiB");
    }
    if (killRequested || pauseRequested || captureDue()) {
      ScriptableObject.putProperty(global, SafepointInsertion.FLAG, Boolean.TRUE);
    }
  }

  /** A safepoint the transpiler inserted: stop, pause or capture here if asked to. */
  void safepoint(Context context) {
    if (killRequested) {
      throw new ProgramStop(Outcome.KILLED, "killed");
    }
    if (hostCallDepth > 0) {
      ScriptableObject.putProperty(global, SafepointInsertion.FLAG, Boolean.FALSE);
      return;
    }
    waitWhilePaused();
    if (captureDue() && Continuations.canCapture(context)) {
      ScriptableObject.putProperty(global, SafepointInsertion.FLAG, Boolean.FALSE);
      throw context.captureContinuation();
    }
    if (!captureDue()) {
      ScriptableObject.putProperty(global, SafepointInsertion.FLAG, Boolean.FALSE);
    }
  }

  void write(int stream, String text) {
    text = ConsoleText.wellFormed(text);
    String line = text.length() > limits.maxLineChars()
        ? text.substring(0, limits.maxLineChars()) + "… [" + (text.length() - limits.maxLineChars()) + " more characters]"
        : text;
    state.outputBytes += line.length() + 1L;
    if (state.outputBytes > limits.maxOutputBytes()) {
      throw new ProgramStop(Outcome.STOPPED_BY_SANDBOX, "console output limit exceeded ("
          + limits.maxOutputBytes() + " bytes)");
    }
    state.consoleLines++;
    if (stream == 2) {
      output.stderr(line);
    } else {
      output.stdout(line);
    }
  }

  Object setTimer(Object callback, double delay, boolean repeat, Object[] args) {
    return (double) state.loop.addTimer(callback, args, state.loopTimeMs, EventLoop.clampDelay(delay), repeat);
  }

  Object setImmediate(Object callback, Object[] args) {
    return (double) state.loop.addImmediate(callback, args);
  }

  void clearTimer(double id) {
    state.loop.clear((long) id);
  }

  void enqueueMicrotask(Object callback) {
    state.loop.addMicrotask(callback);
  }

  Object restoreEpoch() {
    return state == null ? 0 : state.restoreEpoch;
  }

  void trackRejection(Object promise, boolean handled) {
    if (handled) {
      state.unhandledRejections.removeIf(p -> p == promise);
    } else {
      state.unhandledRejections.add(promise);
    }
  }

  void registerTopLevel(Object accessor) {
    state.topLevelValues = accessor;
  }

  void subscribe(String filter, Object handler) {
    pubsub.subscribe(state.subscriptions, filter, handler);
  }

  /** @param handler null for all of the filter's handlers */
  void unsubscribe(String filter, Object handler) {
    pubsub.unsubscribe(state.subscriptions, filter, handler);
  }

  void publish(String topic, String json) {
    pubsub.publish(topic, json);
  }

  Object[] subscriptionHandlers(String filter) {
    return state.subscriptions.handlers(filter);
  }

  /** Issues a file operation; its outcome calls {@code callback} as an event. Returns why it was refused, or null. */
  String fileCall(String operation, Object[] args, Object callback) {
    try {
      files.perform(operation, args, callback);
      return null;
    } catch (FileCalls.DataTooLargeException e) {
      return e.getMessage();
    }
  }

  // ---- capture ----

  private void completeCapture(SnapshotSummary.CapturePoint point, Task interrupted, Object continuation) {
    CaptureRequest request = captureRequest;
    captureRequest = null;
    if (!awaitFileOperations(request)) {
      return;
    }
    try {
      request.result.complete(asHost(() -> capture(point, interrupted, continuation, request.stop())));
    } catch (RuntimeException e) {
      request.result.completeExceptionally(e);
      throw new ProgramStop(Outcome.FAILED, "capture failed: " + e.getMessage());
    }
    if (request.stop()) {
      throw new ProgramStop(Outcome.CAPTURED, "captured at " + point.label());
    }
  }

  /**
   * The outcomes of the program's file operations in flight belong in the snapshot, so a capture
   * waits for them; when that takes longer than the limit the capture fails and the program runs on.
   */
  private boolean awaitFileOperations(CaptureRequest request) {
    if (inbox.awaitSettled(limits.captureWaitMillis())) {
      if (killRequested) {
        throw new ProgramStop(Outcome.KILLED, "killed");
      }
      return true;
    }
    request.result.completeExceptionally(new IllegalStateException(inbox.inFlight()
        + " file operation(s) of the program did not complete within " + limits.captureWaitMillis()
        + " ms: not captured, the program runs on"));
    return false;
  }

  /** @param stop whether the program stops: its inbox then closes as it is taken, so no message is both captured and accepted after */
  private CapturedState capture(SnapshotSummary.CapturePoint point, Task interrupted, Object continuation, boolean stop) {
    state.clockMs = clock.now();
    state.inbox = stop ? inbox.close() : inbox.contents();
    state.interrupted = interrupted;
    state.continuation = continuation;
    state.jsState = ScriptableObject.getProperty(host, "state");
    state.userGlobals = callHost("userGlobals");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (StateOutputStream out = new StateOutputStream(bytes, global, builtins)) {
      out.writeState(state);
    } catch (IOException e) {
      throw new UncheckedIOException("the program's state cannot be serialised: " + e.getMessage(), e);
    } finally {
      state.inbox = null;
      state.interrupted = null;
      state.continuation = null;
      state.userGlobals = null;
    }
    SnapshotSummary summary = new SnapshotSummary(point, state.clockMs, state.consoleLines,
        Summaries.pendingTimers(state), state.loop.microtaskCount(),
        Summaries.topLevelVariables(state, cx, global, value -> Context.toString(callHost("inspect", value))));
    return new CapturedState(state.programId, state.generation, bytes.toByteArray(), summary);
  }

  private Object callHost(String name, Object... args) {
    Function f = (Function) ScriptableObject.getProperty(host, name);
    return asHost(() -> f.call(cx, global, host, args));
  }

  private <T> T asHost(Supplier<T> work) {
    hostCallDepth++;
    try {
      return work.get();
    } finally {
      hostCallDepth--;
    }
  }

  // ---- errors ----

  private ProgramStop uncaught(RhinoException e) {
    Object thrown = e instanceof JavaScriptException js ? js.getValue() : null;
    String description = thrown != null ? Context.toString(callHost("inspect", thrown)) : e.details();
    output.stderr("Uncaught " + description);
    return new ProgramStop(Outcome.FAILED, "Uncaught " + firstLine(description) + where(UserStackTraces.origin(state, e)));
  }

  private ProgramStop unhandledRejection(Object promise) {
    Object reason = Undefined.instance;
    Object info = callHost("promiseState", promise);
    if (info instanceof Scriptable s) {
      reason = ScriptableObject.getProperty(s, "value");
    }
    String description = Context.toString(callHost("inspect", reason));
    output.stderr("Uncaught (in promise) " + description);
    return new ProgramStop(Outcome.FAILED, "Uncaught (in promise) " + firstLine(description)
        + where(UserStackTraces.origin(state, reason)));
  }

  private static String where(String origin) {
    return origin == null ? "" : " (" + origin + ")";
  }

  /** The program's state; null until it starts or is restored. */
  ProgramState state() {
    return state;
  }

  private static String firstLine(String text) {
    int newline = text.indexOf('\n');
    return newline < 0 ? text : text.substring(0, newline);
  }
}

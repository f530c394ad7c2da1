package dev.colony.runtime.engine;

import dev.colony.runtime.transpile.LineMap;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a program is, apart from what every fresh program has: this object graph is the
 * snapshot's payload. JavaScript values inside it (callbacks, the continuation, the program's
 * closures) drag the program's whole heap along when serialised.
 */
final class ProgramState implements Serializable {
  @Serial private static final long serialVersionUID = 1L;

  final String programId;
  final String fileName;
  final LineMap lineMap;
  /** An ArrayList, not List.copyOf: the snapshot allow-list admits no JDK serialisation proxies. */
  final ArrayList<String> topLevelNames;
  final EventLoop loop = new EventLoop();
  /** The {@code pubsub} handlers, by filter. */
  final Subscriptions subscriptions = new Subscriptions();
  /** The inbox's events, set only while a capture writes the state and until a restore takes them. */
  ArrayList<InboxEvent> inbox;
  /** Returns the top-level variables' values, in the order of {@link #topLevelNames}. */
  Object topLevelValues;
  /** Per-program state the prelude keeps in JavaScript ($colony.state). */
  Object jsState;
  /** Globals the program added, as JavaScript [key, descriptor] pairs. */
  Object userGlobals;
  long generation;
  long clockMs;
  /**
   * The event loop's notion of now, as Node caches it: set when each loop turn starts, not while
   * callbacks run, so timers set in one callback (or the whole main script) share one start time.
   */
  long loopTimeMs;
  /**
   * Where the event loop stands in its current turn, so a program restored in the middle of one
   * finishes that turn as it would have (timers set by a timer must not overtake its immediates).
   */
  LoopPhase loopPhase = LoopPhase.BETWEEN_TURNS;
  /** Timers created from this sequence number on wait for the next turn. */
  long turnSeqLimit;
  /** Inbox messages the current turn's poll phase still handles. */
  int turnMessagesLeft;
  /** Immediates the current turn's check phase still runs. */
  int turnImmediatesLeft;

  enum LoopPhase { BETWEEN_TURNS, TIMERS, POLL, IMMEDIATES }
  long consoleLines;
  long outputBytes;
  long instructionsTotal;
  int restoreEpoch;
  /** Rejected promises no handler has been attached to yet; reported once the microtasks drain. */
  final ArrayList<Object> unhandledRejections = new ArrayList<>();
  /** The callback a safepoint capture interrupted, and where in it to continue. */
  Task interrupted;
  Object continuation;

  ProgramState(String programId, String fileName, LineMap lineMap, List<String> topLevelNames) {
    this.programId = programId;
    this.fileName = fileName;
    this.lineMap = lineMap;
    this.topLevelNames = new ArrayList<>(topLevelNames);
  }
}

package dev.colony.runtime.snapshot;

import static dev.colony.runtime.snapshot.SnapshotSamples.codec;
import static dev.colony.runtime.snapshot.SnapshotSamples.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.serialize.ScriptableInputStream;

/** The allow-list meets real Rhino state: what a rich program needs passes, nothing else does. */
class RhinoStateFilterTest {
  private static final String RICH_RESULT = "R in frame 2|65|42|101|3|1001|far|true|s/2/true|500|a/key"
      + "|1|true|3|2024-01-02T03:04:05.000Z|true|2.5|-7|-5|513|7|symbol value|24691357802469135780"
      + "|true|d|proxied anything|kept|2|3|function";
  private static byte[] richState;

  @BeforeAll
  static void captureRichProgram() throws IOException {
    try (InputStream source = RhinoStateFilterTest.class.getResourceAsStream("rich-program.js")) {
      richState = RhinoPrograms.runUntilCapture(new String(source.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void richProgramResumesThroughCodecAndFilter() {
    byte[] snapshot = codec().encode(header(), richState);

    String result = RhinoPrograms.resume(codec().decode(snapshot).state());

    assertThat(result).isEqualTo(RICH_RESULT);
  }

  @Test
  void everyJdkClassTheFilterAdmitsForRhinoIsOneRhinoUses() {
    Set<String> seen = classesReadFrom(richState);

    assertThat(seen).containsAll(SnapshotClassFilter.JDK_CLASSES_RHINO_NEEDS);
    assertThat(seen).contains(
        "org.mozilla.javascript.regexp.NativeRegExp",
        "org.mozilla.javascript.typedarrays.NativeFloat64Array",
        "org.mozilla.javascript.serialize.ScriptableOutputStream$PendingLookup",
        "java.lang.Object[]", "java.util.Map$Entry[]");
  }

  @Test
  void longLinkedListIsWithinTheDefaultDepth() {
    byte[] state = RhinoPrograms.runUntilCapture(
        "var list = null; for (var i = 0; i < 40000; i++) list = { value: i, next: list };\n"
            + "function main() { capture(); var n = 0; for (var l = list; l; l = l.next) n++; return n; }");

    assertThat(RhinoPrograms.resume(state)).isEqualTo("40000");
  }

  @Test
  void javaUrlInsideProgramStateIsRefused() throws Exception {
    URL url = URI.create("https://example.com/").toURL();

    assertThat(refusalOf(holding(url))).isEqualTo("snapshot contains a class that is not allowed: java.net.URL");
    assertThat(refusalOf(holding(new URL[] {url})))
        .isEqualTo("snapshot contains a class that is not allowed: java.net.URL[]");
  }

  @Test
  void javaCollectionsRhinoDoesNotUseAreRefused() {
    assertThat(refusalOf(holding(new HashSet<>(Set.of("a")))))
        .isEqualTo("snapshot contains a class that is not allowed: java.util.HashSet");
    assertThat(refusalOf(holding(new TreeSet<>(Set.of("a")))))
        .isEqualTo("snapshot contains a class that is not allowed: java.util.TreeSet");
  }

  @Test
  void javaObjectReachableFromScriptIsRefused() {
    byte[] state = RhinoPrograms.serialise(builtins -> {
      NativeObject holder = new NativeObject();
      holder.put("java", holder, Context.javaToJS(new StringBuilder("x"), builtins));
      return holder;
    });

    assertThat(refusalOf(state))
        .isEqualTo("snapshot contains a class that is not allowed: org.mozilla.javascript.NativeJavaObject");
  }

  @Test
  void serializableLambdaIsJudgedByTheClassThatDefinedIt() {
    Comparator<Object> comparator =
        Comparator.comparing((Function<Object, String> & Serializable) String::valueOf);

    assertThat(refusalOf(holding(comparator)))
        .isEqualTo("snapshot contains a class that is not allowed: java.util.Comparator");
    assertThat(SnapshotClassFilter.allows(Map.Entry.class)).isFalse();
    assertThat(SnapshotClassFilter.allows(Map.Entry[].class)).isTrue();
    assertThat(SnapshotClassFilter.allows(Object.class)).isFalse();
  }

  @Test
  void graphBeyondTheLimitsIsRefused() {
    long size = richState.length;

    assertThat(refusalOf(richState, new SnapshotClassFilter.Limits(100, size, size)))
        .isEqualTo("snapshot state is nested deeper than 100 levels");
    assertThat(refusalOf(richState, new SnapshotClassFilter.Limits(100_000, 50, size)))
        .isEqualTo("snapshot state holds more than 50 objects");
    assertThat(refusalOf(richState, new SnapshotClassFilter.Limits(100_000, size, 10)))
        .matches("snapshot state holds an array of \\d+ elements, more than the limit of 10");
  }

  @Test
  void graphTooDeepForTheStackIsASnapshotException() {
    String refusal = RhinoPrograms.inContext(256 << 10, builtins -> readAll(richState, builtins,
        new SnapshotClassFilter.Limits(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE), 2));

    assertThat(refusal).isEqualTo(
        "snapshot state is nested too deeply for this thread's stack (read it on a thread with a larger stack)");
  }

  @Test
  void damagedStateIsASnapshotException() {
    assertThat(refusalOf("not a stream".getBytes(StandardCharsets.US_ASCII)))
        .startsWith("snapshot state is not a serialised object stream (invalid stream header");
    Random random = new Random(5);
    RhinoPrograms.inContext(builtins -> {
      for (int i = 0; i < 25; i++) {
        byte[] truncated = Arrays.copyOf(richState, random.nextInt(richState.length));
        assertThat(readAll(truncated, builtins, limitsFor(truncated), 2)).as("truncation %d", i).isNotNull();
        // A changed byte may still make a readable stream (say, inside a string): it may pass,
        // but it must not fail with anything other than a SnapshotException.
        byte[] changed = richState.clone();
        changed[random.nextInt(changed.length)] ^= (byte) (1 + random.nextInt(255));
        readAll(changed, builtins, limitsFor(changed), 2);
      }
      return null;
    });
  }

  @Test
  void stateFromOtherClassesIsASnapshotException() {
    byte[] name = "org.mozilla.javascript.NativeDate".getBytes(StandardCharsets.US_ASCII);
    int at = indexOf(richState, name);
    byte[] renamed = richState.clone();
    renamed[at + name.length - 1] = 'X';
    byte[] otherVersion = richState.clone();
    otherVersion[at + name.length] ^= 1; // the class's serialVersionUID follows its name

    assertThat(refusalOf(renamed, limitsFor(renamed), 2)).isEqualTo(
        "snapshot state names a class this runtime does not have: org.mozilla.javascript.NativeDatX");
    assertThat(refusalOf(otherVersion, limitsFor(otherVersion), 2)).startsWith(
        "snapshot state does not fit this runtime's classes (org.mozilla.javascript.NativeDate; "
            + "local class incompatible");
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  /** State whose root is a JavaScript object with {@code value} in a property. */
  private static byte[] holding(Object value) {
    return RhinoPrograms.serialise(builtins -> {
      NativeObject holder = new NativeObject();
      holder.put("value", holder, value);
      return holder;
    });
  }

  private static String refusalOf(byte[] state) {
    return refusalOf(state, limitsFor(state), 1);
  }

  private static String refusalOf(byte[] state, SnapshotClassFilter.Limits limits) {
    return refusalOf(state, limits, 2);
  }

  private static String refusalOf(byte[] state, SnapshotClassFilter.Limits limits, int objects) {
    return RhinoPrograms.inContext(builtins -> readAll(state, builtins, limits, objects));
  }

  private static SnapshotClassFilter.Limits limitsFor(byte[] state) {
    return SnapshotClassFilter.Limits.forStateOf(state.length);
  }

  /** Reads that many objects of {@code state}; returns the refusal's message, or null if all were read. */
  private static String readAll(
      byte[] state, ScriptableObject builtins, SnapshotClassFilter.Limits limits, int objects) {
    try (SnapshotStateInput in = SnapshotStateInput.open(state, stream -> new org.mozilla.javascript.serialize.ScriptableInputStream(stream, builtins), limits)) {
      for (int i = 0; i < objects; i++) {
        in.readObject();
      }
      return null;
    } catch (SnapshotException e) {
      return e.getMessage();
    }
  }

  /** The classes (arrays by type name) the filter is asked about while reading the rich state. */
  private static Set<String> classesReadFrom(byte[] state) {
    return RhinoPrograms.inContext(builtins -> {
      Set<String> seen = new HashSet<>();
      SnapshotClassFilter filter = new SnapshotClassFilter(SnapshotClassFilter.Limits.forStateOf(state.length));
      try (ScriptableInputStream in = new ScriptableInputStream(new ByteArrayInputStream(state), builtins)) {
        in.setObjectInputFilter(info -> {
          if (info.serialClass() != null) {
            seen.add(info.serialClass().getTypeName());
          }
          return filter.checkInput(info);
        });
        in.readObject();
        in.readObject();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
      return seen;
    });
  }
}

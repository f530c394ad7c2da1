package dev.colony.runtime.snapshot;

import java.io.ObjectInputFilter;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list for deserialising program state: Rhino's JavaScript runtime, Colony's own runtime
 * classes, and exactly the JDK classes those were found to need (see {@code
 * RhinoStateFilterTest}), plus limits on depth, object count and array length.
 *
 * <p>Left out on purpose: Rhino's LiveConnect and reflection classes (a program must never reach
 * Java, and their readObject methods load classes by name), E4X, compiled code, and every other JDK
 * class. Any class outside the list is refused, whatever it is.
 *
 * <p>One filter serves one stream: it remembers why it refused, since the JDK reports only
 * "filter status: REJECTED".
 */
public final class SnapshotClassFilter implements ObjectInputFilter {
  private static final Set<String> RHINO_PACKAGES = Set.of(
      "org.mozilla.javascript", "org.mozilla.javascript.regexp", "org.mozilla.javascript.typedarrays");
  /** Serializable classes in those packages that hand a program Java objects, classes or methods. */
  private static final Set<String> RHINO_JAVA_ACCESS = Set.of(
      "ClassCache", "FieldAndMethods", "FunctionObject", "ImporterTopLevel", "LazilyLoadedCtor",
      "MemberBox", "NativeJavaArray", "NativeJavaClass", "NativeJavaConstructor", "NativeJavaList",
      "NativeJavaMap", "NativeJavaMethod", "NativeJavaObject", "NativeJavaPackage",
      "NativeJavaTopPackage", "WrappedException");
  /** Rhino's stand-in for an object that is looked up by name in the new scope on restore. */
  private static final String RHINO_PENDING_LOOKUP =
      "org.mozilla.javascript.serialize.ScriptableOutputStream$PendingLookup";
  private static final String COLONY_RUNTIME_PACKAGE = "dev.colony.runtime";
  /** Inert values a program's state may hold. */
  static final Set<String> JDK_VALUE_CLASSES = Set.of(
      "java.lang.Boolean", "java.lang.Byte", "java.lang.Character", "java.lang.Short",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double",
      "java.lang.Number", "java.lang.String", "java.lang.Enum", "java.math.BigInteger");
  /** What Rhino 1.9.2's own objects were found to contain; nothing else of the JDK. */
  static final Set<String> JDK_CLASSES_RHINO_NEEDS = Set.of(
      // A JavaScript Error keeps the Java exception that created it, with its stack trace.
      "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException",
      "java.lang.StackTraceElement", "java.util.Collections$EmptyList",
      // Every function's built-in properties (length, name, prototype) are accessor method
      // references; deserialising one calls $deserializeLambda$ on its capturing class, which
      // this filter checks like any other class.
      "java.lang.invoke.SerializedLambda",
      "java.util.ArrayList", "java.util.HashMap",
      "java.util.Collections$UnmodifiableCollection", "java.util.Collections$UnmodifiableList",
      "java.util.Collections$UnmodifiableRandomAccessList");
  /**
   * Allowed only as the element type of an array, whose elements are checked one by one: Object[]
   * is everywhere in Rhino, and HashMap asks about a Map.Entry[] before it allocates its table. (As
   * a class, Map.Entry would admit its own serializable comparators.)
   */
  static final Set<String> JDK_ARRAY_ELEMENT_TYPES = Set.of("java.lang.Object", "java.util.Map$Entry");

  private final Limits limits;
  private String refusal;

  public SnapshotClassFilter(Limits limits) {
    this.limits = limits;
  }

  /**
   * Bounds on the object graph.
   *
   * <p>Depth is what the reading thread's stack must hold. Rhino nests about two levels per link of
   * a linked list, and each level took about 1.3 KiB of stack once warm: a 50 000-link list (100 000
   * levels) read in a 128 MiB stack but not in 64 MiB, and cold code needs more.
   */
  public record Limits(long maxDepth, long maxReferences, long maxArrayLength) {
    public static final long DEFAULT_MAX_DEPTH = 100_000;

    /**
     * Limits for a stream of {@code stateBytes}: every object, reference and array element takes at
     * least one byte of it, so larger counts can only be lies.
     */
    public static Limits forStateOf(long stateBytes) {
      return new Limits(DEFAULT_MAX_DEPTH, stateBytes, stateBytes);
    }
  }

  @Override
  public Status checkInput(FilterInfo info) {
    String reason = refusalFor(info);
    if (reason == null) {
      return Status.ALLOWED;
    }
    if (refusal == null) {
      refusal = reason;
    }
    return Status.REJECTED;
  }

  /** Why this filter refused the stream, if it did. */
  public Optional<String> refusal() {
    return Optional.ofNullable(refusal);
  }

  /** Whether a class may appear in program state, whatever the limits. */
  static boolean allows(Class<?> type) {
    Class<?> element = type;
    while (element.isArray()) {
      element = element.getComponentType();
    }
    if (element != type && JDK_ARRAY_ELEMENT_TYPES.contains(element.getName())) {
      return true;
    }
    String name = element.getName();
    if (element.isPrimitive() || JDK_VALUE_CLASSES.contains(name) || JDK_CLASSES_RHINO_NEEDS.contains(name)) {
      return true;
    }
    String packageName = element.getPackageName();
    if (RHINO_PACKAGES.contains(packageName)) {
      return !RHINO_JAVA_ACCESS.contains(outermostSimpleName(element, packageName));
    }
    return name.equals(RHINO_PENDING_LOOKUP)
        || packageName.equals(COLONY_RUNTIME_PACKAGE)
        || packageName.startsWith(COLONY_RUNTIME_PACKAGE + ".");
  }

  private String refusalFor(FilterInfo info) {
    if (info.depth() > limits.maxDepth()) {
      return "snapshot state is nested deeper than " + limits.maxDepth() + " levels";
    }
    if (info.references() > limits.maxReferences()) {
      return "snapshot state holds more than " + limits.maxReferences() + " objects";
    }
    if (info.arrayLength() > limits.maxArrayLength()) {
      return "snapshot state holds an array of " + info.arrayLength()
          + " elements, more than the limit of " + limits.maxArrayLength();
    }
    Class<?> type = info.serialClass();
    if (type != null && !allows(type)) {
      return "snapshot contains a class that is not allowed: " + type.getTypeName();
    }
    return null;
  }

  /** "NativeJavaObject" for NativeJavaObject$JavaIterableIterator: nested classes share the verdict. */
  private static String outermostSimpleName(Class<?> type, String packageName) {
    String name = type.getName().substring(packageName.length() + 1);
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
  }
}

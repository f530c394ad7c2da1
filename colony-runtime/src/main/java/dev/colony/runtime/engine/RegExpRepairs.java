package dev.colony.runtime.engine;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.LambdaConstructor;
import org.mozilla.javascript.ScriptRuntime;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.SerializableConstructable;
import org.mozilla.javascript.Undefined;
import org.mozilla.javascript.regexp.NativeRegExp;
import org.mozilla.javascript.regexp.RegExpImpl;
import org.mozilla.javascript.regexp.UnicodeStickyRegExp;

/**
 * Rhino 1.9.2's regular expressions made to behave as Node's where they do not: the flags u and y
 * read in ECMAScript's order (see {@link UnicodeStickyRegExp}), u with i is accepted, and the
 * {@code source} of {@code new RegExp(string)} escapes line terminators.
 *
 * <p>Regular expressions with both the {@code u} and {@code i} flags, which Rhino refuses
 * ("invalid flag 'u and i'") although its matcher runs them: Rhino compiles them with the
 * {@code i} flag left out, which checks the pattern and the flags as Node would, and they are
 * compiled again here with case folding, repeating the steps of Rhino's {@code compileRE} after
 * its refusal. Matching then folds case as Rhino does without {@code u} (upper-casing each UTF-16
 * unit); Node's simple case folding differs only for a few letters (ſ, K, Å) and for letters
 * outside the Basic Multilingual Plane, which are then matched exactly.
 *
 * <p>The result is an ordinary {@code RECompiled}: it serialises like any other regular
 * expression, and a restore compiles it again through {@link #compile}. This is cheaper and
 * more faithful than a second regular expression engine (java.util.regex differs from
 * ECMAScript in syntax and semantics) and keeps a regex a native, capturable Rhino object.
 */
final class RegExpRepairs {
  private static final MethodHandle COMPILE_RE;
  private static final MethodHandle NEW_RE_COMPILED;
  private static final MethodHandle NEW_COMPILER_STATE;
  private static final MethodHandle NEW_PARSER_PARAMETERS;
  private static final MethodHandle PARSE_DISJUNCTION;
  private static final MethodHandle EXTRACT_NAMED_GROUPS;
  private static final MethodHandle EMIT_BYTECODE;
  private static final VarHandle RE_SOURCE;
  private static final VarHandle RE_FLAGS;
  private static final VarHandle RE_PROGRAM;
  private static final VarHandle RE_PAREN_COUNT;
  private static final VarHandle RE_CLASS_COUNT;
  private static final VarHandle RE_CLASS_LIST;
  private static final VarHandle RE_NAMED_GROUPS;
  private static final VarHandle RE_NAMED_BACK_REFS;
  private static final VarHandle STATE_RESULT;
  private static final VarHandle STATE_PROG_LENGTH;
  private static final VarHandle STATE_CLASS_COUNT;
  private static final VarHandle STATE_PAREN_COUNT;
  private static final VarHandle STATE_NAMED_GROUPS_FOUND;
  private static final VarHandle STATE_NAMED_BACK_REFS;
  private static final VarHandle REGEXP_RE;
  private static final Field CONSTRUCT;
  private static final int FOLD;
  /** Rhino's REOP_END, which closes every compiled program. */
  private static final byte END = 52;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      Class<?> nativeRegExp = Class.forName("org.mozilla.javascript.regexp.NativeRegExp");
      Class<?> compiled = Class.forName("org.mozilla.javascript.regexp.RECompiled");
      Class<?> state = Class.forName("org.mozilla.javascript.regexp.CompilerState");
      Class<?> parameters = Class.forName("org.mozilla.javascript.regexp.NativeRegExp$ParserParameters");
      Class<?> node = Class.forName("org.mozilla.javascript.regexp.RENode");
      Class<?> charSet = Class.forName("org.mozilla.javascript.regexp.RECharSet");
      MethodHandles.Lookup regexps = MethodHandles.privateLookupIn(nativeRegExp, lookup);
      COMPILE_RE = regexps.findStatic(nativeRegExp, "compileRE",
          MethodType.methodType(compiled, Context.class, String.class, String.class, boolean.class));
      NEW_RE_COMPILED = regexps.findConstructor(compiled, MethodType.methodType(void.class, String.class));
      NEW_COMPILER_STATE = regexps.findConstructor(state,
          MethodType.methodType(void.class, Context.class, char[].class, int.class, int.class));
      NEW_PARSER_PARAMETERS = regexps.findConstructor(parameters,
          MethodType.methodType(void.class, boolean.class, boolean.class));
      PARSE_DISJUNCTION = regexps.findStatic(nativeRegExp, "parseDisjunction",
          MethodType.methodType(boolean.class, state, parameters));
      EXTRACT_NAMED_GROUPS = regexps.findStatic(nativeRegExp, "extractNamedCaptureGroups",
          MethodType.methodType(void.class, char[].class, node, Map.class));
      EMIT_BYTECODE = regexps.findStatic(nativeRegExp, "emitREBytecode",
          MethodType.methodType(int.class, state, compiled, int.class, node));
      RE_SOURCE = regexps.findVarHandle(compiled, "source", char[].class);
      RE_FLAGS = regexps.findVarHandle(compiled, "flags", int.class);
      RE_PROGRAM = regexps.findVarHandle(compiled, "program", byte[].class);
      RE_PAREN_COUNT = regexps.findVarHandle(compiled, "parenCount", int.class);
      RE_CLASS_COUNT = regexps.findVarHandle(compiled, "classCount", int.class);
      RE_CLASS_LIST = regexps.findVarHandle(compiled, "classList", charSet.arrayType());
      RE_NAMED_GROUPS = regexps.findVarHandle(compiled, "namedCaptureGroups", Map.class);
      RE_NAMED_BACK_REFS = regexps.findVarHandle(compiled, "namedBackRefs", ArrayList.class);
      STATE_RESULT = regexps.findVarHandle(state, "result", node);
      STATE_PROG_LENGTH = regexps.findVarHandle(state, "progLength", int.class);
      STATE_CLASS_COUNT = regexps.findVarHandle(state, "classCount", int.class);
      STATE_PAREN_COUNT = regexps.findVarHandle(state, "parenCount", int.class);
      STATE_NAMED_GROUPS_FOUND = regexps.findVarHandle(state, "namedCaptureGroupsFound", boolean.class);
      STATE_NAMED_BACK_REFS = regexps.findVarHandle(state, "namedCaptureBackRefs", ArrayList.class);
      REGEXP_RE = regexps.findVarHandle(nativeRegExp, "re", compiled);
      FOLD = nativeRegExp.getField("JSREG_FOLD").getInt(null);
      CONSTRUCT = LambdaConstructor.class.getDeclaredField("targetConstructor");
      CONSTRUCT.setAccessible(true);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError("this Rhino version is not the one Colony was built for: " + e);
    }
  }

  private RegExpRepairs() {}

  /** Makes regular expression literals: the Context's regular expression support, with these repairs. */
  static final class LiteralCompiler extends RegExpImpl {
    @Override
    public Object compileRegExp(Context cx, String source, String flags) {
      return compile(cx, source, flags);
    }

    @Override
    public Scriptable wrapRegExp(Context cx, Scriptable scope, Object compiled) {
      return UnicodeStickyRegExp.needed((int) RE_FLAGS.get(compiled))
          ? UnicodeStickyRegExp.wrap(scope, compiled) : super.wrapRegExp(cx, scope, compiled);
    }
  }

  /**
   * Makes {@code RegExp(pattern, flags)} and {@code new RegExp(pattern, flags)} in {@code global}
   * accept u with i (Rhino builds the object without i, then its compiled pattern is replaced by
   * the folding one), order the flags u and y, and write line terminators in {@code source} as V8
   * does. The constructor is a built-in, written to snapshots by name, so the wrappers are never
   * serialised.
   */
  static void installIn(Scriptable global) {
    LambdaConstructor ctor = (LambdaConstructor) ScriptableObject.getProperty(global, "RegExp");
    try {
      SerializableConstructable construct = (SerializableConstructable) CONSTRUCT.get(ctor);
      CONSTRUCT.set(ctor, (SerializableConstructable) (cx, scope, args) -> {
        String folding = unicodeFoldingFlags(args);
        return (Scriptable) repaired(cx, construct.construct(cx, scope, forRhino(args, folding)), folding != null);
      });
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    BuiltinCalls.wrap(ctor, call -> (cx, scope, thisObj, args) -> {
      String folding = unicodeFoldingFlags(args);
      return repaired(cx, call.call(cx, scope, thisObj, forRhino(args, folding)), folding != null);
    });
  }

  /** The flags argument as a string when it holds both u and i, else null (then Rhino's constructor does it all). */
  private static String unicodeFoldingFlags(Object[] args) {
    if (args.length < 2 || args[1] == Undefined.instance) {
      return null;
    }
    String flags = ScriptRuntime.toString(args[1]);
    return flags.indexOf('u') >= 0 && flags.indexOf('i') >= 0 ? flags : null;
  }

  /** The arguments for Rhino's constructor: the pattern with its line terminators escaped, the flags without i when folding. */
  private static Object[] forRhino(Object[] args, String foldingFlags) {
    String pattern = args.length > 0 && args[0] instanceof CharSequence text ? text.toString() : null;
    String escaped = pattern == null ? null : escapeLineTerminators(pattern);
    if (foldingFlags == null && escaped == pattern) {
      return args;
    }
    Object[] copy = args.clone();
    if (escaped != pattern) {
      copy[0] = escaped;
    }
    if (foldingFlags != null) {
      copy[1] = foldingFlags.replaceFirst("i", "");
    }
    return copy;
  }

  /**
   * The pattern as V8 writes it in {@code source}: LF, CR, U+2028 and U+2029 as the escapes
   * backslash-n, backslash-r, backslash-u2028 and backslash-u2029, which match the same (a backslash
   * before one is dropped, since the escape replaces it); {@code pattern} itself when it has none.
   * Rhino keeps the characters, so {@code String(new RegExp('\n'))} printed a line break inside
   * {@code /…/}.
   */
  static String escapeLineTerminators(String pattern) {
    StringBuilder escaped = null;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      String escape = switch (c) {
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        case '\u2028' -> "\\u2028";
        case '\u2029' -> "\\u2029";
        default -> null;
      };
      if (escape == null) {
        if (escaped != null) {
          escaped.append(c);
        }
        continue;
      }
      if (escaped == null) {
        escaped = new StringBuilder(pattern.length() + 8).append(pattern, 0, i);
      }
      if (endsWithUnescapedBackslash(escaped)) {
        escaped.setLength(escaped.length() - 1);
      }
      escaped.append(escape);
    }
    return escaped == null ? pattern : escaped.toString();
  }

  /** Whether the text ends with a backslash that escapes what follows (an odd run of them). */
  private static boolean endsWithUnescapedBackslash(CharSequence text) {
    int run = 0;
    while (run < text.length() && text.charAt(text.length() - 1 - run) == '\\') {
      run++;
    }
    return run % 2 == 1;
  }

  /** What Rhino's constructor returned, folding if asked to, as a {@link UnicodeStickyRegExp} if it must be one. */
  private static Object repaired(Context cx, Object result, boolean fold) {
    if (!(result instanceof NativeRegExp regexp) || regexp instanceof UnicodeStickyRegExp) {
      return result;
    }
    Object compiled = REGEXP_RE.get(regexp);
    if (fold) {
      compiled = folded(cx, new String((char[]) RE_SOURCE.get(compiled)), (int) RE_FLAGS.get(compiled) | FOLD);
      REGEXP_RE.set(regexp, compiled);
    }
    return UnicodeStickyRegExp.needed((int) RE_FLAGS.get(compiled)) ? UnicodeStickyRegExp.copyOf(regexp, compiled) : regexp;
  }

  /** Compiles as Rhino's own {@code compileRE} does, also when the flags hold both u and i. */
  static Object compile(Context cx, String source, String flags) {
    if (flags == null || flags.indexOf('u') < 0 || flags.indexOf('i') < 0) {
      return invoke(COMPILE_RE, cx, source, flags, false);
    }
    Object unfolded = invoke(COMPILE_RE, cx, source, flags.replaceFirst("i", ""), false);
    return folded(cx, source, (int) RE_FLAGS.get(unfolded) | FOLD);
  }

  private static Object folded(Context cx, String source, int flags) {
    try {
      Object re = NEW_RE_COMPILED.invoke(source);
      RE_FLAGS.set(re, flags);
      char[] chars = (char[]) RE_SOURCE.get(re);
      Object state = NEW_COMPILER_STATE.invoke(cx, chars, source.length(), flags);
      if (!(boolean) PARSE_DISJUNCTION.invoke(state, NEW_PARSER_PARAMETERS.invoke(true, true))) {
        throw new IllegalStateException("a pattern Rhino compiled without the i flag failed with it: " + source);
      }
      Map<String, ?> namedGroups = new HashMap<>();
      RE_NAMED_GROUPS.set(re, namedGroups);
      if ((boolean) STATE_NAMED_GROUPS_FOUND.get(state)) {
        EXTRACT_NAMED_GROUPS.invoke(chars, STATE_RESULT.get(state), namedGroups);
        RE_NAMED_BACK_REFS.set(re, STATE_NAMED_BACK_REFS.get(state));
      }
      byte[] program = new byte[(int) STATE_PROG_LENGTH.get(state) + 1];
      RE_PROGRAM.set(re, program);
      int classCount = (int) STATE_CLASS_COUNT.get(state);
      if (classCount != 0) {
        RE_CLASS_LIST.set(re, Array.newInstance(RE_CLASS_LIST.varType().componentType(), classCount));
        RE_CLASS_COUNT.set(re, classCount);
      }
      int end = (int) EMIT_BYTECODE.invoke(state, re, 0, STATE_RESULT.get(state));
      program[end] = END;
      RE_PAREN_COUNT.set(re, (int) STATE_PAREN_COUNT.get(state));
      return re;
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object invoke(MethodHandle handle, Object... args) {
    try {
      return handle.invokeWithArguments(args);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.CheckLevel;
import com.google.javascript.jscomp.CompilerOptions;
import com.google.javascript.jscomp.CustomPassExecutionTime;
import com.google.javascript.jscomp.DiagnosticGroups;
import com.google.javascript.jscomp.JSError;
import com.google.javascript.jscomp.Result;
import com.google.javascript.jscomp.SourceFile;
import com.google.javascript.jscomp.parsing.parser.FeatureSet;
import com.google.javascript.jscomp.parsing.parser.FeatureSet.Feature;
import com.google.javascript.rhino.Node;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns modern JavaScript into what Rhino's interpreter runs correctly, and makes it capturable.
 *
 * <p>Only what Rhino lacks or gets wrong is lowered (classes, async, generators, spread calls,
 * object rest/spread, destructuring, per-iteration let/const, new.target, class fields, private
 * members); what Rhino runs natively (arrows, template literals, optional chaining, BigInt,
 * object-literal methods, …) is kept, because lowering everything costs 2–3× in speed. Generators
 * and async functions are lowered even though Rhino has them, because a native generator body
 * cannot be captured. Closure's lowering is then corrected where it differs from Node (see
 * {@link #beforeClosure} and {@link #afterClosure}).
 * Safepoints are then inserted at function entries and loop back-edges.
 *
 * <p>The output refers to Closure's {@code $jscomp} runtime, which the prelude provides once per
 * program instead of per compilation. Not thread-safe: Closure compilers are single-use, so each
 * call builds its own.
 */
public final class Transpiler {

  /** What Rhino 1.9.2 (interpreted, VERSION_ECMASCRIPT) runs correctly, see shared/notes/js-runtime.md. */
  private static final FeatureSet RHINO_FEATURES = FeatureSet.ES2020.without(
      Feature.CLASSES, Feature.CLASS_GETTER_SETTER, Feature.NEW_TARGET,
      Feature.ASYNC_FUNCTIONS, Feature.GENERATORS, Feature.ASYNC_GENERATORS, Feature.FOR_AWAIT_OF,
      Feature.SPREAD_EXPRESSIONS, Feature.OBJECT_LITERALS_WITH_SPREAD, Feature.OBJECT_PATTERN_REST,
      Feature.ARRAY_DESTRUCTURING, Feature.OBJECT_DESTRUCTURING, Feature.ARRAY_PATTERN_REST,
      Feature.REST_PARAMETERS,
      Feature.FOR_OF, Feature.LET_DECLARATIONS, Feature.CONST_DECLARATIONS,
      Feature.BLOCK_SCOPED_FUNCTION_DECLARATION);

  /** A parse error Closure reports after the unexpected token instead of at it. */
  private static final String MISSING_EXPRESSION = "Parse error. primary expression expected";
  /** Closure names an earlier declaration's position with a 0-based column. */
  private static final Pattern ZERO_BASED_COLUMN = Pattern.compile("(First occurrence: \\S+:\\d+:)(\\d+)");

  /**
   * File-name prefix of the prelude's own scripts. The prelude is written for Rhino's boxed
   * receivers (it converts them itself, as the spec's built-ins do) and is hot, so its strict
   * functions see {@code this} as Rhino passes it (see {@link StrictThis}).
   */
  public static final String PRELUDE_FILE_PREFIX = "colony:prelude/";

  private final boolean instrument;

  /** @param instrument whether to insert safepoints (off only to measure what they cost) */
  public Transpiler(boolean instrument) {
    this.instrument = instrument;
  }

  /**
   * Transpiles one program or prelude file.
   *
   * @throws JsSyntaxException with the first error at its original line and column
   */
  public TranspiledSource transpile(String fileName, String source) {
    PrivateNameLowering.Lowered lowered = PrivateNameLowering.lower(fileName, BigIntUnaryPlus.rewrite(fileName, source));
    com.google.javascript.jscomp.Compiler compiler = new com.google.javascript.jscomp.Compiler(silentStream());
    CompilerOptions options = options();
    ParameterLengths parameterLengths = new ParameterLengths();
    options.addCustomPass(CustomPassExecutionTime.BEFORE_CHECKS, (externs, root) -> {
      parameterLengths.record(root);
      beforeClosure(compiler, root);
    });
    Result result = compiler.compile(
        List.of(SourceFile.fromCode("externs.js", "")),
        List.of(SourceFile.fromCode(fileName, lowered.source())),
        options);
    if (!result.success || !compiler.getErrors().isEmpty()) {
      throw syntaxError(fileName, lowered, compiler.getErrors());
    }
    Node script = compiler.getRoot().getLastChild().getFirstChild();
    afterClosure(script, new Temps(), !fileName.startsWith(PRELUDE_FILE_PREFIX));
    parameterLengths.restore();
    List<String> topLevelNames = TopLevelNames.of(script);
    if (instrument) {
      SafepointInsertion.insertInto(script);
    }
    String code = compiler.toSource();
    return new TranspiledSource(fileName, code, topLevelNames, LineMap.of(compiler, fileName, lowered));
  }

  /** Rewrites what Closure would lower wrongly or refuse, on the tree it has just parsed. */
  private static void beforeClosure(com.google.javascript.jscomp.Compiler compiler, Node root) {
    LexicalBindingErrors.prepare(compiler, root);
    SloppyBlockFunctions.prepare(root);
    ArrowRestParameters.prepare(root);
    ObjectLiteralMethods.prepare(root);
    HasInstanceChecks.lower(root);
    SpreadHoles.fill(root);
    FunctionNewTargets.lower(root);
    ErrorSuperCalls.prepare(root);
    ClassSemantics.prepare(root);
  }

  /** Repairs and completes Closure's output. */
  private static void afterClosure(Node script, Temps temps, boolean unboxPrimitiveReceivers) {
    ObjectLiteralMethods.repair(script);
    ComputedKeys.lower(script, temps);
    DynamicSuperCalls.lower(script, temps);
    DestructuringIterators.close(script);
    OptionalDelete.lower(script, temps);
    FunctionKinds.mark(script);
    ClassSemantics.complete(script);
    StrictThis.lower(script, temps, unboxPrimitiveReceivers);
    Strictness.addDirectives(script);
  }

  private static CompilerOptions options() {
    CompilerOptions options = new CompilerOptions();
    options.setLanguageIn(CompilerOptions.LanguageMode.ECMASCRIPT_NEXT);
    options.legacySetOutputFeatureSet(RHINO_FEATURES);
    options.setSkipNonTranspilationPasses(true);
    options.setEmitUseStrict(false);
    options.setPrettyPrint(true);
    // The printer would otherwise escape '<', '>', '&', '=' and non-ASCII characters, which
    // changes the raw strings a tagged template receives (String.raw`<b>` must stay "<b>").
    options.setTrustedStrings(true);
    options.setOutputCharset(StandardCharsets.UTF_8);
    options.setPreserveDetailedSourceInfo(true);
    options.setSourceMapOutputPath("program.map");
    // Transpile-only: what a type checker or linter would say is not a reason to refuse a program.
    options.setWarningLevel(DiagnosticGroups.CHECK_TYPES, CheckLevel.OFF);
    return options;
  }

  private static JsSyntaxException syntaxError(String fileName, PrivateNameLowering.Lowered lowered, List<JSError> errors) {
    if (errors.isEmpty()) {
      return new JsSyntaxException(fileName, 1, 1, "the program could not be compiled");
    }
    JSError first = errors.get(0);
    int line = Math.max(first.getLineno(), 1);
    int charno = first.getDescription().equals(MISSING_EXPRESSION)
        ? startOfTokenEndingAt(lowered.source().lines().skip(line - 1).findFirst().orElse(""), first.getCharno())
        : first.getCharno();
    int column = lowered.originalColumn(line, charno) + 1;
    return new JsSyntaxException(fileName, line, Math.max(column, 1), cleanMessage(first.getDescription()));
  }

  /**
   * Closure reports {@link #MISSING_EXPRESSION} just after the token it did not expect; Node (and
   * the user) point at the token itself: a word, or else one punctuation character.
   */
  private static int startOfTokenEndingAt(String line, int end) {
    if (end < 1 || end > line.length()) {
      return end;
    }
    int start = end - 1;
    while (start > 0 && Character.isJavaIdentifierPart(line.charAt(start)) && Character.isJavaIdentifierPart(line.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static String cleanMessage(String description) {
    Matcher firstOccurrence = ZERO_BASED_COLUMN.matcher(description);
    String message = firstOccurrence.find()
        ? firstOccurrence.replaceFirst(Matcher.quoteReplacement(firstOccurrence.group(1) + (Integer.parseInt(firstOccurrence.group(2)) + 1)))
        : description;
    return message.replace("This language feature is not currently supported by the compiler: ",
        "unsupported language feature: ");
  }

  /** Closure prints diagnostics itself unless given somewhere else to print them. */
  private static PrintStream silentStream() {
    return new PrintStream(OutputStream.nullOutputStream());
  }

  /** Top-level declarations, for describing a snapshot without running it. */
  static final class TopLevelNames {
    private TopLevelNames() {}

    static List<String> of(Node script) {
      List<String> names = new ArrayList<>();
      for (Node statement = script.getFirstChild(); statement != null; statement = statement.getNext()) {
        if (statement.isVar() || statement.isLet() || statement.isConst()) {
          for (Node target = statement.getFirstChild(); target != null; target = target.getNext()) {
            if (target.isName()) {
              addUserName(names, target.getString());
            }
          }
        } else if (statement.isFunction() || statement.isClass()) {
          addUserName(names, statement.getFirstChild().getString());
        }
      }
      return List.copyOf(names);
    }

    private static void addUserName(List<String> names, String name) {
      if (!name.isEmpty() && !name.startsWith("$jscomp") && !name.startsWith(Temps.PREFIX)
          && !(name.startsWith("$P") && name.endsWith("$"))) {
        names.add(name);
      }
    }
  }
}

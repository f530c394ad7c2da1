package dev.colony.runtime.transpile;

import com.google.javascript.rhino.Node;
import com.google.javascript.rhino.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes {@code +1n} compile: Closure's parser refuses a unary plus on a BigInt literal ("Cannot
 * convert a BigInt value to a number"), so the whole program would not start, where Node throws
 * that TypeError only when the expression runs. The literal is wrapped as {@code +(0, 1n)}, which
 * Closure accepts and Rhino evaluates to the same TypeError. The text is edited in place, so lines
 * keep their numbers.
 */
final class BigIntUnaryPlus {
  /** A cheap test that lets almost every program skip the extra parse. */
  private static final Pattern CANDIDATE = Pattern.compile("\\+[\\s(]*[0-9][0-9a-fA-FxXoObB_]*n");

  private BigIntUnaryPlus() {}

  static String rewrite(String fileName, String source) {
    if (!CANDIDATE.matcher(source).find()) {
      return source;
    }
    Node root = SourceParse.parse(fileName, source);
    List<Node> literals = new ArrayList<>();
    if (root != null) {
      collect(root, literals);
    }
    if (literals.isEmpty()) {
      return source;
    }
    literals.sort(Comparator.comparingInt(Node::getSourceOffset));
    StringBuilder out = new StringBuilder(source);
    for (int i = literals.size() - 1; i >= 0; i--) {
      Node literal = literals.get(i);
      out.insert(literal.getSourceOffset() + literal.getLength(), ')');
      out.insert(literal.getSourceOffset(), "(0, ");
    }
    return out.toString();
  }

  /** The BigInt literals under a unary plus. */
  private static void collect(Node node, List<Node> literals) {
    if (node.getToken() == Token.POS && node.getFirstChild().isBigInt()) {
      literals.add(node.getFirstChild());
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, literals);
    }
  }
}

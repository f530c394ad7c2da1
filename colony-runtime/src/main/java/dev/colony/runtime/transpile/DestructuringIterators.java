package dev.colony.runtime.transpile;

import com.google.javascript.jscomp.NodeUtil;
import com.google.javascript.rhino.IR;
import com.google.javascript.rhino.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Closes the iterators of array destructuring, which Closure's lowering leaves open: Node calls a
 * generator's {@code return()} (running its {@code finally}) once {@code const [first] = gen()}
 * has what it needs.
 *
 * <p>Closure lowers a pattern to {@code var T = $jscomp.makeIterator(x);} followed by statements
 * reading {@code T.next().value}. The iterator now comes from {@code
 * $colony.destructuringIterator(x)} (see prelude/lowering.js), which notes when the iterator is
 * done, and {@code $colony.closeIterator(T);} follows the last statement using {@code T} or any
 * iterator of a pattern nested in it, inner patterns first as in Node. An exception thrown while
 * destructuring does not close the iterator.
 */
final class DestructuringIterators {
  private static final String HOST = "$colony";
  private static final String TEMP_PREFIX = "$jscomp$destructuring$var";

  private DestructuringIterators() {}

  static void close(Node node) {
    List<Node> declarations = new ArrayList<>();
    collect(node, declarations);
    for (Node declaration : declarations) {
      String temp = declaration.getFirstChild().getString();
      Node init = declaration.getFirstChild().getFirstChild();
      init.getFirstChild().replaceWith(IR.getprop(IR.name(HOST), "destructuringIterator").srcrefTree(init));
      Node closing = IR.exprResult(IR.call(IR.getprop(IR.name(HOST), "closeIterator"), IR.name(temp)))
          .srcrefTree(declaration);
      closing.insertAfter(lastStatementOfPattern(declaration));
    }
  }

  /** Iterator declarations in source order, so that inner patterns' closings land before outer ones'. */
  private static void collect(Node node, List<Node> declarations) {
    if (isIteratorDeclaration(node)) {
      declarations.add(node);
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      collect(child, declarations);
    }
  }

  private static boolean isIteratorDeclaration(Node node) {
    if (!node.isVar() || !node.hasOneChild() || !NodeUtil.isStatementParent(node.getParent())) {
      return false;
    }
    Node name = node.getFirstChild();
    Node init = name.getFirstChild();
    return name.getString().startsWith(TEMP_PREFIX) && init != null && init.isCall()
        && "$jscomp.makeIterator".equals(Callees.nameOf(init.getFirstChild()));
  }

  /** The last sibling statement using the declared iterator or the iterator of a pattern nested in it. */
  private static Node lastStatementOfPattern(Node declaration) {
    String temp = declaration.getFirstChild().getString();
    Node last = declaration;
    for (Node statement = declaration.getNext(); statement != null; statement = statement.getNext()) {
      if (Identifiers.mentions(statement, temp)) {
        last = statement;
      }
    }
    for (Node statement = declaration.getNext(); statement != null && statement != last.getNext();
        statement = statement.getNext()) {
      if (isIteratorDeclaration(statement)) {
        Node nestedLast = lastStatementOfPattern(statement);
        if (isAfter(nestedLast, last)) {
          last = nestedLast;
        }
      }
    }
    return last;
  }

  private static boolean isAfter(Node statement, Node other) {
    for (Node s = other.getNext(); s != null; s = s.getNext()) {
      if (s == statement) {
        return true;
      }
    }
    return false;
  }
}

package dev.statuscontract.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.tools.Diagnostic;

/**
 * A place in the source: the tree that produces a response, the compilation unit it belongs to,
 * and the line on which javac reports a diagnostic printed at it.
 *
 * @param tree the tree; a method call, a {@code new} expression, a {@code throw} or {@code return}
 *     statement, or the method itself for the response a {@code void} method answers with
 * @param unit the compilation unit that holds {@code tree}
 * @param line the 1-based line of {@code tree}'s name or keyword, where javac prints a diagnostic
 */
public record Site(Tree tree, CompilationUnitTree unit, long line) {

  /**
   * Prints {@code message} at this tree, as javac prints its own diagnostics: with the file, line
   * and a caret. Call it while javac still runs (before the COMPILATION event has finished).
   */
  public void print(Trees trees, Diagnostic.Kind kind, CharSequence message) {
    trees.printMessage(kind, message, tree, unit);
  }

  /** The file name and line, for messages: {@code UserResource.java:12}. */
  @Override
  public String toString() {
    String name = unit.getSourceFile().getName();
    return name.substring(name.lastIndexOf('/') + 1) + ":" + line;
  }
}

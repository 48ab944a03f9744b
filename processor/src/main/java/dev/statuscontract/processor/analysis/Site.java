package dev.statuscontract.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.model.BodySpot;
import javax.tools.Diagnostic;

/**
 * A place in the source: the tree that produces a response, in its compilation unit, with the
 * line and position where javac reports a diagnostic printed at it. Only the places in the bodies
 * of endpoint classes keep their trees, to print at; the others (in services, helpers, mappers)
 * are only named in messages, and keep their file and line alone, so that the analysis holds no
 * tree of a class it has finished reading.
 *
 * @param tree the tree, or {@code null} for a place that is only named
 * @param unit the compilation unit that holds {@code tree}, or {@code null} likewise
 * @param file the source file's URI
 * @param name the source file's name without its directory, for messages
 * @param line the 1-based line of the tree's name or keyword, where javac prints a diagnostic
 * @param position the character offset of that place in the file
 */
public record Site(Tree tree, CompilationUnitTree unit, String file, String name, long line, long position)
    implements BodySpot {

  /**
   * Prints {@code message} at this tree, as javac prints its own diagnostics: with the file, line
   * and a caret. Call it while javac still runs (before the COMPILATION event has finished).
   */
  public void print(Trees trees, Diagnostic.Kind kind, CharSequence message) {
    trees.printMessage(kind, message, tree, unit);
  }

  /** Whether a diagnostic can be printed here. */
  public boolean printable() {
    return tree != null && unit != null;
  }

  /** The file name and line, for messages: {@code UserResource.java:12}. */
  @Override
  public String toString() {
    return name + ":" + line;
  }
}

package dev.statuscontract.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;

/**
 * Makes {@link Site}s in one compilation unit, with the line where javac reports a diagnostic: a
 * call's method name (its opening parenthesis follows it), a method's name, any other tree's start.
 * A call's name is found through the end positions javac records when a tool runs it (build
 * tools and the compiler API do); without them, a call's line is that of its start.
 */
final class Sites {

  private final CompilationUnitTree unit;
  private final SourcePositions positions;
  private final boolean keepTrees;
  private final String file;
  private final String name;
  private CharSequence source;

  /**
   * @param keepTrees whether the sites keep their trees, to print at: only for the classes whose
   *     endpoints the findings are about
   */
  Sites(Trees trees, CompilationUnitTree unit, boolean keepTrees) {
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    this.keepTrees = keepTrees;
    this.file = unit.getSourceFile().toUri().toString();
    String path = unit.getSourceFile().getName();
    this.name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  Site of(Tree tree) {
    long position = position(tree);
    long line = position < 0 ? 0 : unit.getLineMap().getLineNumber(position);
    return keepTrees
        ? new Site(tree, unit, file, name, line, position)
        : new Site(null, null, file, name, line, position);
  }

  private long position(Tree tree) {
    long start = positions.getStartPosition(unit, tree);
    if (tree instanceof MethodInvocationTree invocation
        && invocation.getMethodSelect() instanceof MemberSelectTree select) {
      long end = positions.getEndPosition(unit, select);
      if (end != Diagnostic.NOPOS && end > start) {
        return Math.max(start, end - select.getIdentifier().length());
      }
    }
    if (tree instanceof MethodTree method && method.getReturnType() != null) {
      long from = positions.getStartPosition(unit, method.getReturnType());
      CharSequence text = source();
      if (from >= 0 && text != null && from < text.length()) {
        Matcher found = Pattern.compile("\\b" + Pattern.quote(method.getName().toString()) + "\\s*\\(").matcher(text);
        if (found.find((int) from)) {
          return found.start();
        }
      }
    }
    return start;
  }

  private CharSequence source() {
    if (source == null) {
      try {
        source = unit.getSourceFile().getCharContent(true);
      } catch (IOException | RuntimeException e) {
        source = "";
      }
    }
    return source;
  }
}

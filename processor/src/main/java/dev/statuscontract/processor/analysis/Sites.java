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
  private CharSequence source;

  Sites(Trees trees, CompilationUnitTree unit) {
    this.unit = unit;
    this.positions = trees.getSourcePositions();
  }

  Site of(Tree tree) {
    return new Site(tree, unit, line(position(tree)));
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
        Matcher name = Pattern.compile("\\b" + Pattern.quote(method.getName().toString()) + "\\s*\\(").matcher(text);
        if (name.find((int) from)) {
          return name.start();
        }
      }
    }
    return start;
  }

  private long line(long position) {
    return position < 0 ? 0 : unit.getLineMap().getLineNumber(position);
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

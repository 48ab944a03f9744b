package dev.statuscontract.processor.analysis;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.Trees;
import dev.statuscontract.processor.lang.NameStrings;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
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
  /** The file's URI and name, worked out for the first site: most classes of a compilation make none. */
  private String file;
  private String name;
  private CharSequence source;
  /** The sites made, by tree: the analysis asks for a call's site more than once. */
  private final Map<Tree, Site> made = new IdentityHashMap<>();

  /**
   * @param keepTrees whether the sites keep their trees, to print at: only for the classes whose
   *     endpoints the findings are about
   */
  Sites(Trees trees, CompilationUnitTree unit, boolean keepTrees) {
    this.unit = unit;
    this.positions = trees.getSourcePositions();
    this.keepTrees = keepTrees;
  }

  Site of(Tree tree) {
    return made.computeIfAbsent(tree, this::make);
  }

  private Site make(Tree tree) {
    if (file == null) {
      file = unit.getSourceFile().toUri().toString();
      String path = unit.getSourceFile().getName();
      name = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }
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
        return Math.max(start, end - NameStrings.of(select.getIdentifier()).length());
      }
    }
    if (tree instanceof MethodTree method && method.getReturnType() != null) {
      long from = positions.getStartPosition(unit, method.getReturnType());
      CharSequence text = source();
      if (from >= 0 && text != null && from < text.length()) {
        int found = nameBeforeParenthesis(text, NameStrings.of(method.getName()), (int) from);
        if (found >= 0) {
          return found;
        }
      }
    }
    return start;
  }

  /**
   * Where {@code name} first stands, from {@code from} on, as a whole word followed by an opening
   * parenthesis, spaces between allowed: the regular expression {@code \bname\s*\(}, without
   * compiling one for each method. -1 where it does not.
   */
  static int nameBeforeParenthesis(CharSequence text, String name, int from) {
    int last = text.length() - name.length();
    for (int i = Math.max(from, 0); i <= last; i++) {
      if (!regionMatches(text, i, name) || isWord(text, i - 1) == isWord(text, i)) {
        continue;
      }
      int next = i + name.length();
      while (next < text.length() && isSpace(text.charAt(next))) {
        next++;
      }
      if (next < text.length() && text.charAt(next) == '(') {
        return i;
      }
    }
    return -1;
  }

  private static boolean regionMatches(CharSequence text, int at, String name) {
    for (int k = 0; k < name.length(); k++) {
      if (text.charAt(at + k) != name.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** A word character as {@code \b} sees it; false outside the text. */
  private static boolean isWord(CharSequence text, int at) {
    if (at < 0 || at >= text.length()) {
      return false;
    }
    char c = text.charAt(at);
    return c == '_' || Character.isLetterOrDigit(c);
  }

  /** A space as {@code \s} sees it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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

package dev.statuscontract.processor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds an import to a Java source, reading its package and import lines (past comments) up to its
 * first other line.
 */
final class Imports {

  private static final Pattern PACKAGE = Pattern.compile("\\s*package\\s+([\\w.]+)\\s*;\\s*");
  private static final Pattern IMPORT = Pattern.compile("\\s*import\\s+(static\\s+)?([\\w.$]+(?:\\.\\*)?)\\s*;\\s*(//.*)?");

  /** An import line: its index and what it imports. */
  private record Line(int index, String name) {}

  private Imports() {}

  /**
   * {@code text} importing {@code qualifiedName}, or itself where it needs no import of it.
   *
   * @throws IllegalArgumentException where another import has the same simple name; the message
   *     says which
   */
  static String add(String text, String qualifiedName) {
    SourceLines lines = new SourceLines(text);
    int dot = qualifiedName.lastIndexOf('.');
    String pkg = qualifiedName.substring(0, dot);
    String simple = qualifiedName.substring(dot + 1);
    int packageLine = -1;
    String filePackage = "";
    List<Line> imports = new ArrayList<>();
    List<Line> statics = new ArrayList<>();
    int firstOther = 0;
    boolean inComment = false;
    for (int i = 0; i < lines.count(); i++) {
      String line = lines.content(i);
      String trimmed = line.strip();
      firstOther = i + 1;
      if (inComment) {
        inComment = !trimmed.contains("*/");
        continue;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("//")) {
        continue;
      }
      if (trimmed.startsWith("/*")) {
        inComment = !trimmed.substring(2).contains("*/");
        continue;
      }
      Matcher isPackage = PACKAGE.matcher(line);
      Matcher isImport = IMPORT.matcher(line);
      if (isPackage.matches()) {
        packageLine = i;
        filePackage = isPackage.group(1);
      } else if (isImport.matches()) {
        (isImport.group(1) == null ? imports : statics).add(new Line(i, isImport.group(2)));
      } else {
        firstOther = i;
        break;
      }
    }
    if (pkg.equals(filePackage) || pkg.equals("java.lang")) {
      return text;
    }
    for (Line existing : imports) {
      if (existing.name().equals(qualifiedName) || existing.name().equals(pkg + ".*")) {
        return text;
      }
      if (existing.name().endsWith("." + simple)) {
        throw new IllegalArgumentException(
            "line " + (existing.index() + 1) + " imports " + existing.name() + ", so " + qualifiedName + " cannot be imported as " + simple);
      }
    }
    String sep = lines.separator();
    String importLine = "import " + qualifiedName + ";" + sep;
    if (!imports.isEmpty()) {
      for (Line existing : imports) {
        if (existing.name().compareTo(qualifiedName) > 0) {
          return insert(text, lines, existing.index(), importLine);
        }
      }
      return insert(text, lines, imports.get(imports.size() - 1).index() + 1, importLine);
    }
    if (!statics.isEmpty()) {
      return insert(text, lines, statics.get(statics.size() - 1).index() + 1, sep + importLine);
    }
    if (packageLine >= 0) {
      boolean blankAfter = packageLine + 1 < lines.count() && lines.content(packageLine + 1).isBlank();
      return insert(text, lines, packageLine + 1, sep + importLine + (blankAfter ? "" : sep));
    }
    return insert(text, lines, firstOther, importLine + sep);
  }

  /** {@code text} with {@code added} at the start of line {@code index}, or at its end past the last line. */
  private static String insert(String text, SourceLines lines, int index, String added) {
    int at = lines.start(index);
    boolean endsInLineEnd = lines.count() == 0 || lines.withEnds().get(lines.count() - 1).endsWith("\n");
    String before = text.substring(0, at);
    if (index >= lines.count() && !endsInLineEnd) {
      before = before + lines.separator();
    }
    return before + added + text.substring(at);
  }
}

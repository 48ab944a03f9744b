package dev.statuscontract.processor.report;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The unified diff of one file, as {@code git diff} writes it: {@code --- a/<path>} and {@code +++
 * b/<path>} headers, hunks with 3 lines of context, and {@code \ No newline at end of file} where a
 * side ends without one. Diffs of several files concatenated make one patch that {@code git apply}
 * and {@code patch -p1} accept, run in the directory the paths are relative to.
 *
 * <p>Lines are compared with their line ends, so a file with {@code \r\n} line ends keeps them, in
 * the patch as in the patched file. The same texts always give the same diff.
 */
public final class UnifiedDiff {

  /** The lines of context around each change. */
  public static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /**
   * The diff that turns {@code before} into {@code after}; {@code ""} where they are the same.
   *
   * @param relativePath the file's path relative to the directory the patch is applied in, with
   *     {@code /} between its names, such as {@code src/main/java/com/acme/UserResource.java}
   */
  public static String of(String relativePath, String before, String after) {
    if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")) {
      throw new IllegalArgumentException("a patch's path is relative, with '/' between names: " + relativePath);
    }
    if (before.equals(after)) {
      return "";
    }
    List<String> a = new SourceLines(before).withEnds();
    List<String> b = new SourceLines(after).withEnds();
    List<AbstractDelta<String>> deltas = new ArrayList<>(DiffUtils.diff(a, b).getDeltas());
    deltas.sort(Comparator.comparingInt(delta -> delta.getSource().getPosition()));
    StringBuilder out = new StringBuilder();
    out.append("--- a/").append(relativePath).append('\n');
    out.append("+++ b/").append(relativePath).append('\n');
    for (List<AbstractDelta<String>> hunk : hunks(deltas)) {
      writeHunk(out, a, hunk);
    }
    return out.toString();
  }

  /** The deltas grouped into hunks: those whose contexts would touch or overlap share one. */
  private static List<List<AbstractDelta<String>>> hunks(List<AbstractDelta<String>> deltas) {
    List<List<AbstractDelta<String>>> hunks = new ArrayList<>();
    List<AbstractDelta<String>> current = new ArrayList<>();
    for (AbstractDelta<String> delta : deltas) {
      if (!current.isEmpty() && delta.getSource().getPosition() - end(current.get(current.size() - 1).getSource()) > 2 * CONTEXT) {
        hunks.add(current);
        current = new ArrayList<>();
      }
      current.add(delta);
    }
    if (!current.isEmpty()) {
      hunks.add(current);
    }
    return hunks;
  }

  private static void writeHunk(StringBuilder out, List<String> a, List<AbstractDelta<String>> hunk) {
    AbstractDelta<String> first = hunk.get(0);
    AbstractDelta<String> last = hunk.get(hunk.size() - 1);
    int sourceStart = Math.max(0, first.getSource().getPosition() - CONTEXT);
    int sourceEnd = Math.min(a.size(), end(last.getSource()) + CONTEXT);
    int targetStart = first.getTarget().getPosition() - (first.getSource().getPosition() - sourceStart);
    int targetEnd = end(last.getTarget()) + (sourceEnd - end(last.getSource()));
    out.append("@@ -").append(range(sourceStart, sourceEnd - sourceStart))
        .append(" +").append(range(targetStart, targetEnd - targetStart)).append(" @@\n");
    int next = sourceStart;
    for (AbstractDelta<String> delta : hunk) {
      for (; next < delta.getSource().getPosition(); next++) {
        line(out, ' ', a.get(next));
      }
      for (String removed : delta.getSource().getLines()) {
        line(out, '-', removed);
      }
      for (String added : delta.getTarget().getLines()) {
        line(out, '+', added);
      }
      next = end(delta.getSource());
    }
    for (; next < sourceEnd; next++) {
      line(out, ' ', a.get(next));
    }
  }

  /** A hunk's range: {@code start,length}, 1-based, or the line before it for no lines. */
  private static String range(int start, int length) {
    return (length == 0 ? start : start + 1) + "," + length;
  }

  private static void line(StringBuilder out, char prefix, String line) {
    out.append(prefix).append(line);
    if (!line.endsWith("\n")) {
      out.append("\n\\ No newline at end of file\n");
    }
  }

  private static int end(Chunk<String> chunk) {
    return chunk.getPosition() + chunk.size();
  }
}

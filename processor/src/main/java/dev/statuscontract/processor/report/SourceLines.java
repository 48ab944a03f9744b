package dev.statuscontract.processor.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines, each with its own line end ({@code \n}, {@code \r\n}, or none for a last
 * line without one), and the line end the file uses: that of its first line, {@code \n} where it
 * has none.
 */
final class SourceLines {

  private final List<String> lines;
  private final String separator;

  SourceLines(String text) {
    List<String> cut = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        cut.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      cut.add(text.substring(start));
    }
    this.lines = List.copyOf(cut);
    this.separator = cut.isEmpty() || !cut.get(0).endsWith("\r\n") ? "\n" : "\r\n";
  }

  /** The lines, each with its line end. */
  List<String> withEnds() {
    return lines;
  }

  /** How many lines there are. */
  int count() {
    return lines.size();
  }

  /** Line {@code index} (from 0) without its line end. */
  String content(int index) {
    String line = lines.get(index);
    int end = line.endsWith("\r\n") ? line.length() - 2 : line.endsWith("\n") ? line.length() - 1 : line.length();
    return line.substring(0, end);
  }

  /** The offset in the text where line {@code index} (from 0) starts; the text's length past the last. */
  int start(int index) {
    int offset = 0;
    for (int i = 0; i < index && i < lines.size(); i++) {
      offset += lines.get(i).length();
    }
    return offset;
  }

  /** The line end the file uses. */
  String separator() {
    return separator;
  }

  /** The spaces and tabs that {@code line} starts with. */
  static String indentation(String line) {
    int end = 0;
    while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
      end++;
    }
    return line.substring(0, end);
  }
}

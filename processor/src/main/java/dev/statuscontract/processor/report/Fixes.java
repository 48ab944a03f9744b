package dev.statuscontract.processor.report;

import dev.statuscontract.processor.report.SourceEdit.AddAttribute;
import dev.statuscontract.processor.report.SourceEdit.AddImport;
import dev.statuscontract.processor.report.SourceEdit.InsertAnnotations;
import dev.statuscontract.processor.report.SourceEdit.ReplaceStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Applies {@link SourceEdit}s to the text of one Java source file, for {@code fixes.patch}: the
 * edited text goes to {@link UnifiedDiff#of}.
 *
 * <p>Each edit is checked against the text it expects before anything changes: where one does not
 * find its text (the file changed since it was compiled, or the edit is wrong), or edits overlap,
 * the whole file is refused, with a problem for each such edit, and nothing of it is changed: a
 * half-fixed file would be worse than none. Inserted lines take the indentation of the line they
 * go above and the file's own line end ({@code \r\n} where its first line has one); everything else
 * keeps its bytes.
 */
public final class Fixes {

  /** A change of the text: {@code length} characters at {@code offset} become {@code text}. */
  private record Change(int offset, int length, String text, String edit) {
    int end() {
      return offset + length;
    }
  }

  private Fixes() {}

  /**
   * {@code sourceText} with {@code edits} applied: the edits at their places first, each where the
   * original text has it, then the imports, in the order of their names. Where any edit is
   * refused, no text and a problem for each refused edit, as in {@code line 12, column 3: expected
   * @Returns(201) but found @Returns(202)}.
   */
  public static Result<String> apply(String sourceText, List<SourceEdit> edits) {
    SourceLines lines = new SourceLines(sourceText);
    List<Change> changes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    TreeSet<String> imports = new TreeSet<>();
    for (SourceEdit edit : edits) {
      try {
        if (edit instanceof AddImport add) {
          imports.add(add.qualifiedName());
        } else {
          changes.add(change(sourceText, lines, edit));
        }
      } catch (IllegalArgumentException refused) {
        problems.add(refused.getMessage());
      }
    }
    changes.sort(Comparator.comparingInt(Change::offset));
    for (int i = 1; i < changes.size(); i++) {
      if (changes.get(i).offset() < changes.get(i - 1).end()) {
        problems.add(changes.get(i).edit() + " overlaps " + changes.get(i - 1).edit());
      }
    }
    if (!problems.isEmpty()) {
      return Result.failed(problems);
    }
    StringBuilder out = new StringBuilder();
    int done = 0;
    for (Change change : changes) {
      out.append(sourceText, done, change.offset()).append(change.text());
      done = change.end();
    }
    String text = out.append(sourceText.substring(done)).toString();
    for (String type : imports) {
      try {
        text = Imports.add(text, type);
      } catch (IllegalArgumentException refused) {
        problems.add(refused.getMessage());
      }
    }
    return problems.isEmpty() ? Result.of(text, List.of()) : Result.failed(problems);
  }

  private static Change change(String text, SourceLines lines, SourceEdit edit) {
    if (edit instanceof InsertAnnotations insert) {
      String line = content(lines, insert.line(), "line " + insert.line());
      String indentation = SourceLines.indentation(line);
      if (!line.startsWith(insert.expectedStart(), indentation.length())) {
        throw new IllegalArgumentException(
            "line " + insert.line() + ": expected a line starting with " + insert.expectedStart() + " but found " + line.strip());
      }
      StringBuilder added = new StringBuilder();
      for (String annotation : insert.annotations()) {
        added.append(indentation).append(annotation).append(lines.separator());
      }
      return new Change(lines.start(insert.line() - 1), 0, added.toString(), "the insertion above line " + insert.line());
    }
    if (edit instanceof AddAttribute add) {
      return annotationChange(text, lines, add.line(), add.column(), add.expectedAnnotation(),
          annotation -> annotation.withAttribute(add.name(), add.value()),
          "sets " + add.name() + " already, or cannot have it added");
    }
    ReplaceStatus replace = (ReplaceStatus) edit;
    return annotationChange(text, lines, replace.line(), replace.column(), replace.expectedAnnotation(),
        annotation -> annotation.withStatus(replace.from(), replace.to()),
        "does not declare " + replace.from() + " as a number");
  }

  /** The change of the annotation that the source has at {@code line}:{@code column}. */
  private static Change annotationChange(
      String text,
      SourceLines lines,
      int line,
      int column,
      String expected,
      Function<AnnotationText, Optional<String>> rewrite,
      String why) {
    String where = "line " + line + ", column " + column;
    String content = content(lines, line, where);
    if (column < 1 || column > content.length()) {
      throw new IllegalArgumentException(where + ": the line has " + content.length() + " columns");
    }
    String sep = lines.separator();
    String wanted = expected.replace("\r\n", "\n").replace("\n", sep);
    int offset = lines.start(line - 1) + column - 1;
    if (!text.startsWith(wanted, offset)) {
      String found =
          expected.contains("\n")
              ? text.substring(offset, Math.min(text.length(), offset + wanted.length()))
              : content.substring(column - 1, Math.min(content.length(), column - 1 + expected.length()));
      throw new IllegalArgumentException(where + ": expected " + expected + " but found " + found.replace(sep, "\n"));
    }
    AnnotationText annotation =
        AnnotationText.parse(expected.replace("\r\n", "\n"))
            .orElseThrow(() -> new IllegalArgumentException(where + ": " + expected + " is not one whole annotation"));
    String rewritten =
        rewrite.apply(annotation).orElseThrow(() -> new IllegalArgumentException(where + ": " + expected + " " + why));
    return new Change(offset, wanted.length(), rewritten.replace("\n", sep), "the edit at " + where);
  }

  /** Line {@code line} (from 1), or a refusal where the text has no such line. */
  private static String content(SourceLines lines, int line, String where) {
    if (line < 1 || line > lines.count()) {
      throw new IllegalArgumentException(where + ": the file has " + lines.count() + " lines");
    }
    return lines.content(line - 1);
  }
}

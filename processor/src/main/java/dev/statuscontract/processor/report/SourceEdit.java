package dev.statuscontract.processor.report;

import java.util.List;
import java.util.Objects;

/**
 * One change to a Java source file, as {@link Fixes#apply} makes it. Each edit but {@link
 * AddImport} says where it applies (1-based lines and columns, a column counting UTF-16 code units
 * and a tab as one, as javac's tree positions do) and what text it expects there; where the text
 * is not that, the edit is refused, never applied to whatever is there.
 */
public sealed interface SourceEdit {

  /**
   * Inserts annotations, one a line, above a declaration, indented as its first line is.
   *
   * @param line the line where the declaration starts: its first annotation, or its modifiers
   * @param expectedStart what that line starts with after its indentation, such as {@code @GET} or
   *     {@code public Response create(}
   * @param annotations the annotations, such as {@code @Returns(404)}, each on one line
   */
  record InsertAnnotations(int line, String expectedStart, List<String> annotations) implements SourceEdit {

    /** Checks that each annotation is one line that starts with {@code @}. */
    public InsertAnnotations {
      Objects.requireNonNull(expectedStart, "expectedStart");
      annotations = List.copyOf(annotations);
      for (String annotation : annotations) {
        if (!annotation.startsWith("@") || annotation.contains("\n") || annotation.contains("\r")) {
          throw new IllegalArgumentException("an annotation to insert is one line starting with '@': " + annotation);
        }
      }
    }
  }

  /**
   * Adds an attribute to an annotation: {@code @Returns(201)} becomes {@code @Returns(value = 201,
   * headers = "Location")}, and {@code @Returns(value = 201, description = "x")} becomes {@code
   * @Returns(value = 201, description = "x", headers = "Location")}. Refused where the annotation
   * sets that attribute already.
   *
   * @param line the line of the annotation's {@code @}
   * @param column the column of its {@code @}
   * @param expectedAnnotation the whole annotation as the source writes it there, from {@code @}
   *     to its closing parenthesis ({@code \n} between its lines, where it has several)
   * @param name the attribute, such as {@code headers}
   * @param value its value as Java source, such as {@code "Location"}
   */
  record AddAttribute(int line, int column, String expectedAnnotation, String name, String value) implements SourceEdit {

    /** Checks that every part is there. */
    public AddAttribute {
      Objects.requireNonNull(expectedAnnotation, "expectedAnnotation");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Replaces the status code of an annotation, written as a number: {@code @Returns(200)} or
   * {@code @Returns(value = 200, ...)} becomes {@code @Returns(204)} or {@code @Returns(value =
   * 204, ...)}. Refused where the annotation does not declare {@code from} as a number.
   *
   * @param line the line of the annotation's {@code @}
   * @param column the column of its {@code @}
   * @param expectedAnnotation the whole annotation as the source writes it there
   * @param from the code it declares
   * @param to the code it is to declare
   */
  record ReplaceStatus(int line, int column, String expectedAnnotation, int from, int to) implements SourceEdit {

    /** Checks that the annotation is there. */
    public ReplaceStatus {
      Objects.requireNonNull(expectedAnnotation, "expectedAnnotation");
    }
  }

  /**
   * Imports a type, where the file does not already: added in sorted position among its imports,
   * or after its package line where it has none. Nothing is added for a type of the file's own
   * package or of {@code java.lang}, or one a {@code .*} import covers; refused where another
   * import has the same simple name.
   *
   * @param qualifiedName the type's canonical name, such as {@code dev.statuscontract.Returns}
   */
  record AddImport(String qualifiedName) implements SourceEdit {

    /** Checks that the name is a qualified Java name. */
    public AddImport {
      if (!qualifiedName.matches("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)+")) {
        throw new IllegalArgumentException("not a qualified type name: " + qualifiedName);
      }
    }
  }
}

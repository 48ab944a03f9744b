package dev.statuscontract.processor.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A JSON or YAML document read with Jackson's streaming parser into a small tree whose every node
 * knows its line, without jackson-databind. A member of an object has the line of its key (the
 * line of {@code '404':}, of {@code responses:}), any other node the line it starts on.
 */
final class JsonTree {

  private static final Pattern SOURCE_MARK = Pattern.compile("\\[Source: [^;\\]]*(?:\\([^)]*\\))?; line: (\\d+), column: (\\d+)]");

  /** A value of the document. */
  sealed interface Node permits Obj, Arr, Scalar {
    /** The 1-based line of its key, or of its first token when it is no member of an object. */
    int line();
  }

  /** An object: its members in the document's order. */
  record Obj(int line, Map<String, Node> members) implements Node {
    Node get(String key) {
      return members.get(key);
    }
  }

  /** An array. */
  record Arr(int line, List<Node> items) implements Node {}

  /**
   * A string, a number (an {@link Integer}, {@link Long}, {@link java.math.BigInteger}, {@link
   * Double} or {@link java.math.BigDecimal}), a {@link Boolean} or {@code null}.
   */
  record Scalar(int line, Object value) implements Node {}

  /** Why a document could not be read: the parser's message, and where it stopped. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final int column;

    Malformed(String message, int line, int column) {
      super(message);
      this.line = line;
      this.column = column;
    }

    /** The message with its position, as in {@code line 3, column 7: Unexpected character}. */
    String describe() {
      String where = line > 0 ? "line " + line + (column > 0 ? ", column " + column : "") + ": " : "";
      return where + getMessage();
    }
  }

  private JsonTree() {}

  /**
   * The one document {@code parser} reads; an empty input is {@link Malformed} too, and so is
   * content after the document's end.
   */
  static Node read(JsonParser parser) throws Malformed, IOException {
    try {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new Malformed("the document is empty", 0, 0);
      }
      Node root = value(parser, parser.currentTokenLocation().getLineNr());
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new Malformed("more content follows the end of the document", at.getLineNr(), at.getColumnNr());
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new Malformed(oneLine(e.getOriginalMessage()), at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    }
  }

  private static Node value(JsonParser parser, int line) throws IOException {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        Map<String, Node> members = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          int keyLine = parser.currentTokenLocation().getLineNr();
          parser.nextToken();
          members.put(key, value(parser, keyLine));
        }
        return new Obj(line, Collections.unmodifiableMap(members));
      }
      case START_ARRAY -> {
        List<Node> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          items.add(value(parser, parser.currentTokenLocation().getLineNr()));
        }
        return new Arr(line, List.copyOf(items));
      }
      case VALUE_STRING -> {
        return new Scalar(line, parser.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new Scalar(line, parser.getNumberValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new Scalar(line, token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return new Scalar(line, null);
      }
      default -> {
        // VALUE_EMBEDDED_OBJECT: a YAML !!binary scalar, say; no document here has one.
        return new Scalar(line, parser.getText());
      }
    }
  }

  /** What kind of value {@code node} is, for messages: an object, an array, a string, ... */
  static String kind(Node node) {
    if (node instanceof Obj) {
      return "an object";
    }
    if (node instanceof Arr) {
      return "an array";
    }
    Object value = ((Scalar) node).value();
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return "a string";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a number";
  }

  /**
   * The parser's message on one line: its lines that are not indented (SnakeYAML indents the
   * excerpt of the document and where it is), joined with {@code ; }, with the places it names
   * (as in {@code [Source: ...; line: 1, column: 1]}, where the source is not shown) as {@code line
   * 1, column 1}.
   */
  private static String oneLine(String message) {
    String text = message == null ? "unreadable content" : message.strip();
    String first = String.join("; ", text.lines().filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0))).toList());
    return SOURCE_MARK.matcher(first).replaceAll("line $1, column $2");
  }
}

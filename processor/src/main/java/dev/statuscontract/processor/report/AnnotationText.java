package dev.statuscontract.processor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source text of one annotation, such as {@code @Returns(value = 201, description = "x, y")},
 * cut into its name and its elements: enough to add an element or change a status code while
 * keeping the rest as written. Commas inside strings, characters, text blocks, parentheses, braces
 * and brackets do not cut elements.
 */
final class AnnotationText {

  private static final Pattern NAME = Pattern.compile("@\\s*[A-Za-z_$][A-Za-z0-9_$]*(\\s*\\.\\s*[A-Za-z_$][A-Za-z0-9_$]*)*");
  private static final Pattern NAMED = Pattern.compile("^\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*=(?!=)\\s*");

  /** The elements that hold a status code, by annotation: {@code @Returns}, swagger and MicroProfile, Swagger 2. */
  private static final java.util.Set<String> STATUS_ELEMENTS = java.util.Set.of("value", "responseCode", "code");

  private final String name;
  /** The text between the name and {@code (}, or the whole rest where there are no parentheses. */
  private final String beforeParenthesis;
  /** The text between the parentheses; empty where there are none. */
  private final String arguments;
  private final List<Element> elements;

  /**
   * One element as written: {@code value = 201}, or the {@code 201} of {@code @Returns(201)}.
   *
   * @param start its offset in the arguments
   * @param text its text, with the white space around it
   */
  private record Element(int start, String text) {
    Optional<String> name() {
      Matcher named = NAMED.matcher(text);
      return named.find() ? Optional.of(named.group(1)) : Optional.empty();
    }

    /** The offset, in the arguments, of its value, and the value without white space around it. */
    int valueStart() {
      Matcher named = NAMED.matcher(text);
      int from = named.find() ? named.end() : 0;
      while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      return start + from;
    }

    String value() {
      Matcher named = NAMED.matcher(text);
      return (named.find() ? text.substring(named.end()) : text).strip();
    }
  }

  private AnnotationText(String name, String beforeParenthesis, String arguments, List<Element> elements) {
    this.name = name;
    this.beforeParenthesis = beforeParenthesis;
    this.arguments = arguments;
    this.elements = elements;
  }

  /** {@code text} as an annotation, or empty where it is not exactly one annotation. */
  static Optional<AnnotationText> parse(String text) {
    Matcher name = NAME.matcher(text);
    if (!name.lookingAt()) {
      return Optional.empty();
    }
    String rest = text.substring(name.end());
    if (rest.isBlank()) {
      return rest.isEmpty() ? Optional.of(new AnnotationText(name.group(), "", "", List.of())) : Optional.empty();
    }
    String gap = rest.substring(0, rest.length() - rest.stripLeading().length());
    if (rest.charAt(gap.length()) != '(' || !rest.endsWith(")")) {
      return Optional.empty();
    }
    String arguments = rest.substring(gap.length() + 1, rest.length() - 1);
    return split(arguments).map(elements -> new AnnotationText(name.group(), gap, arguments, elements));
  }

  /**
   * This annotation with {@code name = value} added after its elements; empty where it sets
   * {@code name} already.
   */
  Optional<String> withAttribute(String attribute, String value) {
    String added = attribute + " = " + value;
    if (elements.isEmpty()) {
      return Optional.of(name + beforeParenthesis + "(" + added + ")");
    }
    if (elements.size() == 1 && elements.get(0).name().isEmpty()) {
      if (attribute.equals("value")) {
        return Optional.empty();
      }
      return Optional.of(name + beforeParenthesis + "(value = " + elements.get(0).value() + ", " + added + ")");
    }
    for (Element element : elements) {
      if (element.name().equals(Optional.of(attribute))) {
        return Optional.empty();
      }
    }
    int end = arguments.stripTrailing().length();
    return Optional.of(name + beforeParenthesis + "(" + arguments.substring(0, end) + ", " + added + arguments.substring(end) + ")");
  }

  /**
   * This annotation with its status {@code from} as {@code to}: its single element, or its {@code
   * value} ({@code @Returns}), {@code responseCode} (swagger's and MicroProfile's {@code "404"}, a
   * string) or {@code code} (Swagger 2's); written as a number or a string of one, and written so
   * again. Empty where it does not declare {@code from} so.
   */
  Optional<String> withStatus(int from, int to) {
    String number = Integer.toString(from);
    for (Element element : elements) {
      boolean status =
          element.name().isEmpty() ? elements.size() == 1 : STATUS_ELEMENTS.contains(element.name().get());
      String value = element.value();
      boolean quoted = value.equals("\"" + number + "\"");
      if (status && (value.equals(number) || quoted)) {
        int at = element.valueStart();
        String written = quoted ? "\"" + to + "\"" : Integer.toString(to);
        String changed = arguments.substring(0, at) + written + arguments.substring(at + value.length());
        return Optional.of(name + beforeParenthesis + "(" + changed + ")");
      }
    }
    return Optional.empty();
  }

  /** {@code arguments} cut at its top-level commas; empty where its quotes or brackets do not close. */
  private static Optional<List<Element>> split(String arguments) {
    List<Element> elements = new ArrayList<>();
    if (arguments.isBlank()) {
      return Optional.of(elements);
    }
    int depth = 0;
    int start = 0;
    int i = 0;
    while (i < arguments.length()) {
      char c = arguments.charAt(i);
      if (arguments.startsWith("\"\"\"", i)) {
        int close = arguments.indexOf("\"\"\"", i + 3);
        while (close > 0 && arguments.charAt(close - 1) == '\\') {
          close = arguments.indexOf("\"\"\"", close + 1);
        }
        if (close < 0) {
          return Optional.empty();
        }
        i = close + 3;
        continue;
      }
      if (c == '"' || c == '\'') {
        int close = i + 1;
        while (close < arguments.length() && arguments.charAt(close) != c) {
          close += arguments.charAt(close) == '\\' ? 2 : 1;
        }
        if (close >= arguments.length()) {
          return Optional.empty();
        }
        i = close + 1;
        continue;
      }
      if (c == '(' || c == '{' || c == '[') {
        depth++;
      } else if (c == ')' || c == '}' || c == ']') {
        if (--depth < 0) {
          return Optional.empty();
        }
      } else if (c == ',' && depth == 0) {
        elements.add(new Element(start, arguments.substring(start, i)));
        start = i + 1;
      }
      i++;
    }
    if (depth != 0) {
      return Optional.empty();
    }
    elements.add(new Element(start, arguments.substring(start)));
    return Optional.of(elements);
  }
}

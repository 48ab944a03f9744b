package dev.statuscontract.processor.frameworks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Joins and normalizes endpoint paths as messages and documents show them. */
public final class Paths {

  /** A template variable with a regular expression, {@code {id: [0-9]+}}: shown as {@code {id}}. */
  private static final Pattern VARIABLE_WITH_REGEX = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^}]*}");

  private Paths() {}

  /**
   * Joins path templates into one that starts with {@code /}, has no empty segments and no
   * trailing slash: {@code join("users/", "/{id: \\d+}")} is {@code /users/{id}}.
   */
  public static String join(String... parts) {
    List<String> segments = new ArrayList<>();
    for (String part : parts) {
      String simplified = VARIABLE_WITH_REGEX.matcher(part).replaceAll("{$1}");
      for (String segment : simplified.split("/")) {
        if (!segment.isBlank()) {
          segments.add(segment.trim());
        }
      }
    }
    return "/" + String.join("/", segments);
  }
}

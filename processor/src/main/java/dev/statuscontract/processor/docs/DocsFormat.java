package dev.statuscontract.processor.docs;

import static java.util.stream.Collectors.joining;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The documentation formats, as {@code -Astatuscontract.docs} names them. {@code sarif} is the
 * build's findings as a SARIF 2.1.0 log ({@code findings.sarif}), for code-scanning services: asked
 * for by name (or with {@code all}), never by default.
 */
public enum DocsFormat {
  MARKDOWN,
  HTML,
  JSON,
  OPENAPI,
  SARIF;

  public static final String OPTION = "statuscontract.docs";

  /** The formats written where the option is not given: the four documents of the endpoints. */
  public static final Set<DocsFormat> DEFAULTS = Set.copyOf(EnumSet.of(MARKDOWN, HTML, JSON, OPENAPI));

  /** The formats and the problems of an option value; {@code null} (not given) means all. */
  public record Selection(Set<DocsFormat> formats, List<String> problems) {}

  public static Selection parse(String value) {
    if (value == null) {
      return new Selection(EnumSet.copyOf(DEFAULTS), List.of());
    }
    Set<DocsFormat> formats = EnumSet.noneOf(DocsFormat.class);
    List<String> problems = new ArrayList<>();
    for (String item : value.split(",")) {
      String name = item.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty() || name.equals("none")) {
        continue;
      }
      if (name.equals("all")) {
        formats.addAll(EnumSet.allOf(DocsFormat.class));
        continue;
      }
      try {
        formats.add(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException unknown) {
        problems.add(
            String.format(
                "unknown format '%s' in -A%s; write any of %s, or none",
                item.trim(),
                OPTION,
                Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(joining(", "))));
      }
    }
    return new Selection(formats, problems);
  }
}

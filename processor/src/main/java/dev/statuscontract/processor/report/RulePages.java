package dev.statuscontract.processor.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule pages, {@code docs/rules/<id>.md} of the repository, as the processor jar bundles them
 * (under {@code dev/statuscontract/processor/report/rules/}), for the help of each rule in {@link
 * Sarif}.
 */
final class RulePages {

  /** A Markdown link whose target is relative: {@code [text](../analysis.md#part)}. */
  private static final Pattern RELATIVE_LINK = Pattern.compile("\\[([^\\]]+)]\\((?![a-z][a-z0-9+.-]*:|#)([^)\\s]+)\\)");

  /**
   * What a page says of its rule.
   *
   * @param markdown the page, its relative links made absolute or reduced to their text
   * @param why the paragraphs of its "Why" section, as Markdown, links reduced to their text
   */
  record Page(String markdown, String why) {}

  private RulePages() {}

  /**
   * The page of rule {@code id}, its relative links resolved against {@code baseUri} (the URI of
   * the folder of the rule pages) or, without one, reduced to their text; empty where the jar has
   * no page of that id.
   */
  static Optional<Page> page(String id, Optional<URI> baseUri) {
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      return Optional.empty();
    }
    try (InputStream in = RulePages.class.getResourceAsStream("rules/" + id + ".md")) {
      if (in == null) {
        return Optional.empty();
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
      return Optional.of(new Page(links(text, baseUri).strip() + "\n", why(links(text, Optional.empty()))));
    } catch (IOException e) {
      throw new UncheckedIOException("reading a resource of the processor jar", e);
    }
  }

  /**
   * The paragraphs of the "## Why" section, each on one line (the page wraps them), separated by
   * an empty line; {@code ""} where the page has none.
   */
  private static String why(String page) {
    List<String> lines = page.lines().toList();
    int start = lines.indexOf("## Why");
    if (start < 0) {
      return "";
    }
    List<String> section = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#") || line.startsWith("```")) {
        break;
      }
      section.add(line);
    }
    List<String> paragraphs = new ArrayList<>();
    for (String paragraph : String.join("\n", section).strip().split("\n\\s*\n")) {
      paragraphs.add(paragraph.strip().replaceAll("\\s*\n\\s*", " "));
    }
    return String.join("\n\n", paragraphs);
  }

  private static String links(String text, Optional<URI> baseUri) {
    Matcher link = RELATIVE_LINK.matcher(text);
    StringBuilder out = new StringBuilder();
    while (link.find()) {
      String replacement =
          baseUri.map(base -> "[" + link.group(1) + "](" + base.resolve(link.group(2)) + ")").orElse(link.group(1));
      link.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    return link.appendTail(out).toString();
  }
}

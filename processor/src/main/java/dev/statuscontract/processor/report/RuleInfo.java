package dev.statuscontract.processor.report;

import java.util.Objects;
import java.util.Set;

/**
 * What a report says of one rule.
 *
 * @param id the rule's kebab-case id, such as {@code created-without-location}
 * @param summary one line on what the rule checks
 * @param defaultLevel {@code error}, {@code warning} or {@code off}: the severity when no option
 *     sets one
 */
public record RuleInfo(String id, String summary, String defaultLevel) {

  private static final Set<String> LEVELS = Set.of("error", "warning", "off");

  /** Checks that each part is there, and that the level is one of the three. */
  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(summary, "summary");
    if (!LEVELS.contains(defaultLevel)) {
      throw new IllegalArgumentException("a default level is error, warning or off: " + defaultLevel);
    }
  }
}

package dev.statuscontract.processor.rules;

import java.util.Locale;
import java.util.Optional;

/** How a rule's findings are reported. */
public enum Severity {
  /** Fails the build. */
  ERROR,
  /** Shown in the build log; fails the build only under {@code statuscontract.warningsAsErrors}. */
  WARNING,
  /** Not checked. */
  OFF;

  /** The severity that {@code name} spells ({@code error}, {@code warning} or {@code off}). */
  public static Optional<Severity> parse(String name) {
    for (Severity severity : values()) {
      if (severity.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  /** The name as options and documents spell it: {@code error}, {@code warning}, {@code off}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}

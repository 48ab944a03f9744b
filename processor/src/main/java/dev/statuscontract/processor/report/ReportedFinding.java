package dev.statuscontract.processor.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One finding as it is reported: the input of {@link FindingsJson}, {@link Baseline} and {@link
 * Sarif}. It holds what the processor printed, with the severity it printed it at, and what the
 * finding is about, which {@link Fingerprint} identifies it by.
 *
 * @param ruleId the rule's id, such as {@code created-without-location}
 * @param level the severity it was printed at
 * @param message the message, without the {@code [rule-id] } prefix
 * @param location where it is; {@code null} for a finding on no file (an option, say)
 * @param endpoints the endpoints it is about, such as {@code GET /users/{id}}; may be empty
 * @param code the HTTP status code it is about, or 0 for none
 * @param declaringType the qualified (canonical) name of the class it is in, or {@code ""} for
 *     none
 * @param javaMethod the name of the Java method it is on, or {@code ""} for none
 */
public record ReportedFinding(
    String ruleId,
    Level level,
    String message,
    SourceLocation location,
    List<String> endpoints,
    int code,
    String declaringType,
    String javaMethod) {

  /** The severity a finding was printed at. */
  public enum Level {
    ERROR,
    WARNING,
    NOTE;

    /** The level's name in reports: {@code error}, {@code warning} or {@code note}. */
    public String id() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Checks that every part but the location is there, and copies the endpoints. */
  public ReportedFinding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(message, "message");
    endpoints = List.copyOf(endpoints);
    Objects.requireNonNull(declaringType, "declaringType");
    Objects.requireNonNull(javaMethod, "javaMethod");
    if (code < 0) {
      throw new IllegalArgumentException("a status code is positive, or 0 for none: " + code);
    }
  }

  /** The path of its file relative to the source root, or {@code ""} for a finding on no file. */
  String file() {
    return location == null ? "" : location.path();
  }
}

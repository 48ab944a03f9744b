package dev.statuscontract.processor.diagnostics;

import static java.util.stream.Collectors.joining;

import dev.statuscontract.processor.rules.Rule;
import dev.statuscontract.processor.rules.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.Diagnostic;

/**
 * The rule severities that the processor options ask for:
 *
 * <ul>
 *   <li>{@code -Astatuscontract.rules=<rule-id>:<error|warning|off>[,...]}, the last setting of a
 *       rule winning;
 *   <li>{@code -Astatuscontract.warningsAsErrors=true}, which reports warnings as errors.
 * </ul>
 */
public final class RuleConfig {

  public static final String RULES_OPTION = "statuscontract.rules";
  public static final String WARNINGS_AS_ERRORS_OPTION = "statuscontract.warningsAsErrors";

  private final Map<String, Severity> severities;
  private final boolean warningsAsErrors;
  private final List<String> problems;

  private RuleConfig(Map<String, Severity> severities, boolean warningsAsErrors, List<String> problems) {
    this.severities = severities;
    this.warningsAsErrors = warningsAsErrors;
    this.problems = List.copyOf(problems);
  }

  /** Reads the options; what cannot be understood is kept in {@link #problems()}. */
  public static RuleConfig parse(Map<String, String> options, List<Rule> rules) {
    Map<String, Severity> severities = new HashMap<>();
    rules.forEach(rule -> severities.put(rule.id(), rule.defaultSeverity()));
    List<String> problems = new ArrayList<>();

    String setting = options.get(RULES_OPTION);
    if (setting != null) {
      for (String item : setting.split(",")) {
        if (item.isBlank()) {
          continue;
        }
        int colon = item.indexOf(':');
        String id = (colon < 0 ? item : item.substring(0, colon)).trim();
        String level = colon < 0 ? "" : item.substring(colon + 1).trim();
        Optional<Severity> severity = Severity.parse(level);
        if (!severities.containsKey(id)) {
          problems.add(
              String.format(
                  "unknown rule id '%s' in -A%s; the rules are: %s",
                  id, RULES_OPTION, rules.stream().map(Rule::id).sorted().collect(joining(", "))));
        } else if (severity.isEmpty()) {
          problems.add(
              String.format(
                  "'%s' in -A%s needs a severity of error, warning or off, as in %s:warning",
                  item.trim(), RULES_OPTION, id));
        } else {
          severities.put(id, severity.get());
        }
      }
    }

    boolean warningsAsErrors = BooleanOption.read(options, WARNINGS_AS_ERRORS_OPTION, false, problems);
    return new RuleConfig(severities, warningsAsErrors, problems);
  }

  /** The severity in force for {@code rule}. */
  public Severity severity(Rule rule) {
    return severities.getOrDefault(rule.id(), rule.defaultSeverity());
  }

  /** How a finding of {@code rule} is reported, or empty when the rule is off. */
  public Optional<Diagnostic.Kind> kind(Rule rule) {
    return switch (severity(rule)) {
      case OFF -> Optional.empty();
      case ERROR -> Optional.of(Diagnostic.Kind.ERROR);
      case WARNING -> Optional.of(warningsAsErrors ? Diagnostic.Kind.ERROR : Diagnostic.Kind.WARNING);
    };
  }

  /** What could not be understood in the options, one message each. */
  public List<String> problems() {
    return problems;
  }
}

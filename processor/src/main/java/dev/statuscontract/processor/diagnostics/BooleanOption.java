package dev.statuscontract.processor.diagnostics;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A {@code true}/{@code false} processor option, such as {@code -Astatuscontract.helpers=false}. */
public final class BooleanOption {

  private BooleanOption() {}

  /**
   * The option's value: {@code defaultValue} when it is not given, {@code true} when it is given
   * without a value ({@code -Akey}) or as {@code true}, {@code false} as {@code false}. Any other
   * value is added to {@code problems} and reads as {@code defaultValue}.
   */
  public static boolean read(Map<String, String> options, String key, boolean defaultValue, List<String> problems) {
    if (!options.containsKey(key)) {
      return defaultValue;
    }
    String value = options.get(key);
    String normalized = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    if (normalized.isEmpty() || normalized.equals("true")) {
      return true;
    }
    if (normalized.equals("false")) {
      return false;
    }
    problems.add(String.format("-A%s=%s is neither true nor false", key, value));
    return defaultValue;
  }
}

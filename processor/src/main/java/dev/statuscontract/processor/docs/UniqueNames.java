package dev.statuscontract.processor.docs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out names that are unique among those handed out: a name the first time, then the name
 * with {@code <separator>2}, {@code <separator>3}, ... after it, skipping any that are taken.
 *
 * <p>Each name remembers the suffix it got to, so that handing out the same name n times costs n
 * look-ups, not n²/2; the names are the same as those of trying every suffix from 2 each time,
 * because a suffix skipped once stays taken.
 */
final class UniqueNames {

  private final String separator;
  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> nextSuffix = new HashMap<>();
  private long probes;

  UniqueNames(String separator) {
    this.separator = separator;
  }

  /** {@code base}, or {@code base} with the lowest free suffix; taken from now on. */
  String claim(String base) {
    probes++;
    if (taken.add(base)) {
      return base;
    }
    int suffix = nextSuffix.getOrDefault(base, 2);
    String name = base + separator + suffix;
    for (probes++; !taken.add(name); probes++) {
      name = base + separator + ++suffix;
    }
    nextSuffix.put(base, suffix + 1);
    return name;
  }

  /** Takes {@code name} as it is, known to be free, so that {@link #claim} hands out others. */
  void reserve(String name) {
    taken.add(name);
  }

  /** How many names were tried so far, taken or not: the work done, for the tests. */
  long probes() {
    return probes;
  }
}

package dev.statuscontract.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Compiles random endpoint sources ({@link CaseGenerator}) with and without the processor and checks
 * what must always hold ({@link Oracle}). docs/fuzzing.md describes it.
 *
 * <p>The run is deterministic: a seed and a number of cases, {@code -Dfuzz.seed} and {@code
 * -Dfuzz.cases}; {@code -Dfuzz.first} starts at another case index, to run one case alone. Every
 * failing case of the run is collected, grouped by the signature of its failure, and reported
 * together, with the smallest example of each group ({@code -Dfuzz.shrink=true} shrinks it further).
 * The report is also written to {@code target/fuzz-report-<seed>.txt}.
 */
class FuzzTest {

  /** The seed of the CI run. */
  static final long DEFAULT_SEED = 20260101L;

  /** The cases of the CI run: about 35 s on two cores, within the 60 s budget. */
  static final int DEFAULT_CASES = 300;

  /** A case that takes longer than this hangs. */
  static final long CASE_TIMEOUT_SECONDS = 60;

  /** After this many hanging cases, the run stops and reports what it has. */
  static final int MAX_TIMEOUTS = 3;

  /** How many compilation pairs the shrinker may spend on each failure signature. */
  static final int SHRINK_BUDGET = 150;

  /** Cases whose failures share a signature. */
  private static final class Group {
    final String signature;
    final List<Integer> cases = new ArrayList<>();
    CaseRunner.Outcome smallest;
    String detail;

    Group(String signature) {
      this.signature = signature;
    }
  }

  @Test
  void theProcessorKeepsItsPromisesOnRandomSources() throws IOException {
    long seed = property("fuzz.seed", DEFAULT_SEED);
    int cases = Math.toIntExact(property("fuzz.cases", DEFAULT_CASES));
    int first = Math.toIntExact(property("fuzz.first", 0));
    boolean shrink = Boolean.getBoolean("fuzz.shrink");
    boolean verbose = Boolean.getBoolean("fuzz.verbose");
    Path reportFile = Path.of(System.getProperty("fuzz.report", "target/fuzz-report-" + seed + ".txt"));

    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, List<Integer>> unexpectedPlainFailures = new LinkedHashMap<>();
    List<String> skipped = new ArrayList<>();
    Map<String, List<Integer>> cleanRuleErrors = new java.util.TreeMap<>();
    int cleanCompiled = 0;
    int cleanWithRuleErrors = 0;
    long cpuNanos = 0;
    int plainCompiled = 0;
    int processedCompiled = 0;
    int failedCases = 0;
    int ran = 0;
    // The helper rule: cases by option value, and the helper classes that files referred to.
    Map<String, Integer> helperModes = new java.util.TreeMap<>();
    int referred = 0;
    int referredGenerated = 0;
    long started = System.nanoTime();
    try (CaseRunner runner = new CaseRunner(CASE_TIMEOUT_SECONDS)) {
      for (int i = first; i < first + cases; i++) {
        if (runner.timeouts() >= MAX_TIMEOUTS) {
          skipped.add("cases " + i + " to " + (first + cases - 1) + ": the run stopped after " + MAX_TIMEOUTS + " hangs");
          break;
        }
        FuzzCase fuzzCase = CaseGenerator.generate(seed, i);
        CaseRunner.Outcome outcome = runner.run(fuzzCase);
        ran++;
        cpuNanos += outcome.cpuNanos();
        if (outcome.skipped() != null) {
          skipped.add("case " + i + ": " + outcome.skipped());
          continue;
        }
        if (outcome.plain() != null && outcome.plain().success()) {
          plainCompiled++;
        } else if (outcome.plain() != null && fuzzCase.features().stream().noneMatch(f -> f.startsWith("expect-error"))) {
          // Sources the generator meant to compile but did not: a generator weakness, not a failure.
          String why =
              outcome.plain().errors().stream()
                  .findFirst()
                  .map(d -> Oracle.messageSignature(d, fuzzCase.names()))
                  .orElse("no error message");
          unexpectedPlainFailures.computeIfAbsent(why, k -> new ArrayList<>()).add(i);
        }
        if (outcome.processed() != null && outcome.processed().success()) {
          processedCompiled++;
        }
        helperModes.merge(fuzzCase.helpers().isEmpty() ? "default" : fuzzCase.helpers(), 1, Integer::sum);
        if (outcome.processed() != null && outcome.plain() != null && outcome.plain().success()) {
          for (String helper : fuzzCase.referredHelpers()) {
            referred++;
            if (outcome.processed().generatedSources().contains(helper.replace('.', '/') + ".java")) {
              referredGenerated++;
            }
          }
        }
        if (outcome.plain() != null && outcome.plain().success() && fuzzCase.features().contains("clean-contracts")) {
          // Contracts meant to keep every rule: a rule error here is a generator weakness (or a rule bug).
          cleanCompiled++;
          List<String> rules =
              outcome.processed().errors().stream()
                  .filter(d -> Oracle.isRuleFinding(d.message()))
                  .map(d -> d.message().substring(1, d.message().indexOf(']')))
                  .distinct()
                  .toList();
          if (!rules.isEmpty()) {
            cleanWithRuleErrors++;
            int index = i;
            rules.forEach(rule -> cleanRuleErrors.computeIfAbsent(rule, k -> new ArrayList<>()).add(index));
          }
        }
        if (outcome.failed()) {
          failedCases++;
        }
        for (Oracle.Violation violation : outcome.violations()) {
          Group group = groups.computeIfAbsent(violation.signature(), Group::new);
          if (group.cases.isEmpty() || group.cases.get(group.cases.size() - 1) != i) {
            group.cases.add(i);
          }
          if (group.smallest == null || fuzzCase.size() < group.smallest.fuzzCase().size()) {
            group.smallest = outcome;
            group.detail = violation.detail();
          }
        }
        if (verbose) {
          System.out.printf(
              "fuzz case %d: %s%n%s----- without the processor: %s----- with the processor: %s%n",
              i,
              outcome.failed() ? "FAILED " + outcome.violations().stream().map(Oracle.Violation::signature).toList() : "ok",
              fuzzCase.render(),
              outcome.plain() == null ? "-\n" : outcome.plain().render(),
              outcome.processed() == null ? "-\n" : trim(outcome.processed().render(12), 80));
        }
      }
      if (shrink) {
        for (Group group : groups.values()) {
          group.smallest = Shrinker.shrink(runner, group.smallest, group.signature, SHRINK_BUDGET);
          group.smallest.violations().stream()
              .filter(v -> v.signature().equals(group.signature))
              .findFirst()
              .ifPresent(v -> group.detail = v.detail());
        }
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double processCpu =
        ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(Double.NaN);

    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "status-contract fuzz test: seed %d, cases %d to %d (%d run) in %.1f s, %.0f ms a case"
                + " (compiling: %.1f s CPU; the test JVM so far: %.1f s CPU)%n",
            seed, first, first + cases - 1, ran, seconds, ran == 0 ? 0 : seconds * 1000 / ran, cpuNanos / 1e9, processCpu));
    report.append(
        String.format(
            "compiled without the processor: %d of %d; with it: %d; failing cases: %d%n",
            plainCompiled, ran, processedCompiled, failedCases));
    if (!unexpectedPlainFailures.isEmpty()) {
      report.append("generator: cases meant to compile that did not compile without the processor (not failures):\n");
      unexpectedPlainFailures.forEach(
          (why, indices) -> report.append("  ").append(indices.size()).append("x ").append(why).append(" (cases ").append(list(indices, 10)).append(")\n"));
    }
    report.append(
        String.format(
            "cases with clean contracts that compile without the processor: %d, with a rule error all the same: %d%n",
            cleanCompiled, cleanWithRuleErrors));
    cleanRuleErrors.forEach(
        (rule, indices) -> report.append("  ").append(indices.size()).append("x ").append(rule).append(" (cases ").append(list(indices, 10)).append(")\n"));
    report.append(
        String.format(
            "-Astatuscontract.helpers by case: %s; helper classes referred to in cases that compile without the"
                + " processor: %d, generated: %d (the others have no endpoint that can have a factory, or a taken name)%n",
            helperModes, referred, referredGenerated));
    skipped.forEach(s -> report.append("skipped ").append(s).append('\n'));
    if (groups.isEmpty()) {
      report.append("no failures\n");
    } else {
      List<Group> sorted = new ArrayList<>(groups.values());
      sorted.sort(Comparator.comparingInt((Group g) -> -g.cases.size()).thenComparing(g -> g.signature));
      report.append(String.format("%d distinct failure signature(s):%n", sorted.size()));
      for (int g = 0; g < sorted.size(); g++) {
        Group group = sorted.get(g);
        report.append(String.format("  [%d] %d case(s): %s%n", g + 1, group.cases.size(), group.signature));
      }
      for (int g = 0; g < sorted.size(); g++) {
        Group group = sorted.get(g);
        CaseRunner.Outcome example = group.smallest;
        report.append("\n========== [").append(g + 1).append("] ").append(group.signature).append('\n');
        report.append(group.cases.size()).append(" case(s): ").append(list(group.cases, 30)).append('\n');
        report.append("smallest example").append(shrink ? " (shrunk)" : "").append(":\n");
        report.append(example.fuzzCase().render());
        report.append("----- violation -----\n").append(trim(group.detail, 16)).append('\n');
        if (example.plain() != null) {
          report.append("----- without the processor (-proc:none): ").append(trim(example.plain().render(6), 40));
          report.append("----- with the processor: ").append(trim(example.processed().render(6), 40));
        }
      }
    }
    String text = report.toString();
    Files.createDirectories(reportFile.toAbsolutePath().getParent());
    Files.writeString(reportFile, text, StandardCharsets.UTF_8);
    System.out.println(
        groups.isEmpty()
            ? text
            : text.substring(0, text.indexOf("\n==========")) + "\n(full report: " + reportFile.toAbsolutePath() + ")");
    if (!groups.isEmpty()) {
      fail(text);
    }
  }

  @Test
  void aCaseDependsOnlyOnTheSeedAndItsIndex() {
    for (int i = 0; i < 50; i++) {
      FuzzCase once = CaseGenerator.generate(42, i);
      FuzzCase again = CaseGenerator.generate(42, i);
      assertEquals(once.render(), again.render());
      assertNotEquals(once.render(), CaseGenerator.generate(43, i).render());
    }
  }

  /** A number given with {@code -Dname=...}, decimal or {@code 0x} hexadecimal; a typo fails the run. */
  private static long property(String name, long defaultValue) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      return defaultValue;
    }
    try {
      return Long.decode(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("-D" + name + "=" + value + " is not a number", e);
    }
  }

  private static String list(List<Integer> indices, int max) {
    String shown = indices.stream().limit(max).map(String::valueOf).collect(Collectors.joining(", "));
    return indices.size() > max ? shown + ", ..." : shown;
  }

  private static String trim(String text, int maxLines) {
    String[] lines = text.split("\n", -1);
    if (lines.length <= maxLines) {
      return text.endsWith("\n") ? text : text + "\n";
    }
    return String.join("\n", List.of(lines).subList(0, maxLines)) + "\n  ... (" + (lines.length - maxLines) + " more lines)\n";
  }
}

package dev.statuscontract.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The openapi.json of both samples, as their builds generate it, through the two linters teams run
 * on OpenAPI documents: Redocly CLI with its {@code recommended} ruleset (redocly.yaml) and Spectral
 * with {@code spectral:oas} (.spectral.yaml). Each must report no error, and exactly the warnings
 * listed here, by rule id: a new warning fails the test as much as an error does, and so does a
 * listed one that is gone, so that the list and docs/generated-docs.md, which explains each of
 * them, stay true. The linters check the document's structure too: Spectral's {@code oas3-schema}
 * against the OpenAPI 3.1 JSON Schema, Redocly's {@code struct} against its model of the
 * specification.
 *
 * <p>The linters are the exact versions of package-lock.json, installed by {@code npm ci} in this
 * module's directory ({@code .ci/run} does it). Where Node.js is not on the PATH, or the linters are
 * not installed, the test is skipped with a message that says so: {@code mvn verify} needs nothing
 * but a JDK and Maven.
 */
class OpenApiLintTest {

  enum Linter {
    REDOCLY("redocly"),
    SPECTRAL("spectral");

    final String command;

    Linter(String command) {
      this.command = command;
    }
  }

  /** The warnings each linter reports on each sample, by rule id; docs/generated-docs.md explains each. */
  private static final Map<Linter, Map<String, Set<String>>> EXPECTED_WARNINGS =
      Map.of(
          Linter.REDOCLY,
          Map.of(
              "bookstore-jaxrs", Set.of("info-license", "operation-2xx-response"),
              "bookstore-spring", Set.of("info-license", "operation-4xx-response")),
          Linter.SPECTRAL,
          Map.of(
              "bookstore-jaxrs", Set.of("info-contact", "operation-description"),
              "bookstore-spring", Set.of("info-contact", "operation-description")));

  private static final long TIMEOUT_SECONDS = 120;
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> lints() {
    List<Arguments> lints = new ArrayList<>();
    for (Linter linter : Linter.values()) {
      for (String sample : new TreeSet<>(EXPECTED_WARNINGS.get(linter).keySet())) {
        lints.add(Arguments.of(linter, sample));
      }
    }
    return lints.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("lints")
  void theSamplesOpenApiHasNoErrorAndOnlyTheExplainedWarnings(Linter linter, String sample)
      throws IOException, InterruptedException {
    Path document = Path.of(property("statuscontract.samples." + sample), "META-INF/status-contract/openapi.json");
    assertTrue(Files.isRegularFile(document), "the " + sample + " build wrote no " + document);
    assumeLintersInstalled(linter);

    Map<String, Set<String>> findings = run(linter, document);

    assertEquals(
        Set.of(),
        findings.getOrDefault("error", Set.of()),
        linter.command + " errors on " + sample + "'s openapi.json");
    assertEquals(
        EXPECTED_WARNINGS.get(linter).get(sample),
        findings.getOrDefault("warning", Set.of()),
        linter.command + " warnings on " + sample + "'s openapi.json (explain a new one in docs/generated-docs.md"
            + " and list it here, or remove its cause)");
  }

  @Test
  void everyExpectedWarningIsExplainedInTheDocs() throws IOException {
    String page = Files.readString(Path.of(property("statuscontract.generatedDocsPage")), StandardCharsets.UTF_8);
    for (Map<String, Set<String>> bySample : EXPECTED_WARNINGS.values()) {
      for (Set<String> rules : bySample.values()) {
        for (String rule : rules) {
          assertTrue(page.contains("`" + rule + "`"), "docs/generated-docs.md does not explain " + rule);
        }
      }
    }
  }

  /**
   * Runs {@code linter} on {@code document}: its rule ids by severity, {@code error}, {@code
   * warning}, and the lesser ones as {@code info} and {@code hint}.
   */
  private static Map<String, Set<String>> run(Linter linter, Path document) throws IOException, InterruptedException {
    Path dir = lintDir();
    Path report = Files.createTempFile("openapi-lint-", ".json");
    Path log = Files.createTempFile("openapi-lint-", ".log");
    try {
      List<String> command = new ArrayList<>();
      command.add(dir.resolve("node_modules/.bin").resolve(linter.command).toString());
      command.add("lint");
      switch (linter) {
        case REDOCLY -> command.addAll(List.of("--config", "redocly.yaml", "--format", "json"));
        case SPECTRAL -> command.addAll(List.of("--ruleset", ".spectral.yaml", "--format", "json", "--output", report.toString()));
      }
      command.add(document.toString());
      ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectError(log.toFile());
      builder.redirectOutput(linter == Linter.REDOCLY ? report.toFile() : log.toFile());
      // No usage data sent, no update check, no colours.
      builder.environment().put("REDOCLY_TELEMETRY", "off");
      builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
      builder.environment().put("NO_COLOR", "1");
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(linter.command + " did not finish in " + TIMEOUT_SECONDS + " s");
      }
      JsonNode result;
      try {
        result = JSON.readTree(report.toFile());
      } catch (IOException e) {
        result = null;
      }
      if (result == null || result.isMissingNode()) {
        throw new AssertionError(
            linter.command + " exited with " + process.exitValue() + " and no report:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
      }
      Map<String, Set<String>> findings = new TreeMap<>();
      switch (linter) {
        case REDOCLY -> {
          for (JsonNode problem : result.path("problems")) {
            String severity = problem.path("severity").asText();
            findings
                .computeIfAbsent(severity.equals("warn") ? "warning" : severity, s -> new TreeSet<>())
                .add(problem.path("ruleId").asText());
          }
        }
        case SPECTRAL -> {
          List<String> severities = List.of("error", "warning", "info", "hint");
          for (JsonNode finding : result) {
            findings
                .computeIfAbsent(severities.get(finding.path("severity").asInt()), s -> new TreeSet<>())
                .add(finding.path("code").asText());
          }
        }
      }
      return findings;
    } finally {
      Files.deleteIfExists(report);
      Files.deleteIfExists(log);
    }
  }

  /** The reasons for skipping printed so far, so that each is printed once. */
  private static final Set<String> SAID = ConcurrentHashMap.newKeySet();

  /**
   * Skips the test where Node.js or the linter is missing, and says why on the console, where
   * surefire's count of skipped tests alone would not.
   */
  private static void assumeLintersInstalled(Linter linter) {
    String reason =
        !onPath("node")
            ? "Node.js is not on the PATH. Install Node.js 18.18 or later, then run npm ci in"
                + " integration-tests/openapi-lint (.ci/run does both)"
            : !Files.isExecutable(lintDir().resolve("node_modules/.bin").resolve(linter.command))
                ? linter.command + " is not installed. Run npm ci in integration-tests/openapi-lint (.ci/run does)"
                : null;
    if (reason != null && SAID.add(reason)) {
      System.err.println("[OpenApiLintTest] OpenAPI lint skipped: " + reason);
    }
    assumeTrue(reason == null, () -> "OpenAPI lint skipped: " + reason);
  }

  private static boolean onPath(String program) {
    String path = System.getenv("PATH");
    return path != null
        && Stream.of(path.split(File.pathSeparator))
            .filter(dir -> !dir.isEmpty())
            .map(dir -> Path.of(dir, program))
            .anyMatch(Files::isExecutable);
  }

  private static Path lintDir() {
    return Path.of(property("statuscontract.lintDir"));
  }

  private static String property(String name) {
    String value = System.getProperty(name, "");
    if (value.isBlank() || value.startsWith("${")) {
      throw new IllegalStateException(
          name + " is not set: run this test through Maven (mvn verify -pl integration-tests/openapi-lint -am),"
              + " which sets it");
    }
    return value;
  }
}

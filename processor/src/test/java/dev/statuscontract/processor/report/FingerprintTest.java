package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.processor.report.ReportedFinding.Level;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fingerprint is what the finding is about, and nothing of where or how it is printed. */
class FingerprintTest {

  private static final ReportedFinding CREATED = SampleFindings.CREATED;

  @Test
  void isTheDocumentedDigest() throws Exception {
    String text =
        "status-contract fingerprint v1\n"
            + "rule:created-without-location\n"
            + "endpoint:POST /users\n"
            + "status:201\n"
            + "class:com.acme.users.UserResource\n"
            + "method:create\n";
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));

    assertEquals(HexFormat.of().formatHex(digest).substring(0, 16), Fingerprint.of(CREATED));
    assertTrue(Fingerprint.isWellFormed(Fingerprint.of(CREATED)));
  }

  @Test
  void ignoresLineColumnMessageFileRootAndLevel() {
    ReportedFinding elsewhere =
        new ReportedFinding(
            CREATED.ruleId(),
            Level.WARNING,
            "another wording",
            new SourceLocation("file:///elsewhere/", "com/acme/Moved.java", 90, 11),
            CREATED.endpoints(),
            CREATED.code(),
            CREATED.declaringType(),
            CREATED.javaMethod());
    ReportedFinding noFile = with(CREATED, CREATED.ruleId(), CREATED.endpoints(), CREATED.code(), CREATED.javaMethod());

    assertEquals(Fingerprint.of(CREATED), Fingerprint.of(elsewhere));
    assertEquals(Fingerprint.of(CREATED), Fingerprint.of(noFile));
  }

  @Test
  void endpointsCountAsASet() {
    ReportedFinding delete = SampleFindings.DELETE;
    ReportedFinding reversed =
        with(delete, delete.ruleId(), List.of("DELETE /carts/{id}", "DELETE /orders/{id}", "DELETE /carts/{id}"), delete.code(), delete.javaMethod());

    assertEquals(Fingerprint.of(delete), Fingerprint.of(reversed));
  }

  @Test
  void changesWithWhatTheFindingIsAbout() {
    String original = Fingerprint.of(CREATED);

    assertNotEquals(original, Fingerprint.of(with(CREATED, "accepted-without-location", CREATED.endpoints(), 201, "create")));
    assertNotEquals(original, Fingerprint.of(with(CREATED, CREATED.ruleId(), List.of("POST /accounts"), 201, "create")));
    assertNotEquals(original, Fingerprint.of(with(CREATED, CREATED.ruleId(), CREATED.endpoints(), 202, "create")));
    assertNotEquals(original, Fingerprint.of(with(CREATED, CREATED.ruleId(), CREATED.endpoints(), 201, "register")));
    assertNotEquals(original, Fingerprint.of(with(CREATED, CREATED.ruleId(), CREATED.endpoints(), 201, "")));
  }

  /** {@code finding} on no file, with these parts. */
  private static ReportedFinding with(ReportedFinding finding, String rule, List<String> endpoints, int code, String method) {
    return new ReportedFinding(rule, finding.level(), finding.message(), null, endpoints, code, finding.declaringType(), method);
  }
}

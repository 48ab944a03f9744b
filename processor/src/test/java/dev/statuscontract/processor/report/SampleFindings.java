package dev.statuscontract.processor.report;

import dev.statuscontract.processor.report.ReportedFinding.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The findings of a realistic build, for the report tests: several rules, an error, warnings and a
 * note, sources under two source roots ({@code src/main/java} and the generated sources of
 * openapi-generator), two identical findings, and a finding on no file.
 */
final class SampleFindings {

  static final String MAIN = "file:///home/dev/shop/src/main/java/";
  static final String GENERATED = "file:///home/dev/shop/target/generated-sources/openapi/src/gen/java/";

  static final ReportedFinding CREATED =
      new ReportedFinding(
          "created-without-location",
          Level.ERROR,
          "POST /users declares 201 Created without a Location header; add headers = \"Location\" (RFC 9110 §15.3.2)",
          new SourceLocation(MAIN, "com/acme/users/UserResource.java", 17, 3),
          List.of("POST /users"),
          201,
          "com.acme.users.UserResource",
          "create");

  static final ReportedFinding RETRY_AFTER =
      new ReportedFinding(
          "retry-after-recommended",
          Level.WARNING,
          "GET /search declares 429 Too Many Requests without a Retry-After header; add headers = \"Retry-After\" (RFC 6585 §4)",
          new SourceLocation(MAIN, "com/acme/search/SearchResource.java", 21, 3),
          List.of("GET /search"),
          429,
          "com.acme.search.SearchResource",
          "search");

  /** On a class that openapi-generator wrote, under the second source root. */
  static final ReportedFinding UNDECLARED_FIRST =
      new ReportedFinding(
          "undeclared-status",
          Level.ERROR,
          "GET /pets/{petId} answers 404 Not Found, which its contract does not declare; declare @Returns(404)",
          new SourceLocation(GENERATED, "org/openapitools/api/PetApiImpl.java", 40, 7),
          List.of("GET /pets/{petId}"),
          404,
          "org.openapitools.api.PetApiImpl",
          "getPetById");

  /** The same finding as {@link #UNDECLARED_FIRST} on another line of the same method. */
  static final ReportedFinding UNDECLARED_SECOND =
      new ReportedFinding(
          "undeclared-status",
          Level.ERROR,
          "GET /pets/{petId} answers 404 Not Found, which its contract does not declare; declare @Returns(404)",
          new SourceLocation(GENERATED, "org/openapitools/api/PetApiImpl.java", 44, 7),
          List.of("GET /pets/{petId}"),
          404,
          "org.openapitools.api.PetApiImpl",
          "getPetById");

  /** On an interface implemented twice: two endpoints, listed in no particular order. */
  static final ReportedFinding DELETE =
      new ReportedFinding(
          "delete-success-status",
          Level.NOTE,
          "DELETE /orders/{id} and DELETE /carts/{id} declare 201 Created for a DELETE",
          new SourceLocation(MAIN, "com/acme/orders/Deletable.java", 9, 3),
          List.of("DELETE /orders/{id}", "DELETE /carts/{id}"),
          201,
          "com.acme.orders.Deletable",
          "delete");

  /** A finding on no file. */
  static final ReportedFinding NO_FILE =
      new ReportedFinding(
          "missing-contract",
          Level.WARNING,
          "GET /health has no contract",
          null,
          List.of("GET /health"),
          0,
          "com.acme.Health",
          "");

  static final List<ReportedFinding> ALL =
      List.of(CREATED, RETRY_AFTER, UNDECLARED_FIRST, UNDECLARED_SECOND, DELETE, NO_FILE);

  static final List<RuleInfo> RULES =
      List.of(
          new RuleInfo("undeclared-status", "An endpoint's body answers a status its written contract does not declare.", "error"),
          new RuleInfo("created-without-location", "201 Created must say where the new resource is, with a Location header (PUT excepted).", "error"),
          new RuleInfo("retry-after-recommended", "429 and 503 should say when to retry, with Retry-After.", "warning"),
          new RuleInfo("delete-success-status", "A successful DELETE answers 200, 202 or 204.", "warning"),
          new RuleInfo("missing-contract", "Every endpoint declares its statuses.", "off"));

  private SampleFindings() {}

  /** {@link #ALL} shuffled with {@code seed}. */
  static List<ReportedFinding> shuffled(long seed) {
    List<ReportedFinding> findings = new ArrayList<>(ALL);
    Collections.shuffle(findings, new Random(seed));
    return findings;
  }

  /** {@code finding} at another line and column, with another message. */
  static ReportedFinding moved(ReportedFinding finding, int lines) {
    SourceLocation at = finding.location();
    return new ReportedFinding(
        finding.ruleId(),
        finding.level(),
        finding.message() + " (reworded)",
        new SourceLocation(at.sourceRoot(), at.path(), at.line() + lines, at.column() + 2),
        finding.endpoints(),
        finding.code(),
        finding.declaringType(),
        finding.javaMethod());
  }
}

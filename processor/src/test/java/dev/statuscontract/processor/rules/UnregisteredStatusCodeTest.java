package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnregisteredStatusCodeTest {

  /** A JAX-RS (javax) resource whose report endpoint declares 200 and {@code code}. */
  private static JavaFileObject resourceDeclaring(int code) {
    return source(
        "com.acme.ReportResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import javax.ws.rs.GET;",
        "import javax.ws.rs.Path;",
        "@Path(\"/reports\")",
        "public class ReportResource {",
        "  @GET",
        "  @Returns(200)",
        "  @Returns(value = " + code + ", description = \"The report is stale\")",
        "  public String latest() { return \"\"; }",
        "}");
  }

  @Test
  void warnsOnAnUnassignedCodeAndSuggestsTheCodeOfItsClass() {
    JavaFileObject resource =
        source(
            "com.acme.ReportResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/reports\")",
            "public class ReportResource {",
            "  @GET",
            "  @Returns(value = 299, description = \"The report is stale\")",
            "  public String latest() { return \"\"; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[unregistered-status-code] GET /reports declares 299, which the IANA registry does not"
                + " assign; a client that does not know it treats it as 200 OK, so declare that or a"
                + " registered code that says more (RFC 9110 §15, §16.2.1)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 299");
  }

  @Test
  void warnsOn418WhichTheRegistryReservesAsUnused() {
    JavaFileObject resource = resourceDeclaring(418);

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[unregistered-status-code] GET /reports declares 418, which the IANA registry reserves"
                + " as unused")
        .inFile(resource)
        .onLineContaining("@Returns(value = 418");
    assertThat(compilation)
        .hadWarningContaining("declare a current code that says what happened instead (RFC 9110 §15.5.19)");
  }

  @Test
  void warnsOn306WhichTheRegistryReservesAsUnused() {
    JavaFileObject resource = resourceDeclaring(306);

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[unregistered-status-code] GET /reports declares 306, which the IANA registry reserves"
                + " as unused (it was Switch Proxy)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 306");
    assertThat(compilation).hadWarningContaining("(RFC 9110 §15.4.7)");
  }

  @ParameterizedTest
  @ValueSource(ints = {305, 510})
  void warnsOnADeprecatedCode(int code) {
    JavaFileObject resource = resourceDeclaring(code);

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[unregistered-status-code] GET /reports declares " + code)
        .inFile(resource)
        .onLineContaining("@Returns(value = " + code);
    assertThat(compilation).hadWarningContaining("which the IANA registry marks deprecated");
    assertThat(compilation).hadWarningContaining("declare a current code that says what happened instead");
    assertThat(compilation).hadWarningContaining(code == 305 ? "(RFC 9110 §15.4.6)" : "RFC 2774 is Historic");
  }

  @Test
  void namesADeprecatedCodeByItsReasonPhrase() {
    Compilation compilation = compile(resourceDeclaring(305));

    assertThat(compilation).hadWarningContaining("declares 305 Use Proxy, which the IANA registry marks deprecated");
  }

  /** 1xx codes are informational-status's: an unassigned 199 gets that error, not this warning. */
  @Test
  void leavesInformationalCodesToInformationalStatus() {
    JavaFileObject resource = resourceDeclaring(199);

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[informational-status]");
    Truth.assertThat(messages(compilation)).doesNotContain("[unregistered-status-code]");
  }

  /** Out of range is invalid-status-code's error, not an unregistered code. */
  @ParameterizedTest
  @ValueSource(ints = {600, 999, 0})
  void leavesCodesOutOfRangeToInvalidStatusCode(int code) {
    Compilation compilation = compile(resourceDeclaring(code));

    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation).hadErrorContaining("[invalid-status-code]");
    Truth.assertThat(messages(compilation)).doesNotContain("[unregistered-status-code]");
  }

  @Test
  void warnsOnceOnAClassLevelCodeSharedByTwoEndpoints() {
    JavaFileObject resource =
        source(
            "com.acme.ReportResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/reports\")",
            "@Returns(499)",
            "public class ReportResource {",
            "  @GET @Returns(200) public String latest() { return \"\"; }",
            "  @GET @Path(\"{id}\") @Returns(200) public String find(String id) { return id; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "declares 499 (from class ReportResource), which the IANA registry does not assign;"
                + " a client that does not know it treats it as 400 Bad Request")
        .inFile(resource)
        .onLineContaining("@Returns(499)");
  }

  @ParameterizedTest
  @ValueSource(ints = {203, 207, 208, 226, 404, 421, 422, 425, 451, 500, 508, 511})
  void acceptsRegisteredCodes(int code) {
    assertThat(compile(resourceDeclaring(code))).succeededWithoutWarnings();
  }

  private static String messages(Compilation compilation) {
    return String.join(
        "\n",
        compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
  }
}

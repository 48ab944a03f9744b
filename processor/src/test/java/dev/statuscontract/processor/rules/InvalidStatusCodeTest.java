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
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidStatusCodeTest {

  /** A Jakarta REST resource whose lookup declares 200 and {@code code}. */
  private static JavaFileObject resourceDeclaring(int code) {
    return source(
        "com.acme.UserResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import jakarta.ws.rs.GET;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"/users\")",
        "public class UserResource {",
        "  @GET",
        "  @Path(\"{id}\")",
        "  @Returns(200)",
        "  @Returns(value = " + code + ", description = \"No such user\")",
        "  public String find(String id) { return id; }",
        "}");
  }

  @Test
  void reportsACodeOutsideTheRangeOnItsAnnotation() {
    JavaFileObject resource = resourceDeclaring(4040);

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[invalid-status-code] GET /users/{id} declares 4040, which is not an HTTP status code;"
                + " use a code from 100 to 599, such as 404 Not Found (RFC 9110 §15)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 4040");
  }

  /** The suggestion reads the code as a typo where it can: 2000 was 200, 20 was 200. */
  @ParameterizedTest
  @CsvSource({
    "0,    200 OK or 400 Bad Request",
    "99,   200 OK or 400 Bad Request",
    "600,  200 OK or 400 Bad Request",
    "2000, 200 OK",
    "20,   200 OK",
  })
  void reportsEveryCodeOutside100To599(int code, String suggestion) {
    JavaFileObject resource = resourceDeclaring(code);

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    // Out of range is this rule's alone: unregistered-status-code and the rest stay quiet.
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[invalid-status-code] GET /users/{id} declares " + code + ", which is not an HTTP status code")
        .inFile(resource)
        .onLineContaining("@Returns(value = " + code + ",");
    assertThat(compilation).hadErrorContaining("such as " + suggestion + " (RFC 9110 §15)");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 199, 200, 599})
  void acceptsTheBoundsOfTheRange(int code) {
    Compilation compilation = compile(resourceDeclaring(code));

    Truth.assertThat(messages(compilation)).doesNotContain("[invalid-status-code]");
  }

  @Test
  void reportsAClassLevelCodeOnceForAllEndpoints() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.DELETE;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "@Returns(5000)",
            "public class UserResource {",
            "  @GET @Returns(200) public String list() { return \"\"; }",
            "  @DELETE @Path(\"{id}\") @Returns(204) public void remove(String id) {}",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "declares 5000 (from class UserResource), which is not an HTTP status code; use a code"
                + " from 100 to 599, such as 500 Internal Server Error (RFC 9110 §15)")
        .inFile(resource)
        .onLineContaining("@Returns(5000)");
  }

  @Test
  void acceptsTheCorrectedCode() {
    assertThat(compile(resourceDeclaring(404))).succeededWithoutWarnings();
  }

  /** The suggested fix must itself be a valid final status: a 1xx is never one (RFC 9110 §15.2). */
  @ParameterizedTest
  @ValueSource(ints = {1, -1, 10, 1000, 1010})
  void neverSuggestsAnInformationalStatus(int code) {
    Compilation compilation = compile(resourceDeclaring(code));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[invalid-status-code]");
    Truth.assertThat(messages(compilation)).doesNotContainMatch("such as 1\\d\\d ");
  }

  private static String messages(Compilation compilation) {
    return String.join(
        "\n",
        compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
  }
}

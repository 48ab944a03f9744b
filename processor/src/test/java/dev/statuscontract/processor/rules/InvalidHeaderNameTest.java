package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidHeaderNameTest {

  /** A JAX-RS (javax) resource whose GET endpoint declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String returns) {
    return source(
        "com.acme.OrderResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import javax.ws.rs.GET;",
        "import javax.ws.rs.Path;",
        "@Path(\"/orders\")",
        "public class OrderResource {",
        "  @GET",
        "  " + returns,
        "  public String list() { return \"\"; }",
        "}");
  }

  @Test
  void reportsANameWithItsValueAndSuggestsTheNameAlone() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 200, headers = \"Location: /x\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[invalid-header-name] GET /orders declares 200 OK with the header name \"Location: /x\","
                + " which is not a valid field name")
        .inFile(resource)
        .onLineContaining("@Returns(value = 200");
    assertThat(compilation).hadErrorContaining("write \"Location\" instead of \"Location: /x\" (RFC 9110 §5.1, §5.6.2)");
  }

  @Test
  void reportsANameWithASpaceAndSuggestsAHyphen() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 200, headers = \"Retry After\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[invalid-header-name] GET /orders declares 200 OK with the header name \"Retry After\","
                + " which is not a valid field name")
        .inFile(resource)
        .onLineContaining("@Returns(value = 200");
    assertThat(compilation).hadErrorContaining("write \"Retry-After\" instead of \"Retry After\" (RFC 9110 §5.1, §5.6.2)");
  }

  @Test
  void reportsAnEmptyName() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 200, headers = \"\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[invalid-header-name] GET /orders declares 200 OK with the header name \"\", which is"
                + " not a valid field name")
        .inFile(resource)
        .onLineContaining("@Returns(value = 200");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §5.1, §5.6.2)");
  }

  @Test
  void tellsToRemoveAnEmptyName() {
    assertThat(compile(resourceDeclaring("@Returns(value = 200, headers = \"\")")))
        .hadErrorContaining("the header name \"\", which is not a valid field name; remove the empty name (RFC 9110");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Request-Id", "x-request-id", "ETag", "X-RateLimit-Remaining"})
  void acceptsTokens(String header) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 200, headers = {\"Cache-Control\", \"" + header + "\"})");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void reportsEveryInvalidNameOnOneDeclarationInOneFinding() {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 200, headers = {\"Retry After\", \"Location: /x\"})");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "with the header name \"Retry After\" and the header name \"Location: /x\", which are not"
                + " valid field names; write \"Retry-After\" instead of \"Retry After\"; write"
                + " \"Location\" instead of \"Location: /x\"")
        .inFile(resource)
        .onLineContaining("@Returns(value = 200");
  }

  @Test
  void reportsAClassLevelInvalidNameOnTheClassAnnotationOnce() {
    JavaFileObject controller =
        source(
            "com.acme.OrderController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/orders\")",
            "@Returns(value = 400, headers = \"X Request Id\")",
            "public class OrderController {",
            "  @GetMapping @Returns(200) public String list() { return \"\"; }",
            "  @GetMapping(\"/{id}\") @Returns(200) public String get() { return \"\"; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[invalid-header-name] Each of GET /orders and GET /orders/{id} declares 400 Bad Request (from class"
                + " OrderController) with the header name \"X Request Id\"")
        .inFile(controller)
        .onLineContaining("@Returns(value = 400");
    assertThat(compilation).hadErrorContaining("\"X-Request-Id\"");
  }
}

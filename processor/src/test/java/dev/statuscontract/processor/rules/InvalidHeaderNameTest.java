package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Disabled;
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
    assertThat(compilation).hadErrorContaining("\"Location\" (RFC 9110 §5.1, §5.6.2)");
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
    assertThat(compilation).hadErrorContaining("\"Retry-After\" (RFC 9110 §5.1, §5.6.2)");
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

  @Disabled(
      "unclear message: for an empty name the fix reads 'write the name alone, such as"
          + " \"Location\"', a header the user never meant; it should say to remove the empty name")
  @Test
  void tellsToRemoveAnEmptyName() {
    assertThat(compile(resourceDeclaring("@Returns(value = 200, headers = \"\")")))
        .hadErrorContaining("remove the empty header name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"X-Request-Id", "x-request-id", "ETag", "X-RateLimit-Remaining"})
  void acceptsTokens(String header) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 200, headers = {\"Cache-Control\", \"" + header + "\"})");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Disabled(
      "bug: the processor keeps one finding per rule, place and code, so a second bad name on the"
          + " same @Returns is dropped; only \"Retry After\" is reported")
  @Test
  void reportsEveryInvalidNameOnOneDeclaration() {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 200, headers = {\"Retry After\", \"Location: /x\"})");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("the header name \"Retry After\"");
    assertThat(compilation).hadErrorContaining("the header name \"Location: /x\"");
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
            "[invalid-header-name] GET /orders declares 400 Bad Request (from class"
                + " OrderController) with the header name \"X Request Id\"")
        .inFile(controller)
        .onLineContaining("@Returns(value = 400");
    assertThat(compilation).hadErrorContaining("\"X-Request-Id\"");
  }
}

package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectWithoutLocationTest {

  /** A Jakarta REST resource whose GET endpoint declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String returns) {
    return source(
        "com.acme.LegacyResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import jakarta.ws.rs.GET;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"/old-users\")",
        "public class LegacyResource {",
        "  @GET",
        "  " + returns,
        "  @Returns(404)",
        "  public String find() { return \"\"; }",
        "}");
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "301, Moved Permanently, RFC 9110 §15.4.2",
    "302, Found, RFC 9110 §15.4.3",
    "303, See Other, RFC 9110 §15.4.4",
    "307, Temporary Redirect, RFC 9110 §15.4.8",
    "308, Permanent Redirect, RFC 9110 §15.4.9",
  })
  void reportsEachRedirectWithoutLocationOnItsAnnotation(int code, String reason, String citation) {
    JavaFileObject resource = resourceDeclaring("@Returns(" + code + ")");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[redirect-without-location] GET /old-users declares " + code + " " + reason
                + " without a Location header")
        .inFile(resource)
        .onLineContaining("@Returns(" + code + ")");
    assertThat(compilation).hadErrorContaining("add headers = \"Location\" (" + citation + ")");
  }

  @Test
  void suggestsAddingLocationToTheHeadersAlreadyDeclared() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 307, headers = \"Cache-Control\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[redirect-without-location] GET /old-users declares 307 Temporary Redirect without a"
                + " Location header")
        .inFile(resource)
        .onLineContaining("@Returns(value = 307");
    assertThat(compilation)
        .hadErrorContaining("add headers = {\"Cache-Control\", \"Location\"} (RFC 9110 §15.4.8)");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void acceptsEachRedirectWithLocation(int code) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = " + code + ", headers = \"Location\")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"location", "LOCATION", "LoCaTiOn"})
  void comparesTheHeaderNameCaseInsensitively(String header) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 301, headers = {\"Cache-Control\", \"" + header + "\"})");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 304})
  void doesNotAskForLocationOn3xxThatAreNotRedirectsToOneTarget(int code) {
    // 300 Multiple Choices only may carry Location (§15.4.1); 304 Not Modified redirects nowhere.
    JavaFileObject resource = resourceDeclaring("@Returns(" + code + ")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void reportsAClassLevelRedirectOnTheClassAnnotationOnce() {
    JavaFileObject resource =
        source(
            "com.acme.ArchiveResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/archive\")",
            "@Returns(308)",
            "public class ArchiveResource {",
            "  @GET public String list() { return \"\"; }",
            "  @GET @Path(\"/{id}\") public String find() { return \"\"; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[redirect-without-location] Each of GET /archive and GET /archive/{id} declares 308 Permanent Redirect (from class"
                + " ArchiveResource) without a Location header")
        .inFile(resource)
        .onLineContaining("@Returns(308)");
  }

  @Test
  void reportsAComposedRedirectOnTheReturnsInsideTheAnnotationTypeOnce() {
    JavaFileObject moved =
        source(
            "com.acme.Moved",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "@Returns(301)",
            "public @interface Moved {}");
    JavaFileObject resource =
        source(
            "com.acme.LegacyResource",
            "package com.acme;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/legacy\")",
            "public class LegacyResource {",
            "  @GET @Moved public String home() { return \"\"; }",
            "  @GET @Path(\"/about\") @Moved public String about() { return \"\"; }",
            "}");

    Compilation compilation = compile(moved, resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[redirect-without-location] Each of GET /legacy and GET /legacy/about declares 301 Moved Permanently (from @Moved)"
                + " without a Location header")
        .inFile(moved)
        .onLineContaining("@Returns(301)");
  }
}

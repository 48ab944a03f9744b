package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MethodNotAllowedWithoutAllowTest {

  /** A Jakarta REST resource whose creating POST endpoint also declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String returns) {
    return source(
        "com.acme.UserResource",
        "package com.acme;",
        "import dev.statuscontract.Creates;",
        "import dev.statuscontract.Returns;",
        "import jakarta.ws.rs.POST;",
        "import jakarta.ws.rs.Path;",
        "@Path(\"/users\")",
        "public class UserResource {",
        "  @POST",
        "  @Creates",
        "  @Returns(value = 201, headers = \"Location\")",
        "  " + returns,
        "  public String create(String user) { return user; }",
        "}");
  }

  @Test
  void reportsA405WithoutAllowOnItsAnnotation() {
    JavaFileObject resource = resourceDeclaring("@Returns(405)");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[method-not-allowed-without-allow] POST /users declares 405 Method Not Allowed without")
        .inFile(resource)
        .onLineContaining("@Returns(405)");
    assertThat(compilation).hadErrorContaining("Allow header");
    assertThat(compilation).hadErrorContaining("add headers = \"Allow\" (RFC 9110 §15.5.6, §10.2.1)");
  }

  @Test
  void namesTheHeaderWithTheRightArticle() {
    assertThat(compile(resourceDeclaring("@Returns(405)")))
        .hadErrorContaining(
            "[method-not-allowed-without-allow] POST /users declares 405 Method Not Allowed without"
                + " an Allow header");
  }

  @Test
  void suggestsAddingAllowToTheHeadersAlreadyDeclared() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 405, headers = \"Cache-Control\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("add headers = {\"Cache-Control\", \"Allow\"} (RFC 9110 §15.5.6, §10.2.1)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 405");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Allow", "allow", "ALLOW"})
  void acceptsA405WithAllowInAnyCase(String header) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 405, headers = \"" + header + "\")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void reportsAClassLevel405OnTheClassAnnotationOnce() {
    JavaFileObject resource =
        source(
            "com.acme.ReportResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.PUT;",
            "import jakarta.ws.rs.DELETE;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/reports/{id}\")",
            "@Returns(405)",
            "public class ReportResource {",
            "  @PUT @Returns(204) public void replace(String report) {}",
            "  @DELETE @Returns(204) public void remove() {}",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[method-not-allowed-without-allow] Each of PUT /reports/{id} and DELETE /reports/{id} declares 405 Method Not Allowed"
                + " (from class ReportResource) without")
        .inFile(resource)
        .onLineContaining("@Returns(405)");
  }
}

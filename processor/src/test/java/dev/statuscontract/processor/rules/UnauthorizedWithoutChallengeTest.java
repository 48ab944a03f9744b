package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnauthorizedWithoutChallengeTest {

  /** A JAX-RS (javax) resource whose GET endpoint declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String returns) {
    return source(
        "com.acme.ProfileResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import javax.ws.rs.GET;",
        "import javax.ws.rs.Path;",
        "@Path(\"/me\")",
        "public class ProfileResource {",
        "  @GET",
        "  @Returns(200)",
        "  " + returns,
        "  public String profile() { return \"\"; }",
        "}");
  }

  @Test
  void reportsA401WithoutWwwAuthenticateOnItsAnnotation() {
    JavaFileObject resource = resourceDeclaring("@Returns(401)");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[unauthorized-without-challenge] GET /me declares 401 Unauthorized without a"
                + " WWW-Authenticate header")
        .inFile(resource)
        .onLineContaining("@Returns(401)");
    assertThat(compilation)
        .hadErrorContaining("add headers = \"WWW-Authenticate\" (RFC 9110 §15.5.2, §11.6.1)");
  }

  @Test
  void suggestsAddingTheChallengeToTheHeadersAlreadyDeclared() {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 401, headers = \"Cache-Control\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "add headers = {\"Cache-Control\", \"WWW-Authenticate\"} (RFC 9110 §15.5.2, §11.6.1)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 401");
  }

  @ParameterizedTest
  @ValueSource(strings = {"WWW-Authenticate", "www-authenticate", "Www-Authenticate"})
  void acceptsA401WithTheChallengeInAnyCase(String header) {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 401, headers = \"" + header + "\")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void doesNotAskForAChallengeOnA403() {
    // 403 Forbidden: the client is known and refused; re-authenticating would not help (§15.5.4).
    assertThat(compile(resourceDeclaring("@Returns(403)"))).succeededWithoutWarnings();
  }

  @Test
  void reportsAClassLevel401OnTheClassAnnotationOnce() {
    JavaFileObject resource =
        source(
            "com.acme.AdminResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.DELETE;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/admin\")",
            "@Returns(401)",
            "public class AdminResource {",
            "  @GET @Returns(200) public String settings() { return \"\"; }",
            "  @DELETE @Path(\"/cache\") @Returns(204) public void flush() {}",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[unauthorized-without-challenge] Each of GET /admin and DELETE /admin/cache declares 401 Unauthorized (from class"
                + " AdminResource) without a WWW-Authenticate header")
        .inFile(resource)
        .onLineContaining("@Returns(401)");
  }

  @Test
  void aMethodLevelDeclarationWithTheChallengeReplacesTheClassLevelOne() {
    JavaFileObject resource =
        source(
            "com.acme.AdminResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/admin\")",
            "@Returns(401)",
            "public class AdminResource {",
            "  @GET",
            "  @Returns(200)",
            "  @Returns(value = 401, headers = \"WWW-Authenticate\")",
            "  public String settings() { return \"\"; }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void reportsAComposed401OnTheReturnsInsideTheAnnotationTypeOnce() {
    JavaFileObject secured =
        source(
            "com.acme.Secured",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.lang.annotation.Retention;",
            "import java.lang.annotation.RetentionPolicy;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@Returns(401)",
            "@Returns(403)",
            "public @interface Secured {}");
    JavaFileObject resource =
        source(
            "com.acme.ProfileResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.PUT;",
            "import javax.ws.rs.Path;",
            "@Path(\"/me\")",
            "public class ProfileResource {",
            "  @GET @Secured @Returns(200) public String profile() { return \"\"; }",
            "  @PUT @Secured @Returns(204) public void update(String profile) {}",
            "}");

    Compilation compilation = compile(secured, resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[unauthorized-without-challenge] Each of GET /me and PUT /me declares 401 Unauthorized (from @Secured)"
                + " without a WWW-Authenticate header")
        .inFile(secured)
        .onLineContaining("@Returns(401)");
  }
}

package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterRecommendedTest {

  /** A Jakarta REST resource whose search endpoint declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String... returns) {
    String[] lines = {
      "package com.acme;",
      "import dev.statuscontract.Returns;",
      "import jakarta.ws.rs.GET;",
      "import jakarta.ws.rs.Path;",
      "@Path(\"/search\")",
      "public class SearchResource {",
      "  @GET",
      "  @Returns(200)",
    };
    String[] all = new String[lines.length + returns.length + 2];
    System.arraycopy(lines, 0, all, 0, lines.length);
    for (int i = 0; i < returns.length; i++) {
      all[lines.length + i] = "  " + returns[i];
    }
    all[all.length - 2] = "  public String search() { return \"\"; }";
    all[all.length - 1] = "}";
    return source("com.acme.SearchResource", all);
  }

  @Test
  void warnsOnA429WithoutRetryAfter() {
    JavaFileObject resource = resourceDeclaring("@Returns(429)");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[retry-after-recommended] GET /search declares 429 Too Many Requests without a"
                + " Retry-After header")
        .inFile(resource)
        .onLineContaining("@Returns(429)");
    assertThat(compilation).hadWarningContaining("add headers = \"Retry-After\" (RFC 6585 §4)");
  }

  @Test
  void theAdviceDropsAnInvalidNameThatInvalidHeaderNameSaysToReplace() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 429, headers = {\"Retry After\", \"X-Limit\"})");

    Compilation compilation = compile(resource);

    assertThat(compilation)
        .hadWarningContaining("add headers = {\"X-Limit\", \"Retry-After\"} (RFC 6585 §4)")
        .inFile(resource)
        .onLineContaining("Retry After");
    assertThat(compilation).hadErrorContaining("[invalid-header-name]").inFile(resource).onLineContaining("Retry After");
  }

  @Test
  void warnsOnA503WithoutRetryAfter() {
    JavaFileObject resource = resourceDeclaring("@Returns(503)");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[retry-after-recommended] GET /search declares 503 Service Unavailable without a"
                + " Retry-After header")
        .inFile(resource)
        .onLineContaining("@Returns(503)");
    assertThat(compilation)
        .hadWarningContaining("add headers = \"Retry-After\" (RFC 9110 §15.6.4, §10.2.3)");
  }

  @Test
  void warnsOnceForEachOfA429AndA503OnTheSameEndpoint() {
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 429, headers = \"RateLimit-Policy\")", "@Returns(503)");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining("add headers = {\"RateLimit-Policy\", \"Retry-After\"} (RFC 6585 §4)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 429");
    assertThat(compilation)
        .hadWarningContaining("GET /search declares 503 Service Unavailable")
        .inFile(resource)
        .onLineContaining("@Returns(503)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Retry-After", "retry-after", "RETRY-AFTER"})
  void acceptsRetryAfterInAnyCase(String header) {
    JavaFileObject resource =
        resourceDeclaring(
            "@Returns(value = 429, headers = \"" + header + "\")",
            "@Returns(value = 503, headers = \"" + header + "\")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(ints = {500, 502, 504})
  void doesNotAskForRetryAfterOnOtherServerErrors(int code) {
    assertThat(compile(resourceDeclaring("@Returns(" + code + ")"))).succeededWithoutWarnings();
  }

  @Test
  void warnsAboutAClassLevel503OnTheClassAnnotationOnce() {
    JavaFileObject resource =
        source(
            "com.acme.CatalogResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/catalog\")",
            "@Returns(503)",
            "public class CatalogResource {",
            "  @GET @Returns(200) public String list() { return \"\"; }",
            "  @GET @Path(\"/{id}\") @Returns(200) public String find() { return \"\"; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[retry-after-recommended] Each of GET /catalog and GET /catalog/{id} declares 503 Service Unavailable (from class"
                + " CatalogResource) without a Retry-After header")
        .inFile(resource)
        .onLineContaining("@Returns(503)");
  }

  @Test
  void failsTheBuildUnderWarningsAsErrors() {
    JavaFileObject resource = resourceDeclaring("@Returns(429)");

    Compilation compilation =
        compile(List.of("-Astatuscontract.warningsAsErrors=true"), resource);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[retry-after-recommended] GET /search declares 429 Too Many Requests")
        .inFile(resource)
        .onLineContaining("@Returns(429)");
  }
}

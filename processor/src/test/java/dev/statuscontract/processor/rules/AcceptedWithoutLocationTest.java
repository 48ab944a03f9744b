package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AcceptedWithoutLocationTest {

  /** A JAX-RS (javax) resource whose POST endpoint declares {@code returns}. */
  private static JavaFileObject resourceDeclaring(String returns) {
    return source(
        "com.acme.ReportResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import javax.ws.rs.POST;",
        "import javax.ws.rs.Path;",
        "@Path(\"/reports\")",
        "public class ReportResource {",
        "  @POST",
        "  " + returns,
        "  @Returns(400)",
        "  public void generate(String request) {}",
        "}");
  }

  @Test
  void warnsOnA202WithoutLocation() {
    JavaFileObject resource = resourceDeclaring("@Returns(202)");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[accepted-without-location] POST /reports declares 202 Accepted without a Location"
                + " header")
        .inFile(resource)
        .onLineContaining("@Returns(202)");
    assertThat(compilation).hadWarningContaining("status monitor");
    assertThat(compilation).hadWarningContaining("add headers = \"Location\" (RFC 9110 §15.3.3; Location is the convention)");
  }

  @Test
  void suggestsAddingLocationToTheHeadersAlreadyDeclared() {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 202, headers = \"Retry-After\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("add headers = {\"Retry-After\", \"Location\"} (RFC 9110 §15.3.3; Location is the convention)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 202");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Location", "location", "LOCATION"})
  void acceptsA202WithLocationInAnyCase(String header) {
    JavaFileObject resource = resourceDeclaring("@Returns(value = 202, headers = \"" + header + "\")");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void doesNotTakeContentLocationForLocation() {
    // Content-Location names the representation sent, not a monitor to poll (RFC 9110 §8.7).
    JavaFileObject resource =
        resourceDeclaring("@Returns(value = 202, headers = \"Content-Location\")");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[accepted-without-location]")
        .inFile(resource)
        .onLineContaining("@Returns(value = 202");
  }

  @Test
  void warnsAboutAComposed202OnTheReturnsInsideTheAnnotationTypeOnce() {
    JavaFileObject queued =
        source(
            "com.acme.Queued",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "@Returns(202)",
            "public @interface Queued {}");
    JavaFileObject resource =
        source(
            "com.acme.JobResource",
            "package com.acme;",
            "import javax.ws.rs.DELETE;",
            "import javax.ws.rs.POST;",
            "import javax.ws.rs.Path;",
            "@Path(\"/jobs\")",
            "public class JobResource {",
            "  @POST @Queued public void submit(String job) {}",
            "  @DELETE @Path(\"/{id}\") @Queued public void cancel() {}",
            "}");

    Compilation compilation = compile(queued, resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[accepted-without-location] Each of POST /jobs and DELETE /jobs/{id} declares 202 Accepted (from @Queued) without a"
                + " Location header")
        .inFile(queued)
        .onLineContaining("@Returns(202)");
  }
}

package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartialContentWithoutContentRangeTest {

  /** A Spring controller whose download endpoint declares {@code returns}. */
  private static JavaFileObject controllerDeclaring(String returns) {
    return source(
        "com.acme.FileController",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        "@RequestMapping(\"/files\")",
        "public class FileController {",
        "  @GetMapping(\"/{id}/content\")",
        "  @Returns(200)",
        "  " + returns,
        "  @Returns(416)",
        "  public byte[] download(@PathVariable String id) { return new byte[0]; }",
        "}");
  }

  @Test
  void reportsA206WithoutContentRangeOnItsAnnotation() {
    JavaFileObject controller = controllerDeclaring("@Returns(206)");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[partial-content-without-content-range] GET /files/{id}/content declares 206 Partial"
                + " Content without a Content-Range header")
        .inFile(controller)
        .onLineContaining("@Returns(206)");
    assertThat(compilation)
        .hadErrorContaining("add headers = \"Content-Range\" (RFC 9110 §15.3.7, §14.4)");
  }

  @Test
  void suggestsAddingContentRangeToTheHeadersAlreadyDeclared() {
    JavaFileObject controller =
        controllerDeclaring("@Returns(value = 206, headers = {\"ETag\", \"Accept-Ranges\"})");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "add headers = {\"ETag\", \"Accept-Ranges\", \"Content-Range\"} (RFC 9110 §15.3.7, §14.4)")
        .inFile(controller)
        .onLineContaining("@Returns(value = 206");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Content-Range", "content-range", "CONTENT-RANGE"})
  void acceptsA206WithContentRangeInAnyCase(String header) {
    JavaFileObject controller =
        controllerDeclaring("@Returns(value = 206, headers = {\"ETag\", \"" + header + "\"})");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  @Test
  void doesNotTakeContentLengthOrRangeForContentRange() {
    JavaFileObject controller =
        controllerDeclaring("@Returns(value = 206, headers = {\"Content-Length\", \"Range\"})");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[partial-content-without-content-range]")
        .inFile(controller)
        .onLineContaining("@Returns(value = 206");
  }
}

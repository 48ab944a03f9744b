package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InformationalStatusTest {

  @Test
  void reports100ContinueOnItsAnnotation() {
    JavaFileObject controller =
        source(
            "com.acme.UploadController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/uploads\")",
            "public class UploadController {",
            "  @PostMapping",
            "  @Returns(value = 100, description = \"Send the body\")",
            "  @Returns(200)",
            "  @Returns(413)",
            "  public String upload(@RequestBody String data) { return data; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[informational-status] POST /uploads declares 100 Continue, but a 1xx status is interim"
                + " and never the final response; remove it and declare the final status the"
                + " endpoint sends (RFC 9110 §15.2)")
        .inFile(controller)
        .onLineContaining("@Returns(value = 100");
  }

  @ParameterizedTest
  @CsvSource({"102, 102 Processing", "103, 103 Early Hints", "199, 199"})
  void reportsEvery1xxCode(int code, String status) {
    JavaFileObject controller =
        source(
            "com.acme.PageController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class PageController {",
            "  @GetMapping(\"/pages/{slug}\")",
            "  @Returns(" + code + ")",
            "  @Returns(200)",
            "  public String page(@PathVariable String slug) { return slug; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    // An unassigned 1xx such as 199 is this rule's alone, not unregistered-status-code's too.
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[informational-status] GET /pages/{slug} declares " + status + ", but a 1xx status is"
                + " interim")
        .inFile(controller)
        .onLineContaining("@Returns(" + code + ")");
  }

  @Test
  void reportsAClassLevel1xxOnceForAllEndpoints() {
    JavaFileObject controller =
        source(
            "com.acme.PageController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/pages\")",
            "@Returns(103)",
            "public class PageController {",
            "  @GetMapping @Returns(200) public String list() { return \"\"; }",
            "  @GetMapping(\"/{slug}\") @Returns(200) public String page(@PathVariable String slug) {"
                + " return slug; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("declares 103 Early Hints (from class PageController), but a 1xx status is interim")
        .inFile(controller)
        .onLineContaining("@Returns(103)");
  }

  @Test
  void acceptsTheContractWithOnlyFinalStatuses() {
    JavaFileObject controller =
        source(
            "com.acme.UploadController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/uploads\")",
            "public class UploadController {",
            "  @PostMapping",
            "  @Returns(200)",
            "  @Returns(413)",
            "  public String upload(@RequestBody String data) { return data; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }
}

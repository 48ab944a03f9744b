package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpgradeRequiredWithoutUpgradeTest {

  /** A Spring controller whose GET endpoint declares {@code returns}. */
  private static JavaFileObject controllerDeclaring(String returns) {
    return source(
        "com.acme.StreamController",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        "public class StreamController {",
        "  @GetMapping(\"/stream\")",
        "  @Returns(200)",
        "  " + returns,
        "  public String stream() { return \"\"; }",
        "}");
  }

  @Test
  void reportsA426WithoutUpgradeOnItsAnnotation() {
    JavaFileObject controller = controllerDeclaring("@Returns(426)");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[upgrade-required-without-upgrade] GET /stream declares 426 Upgrade Required without")
        .inFile(controller)
        .onLineContaining("@Returns(426)");
    assertThat(compilation).hadErrorContaining("Upgrade header");
    assertThat(compilation).hadErrorContaining("add headers = \"Upgrade\" (RFC 9110 §15.5.22, §7.8)");
  }

  @Test
  void namesTheHeaderWithTheRightArticle() {
    assertThat(compile(controllerDeclaring("@Returns(426)")))
        .hadErrorContaining(
            "[upgrade-required-without-upgrade] GET /stream declares 426 Upgrade Required without an"
                + " Upgrade header");
  }

  @Test
  void doesNotTakeConnectionForUpgrade() {
    JavaFileObject controller = controllerDeclaring("@Returns(value = 426, headers = \"Connection\")");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("add headers = {\"Connection\", \"Upgrade\"} (RFC 9110 §15.5.22, §7.8)")
        .inFile(controller)
        .onLineContaining("@Returns(value = 426");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Upgrade", "upgrade", "UPGRADE"})
  void acceptsA426WithUpgradeInAnyCase(String header) {
    JavaFileObject controller =
        controllerDeclaring("@Returns(value = 426, headers = {\"" + header + "\", \"Connection\"})");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  @Test
  void reportsAClassLevel426OnTheClassAnnotationOnce() {
    JavaFileObject controller =
        source(
            "com.acme.LegacyController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/v1\")",
            "@Returns(426)",
            "public class LegacyController {",
            "  @GetMapping(\"/status\") @Returns(200) public String status() { return \"\"; }",
            "  @GetMapping(\"/events\") @Returns(200) public String events() { return \"\"; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[upgrade-required-without-upgrade] Each of GET /v1/status and GET /v1/events declares 426 Upgrade Required (from"
                + " class LegacyController) without")
        .inFile(controller)
        .onLineContaining("@Returns(426)");
  }
}

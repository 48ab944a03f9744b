package dev.statuscontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  /** The fixture's body is a placeholder; the analysis of bodies has its own suppression test. */
  private static Compilation compile(JavaFileObject source) {
    return Compilations.compile(List.of("-Astatuscontract.analysis=false"), source);
  }


  private static JavaFileObject resource(String classAnnotation, String methodAnnotation) {
    return source(
        "com.acme.UserController",
        "package com.acme;",
        "import dev.statuscontract.*;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        classAnnotation,
        "public class UserController {",
        "  @PostMapping(\"/users\") @Creates",
        methodAnnotation,
        "  @Returns(201)",
        "  @Returns(429)",
        "  public void create() {}",
        "}");
  }

  @Test
  void withoutSuppressionBothRulesReport() {
    Compilation compilation = compile(resource("", ""));
    assertThat(compilation).hadErrorContaining("[created-without-location]");
    assertThat(compilation).hadWarningContaining("[retry-after-recommended]");
  }

  @Test
  void ruleSuppressionOnTheMethodSilencesOnlyThatRule() {
    JavaFileObject source = resource("", "@SuppressWarnings(\"statuscontract:created-without-location\")");
    Compilation compilation = compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[retry-after-recommended]").inFile(source).onLineContaining("@Returns(429)");
  }

  @Test
  void ruleSuppressionOnTheClassSilencesThatRuleInside() {
    Compilation compilation =
        compile(resource("@SuppressWarnings({\"unchecked\", \"statuscontract:retry-after-recommended\"})", ""));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[created-without-location]");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void bareSuppressionSilencesEveryRule() {
    assertThat(compile(resource("", "@SuppressWarnings(\"statuscontract\")"))).succeededWithoutWarnings();
    assertThat(compile(resource("@SuppressWarnings(\"statuscontract\")", ""))).succeededWithoutWarnings();
  }

  @Test
  void suppressingAnotherRuleOrToolSilencesNothing() {
    Compilation compilation =
        compile(resource("", "@SuppressWarnings({\"all\", \"statuscontract:body-not-allowed\"})"));
    assertThat(compilation).hadErrorContaining("[created-without-location]");
    assertThat(compilation).hadWarningContaining("[retry-after-recommended]");
  }
}

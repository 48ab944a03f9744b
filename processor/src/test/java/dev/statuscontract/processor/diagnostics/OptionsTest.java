package dev.statuscontract.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class OptionsTest {

  /** One error finding (created-without-location) and one warning finding (retry-after-recommended). */
  private static final JavaFileObject RESOURCE =
      source(
          "com.acme.UserResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST @Creates",
          "  @Returns(201)",
          "  @Returns(429)",
          "  public jakarta.ws.rs.core.Response create() { return jakarta.ws.rs.core.Response.status(201).build(); }",
          "}");

  private static Compilation compileWith(String... options) {
    return compile(List.of(options), RESOURCE);
  }

  @Test
  void defaultsReportErrorsAndWarnings() {
    Compilation compilation = compileWith();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[created-without-location]").inFile(RESOURCE).onLineContaining("@Returns(201)");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[retry-after-recommended]").inFile(RESOURCE).onLineContaining("@Returns(429)");
  }

  @Test
  void rulesOptionSetsSeveritiesWithWhitespaceAndLastSettingWinning() {
    Compilation compilation =
        compileWith(
            "-Astatuscontract.rules= created-without-location : warning ,retry-after-recommended:off,"
                + " retry-after-recommended:error");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[retry-after-recommended]").inFile(RESOURCE).onLineContaining("@Returns(429)");
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[created-without-location]").inFile(RESOURCE).onLineContaining("@Returns(201)");
  }

  @Test
  void offSilencesARule() {
    Compilation compilation =
        compileWith(
            "-Astatuscontract.rules=created-without-location:off,retry-after-recommended:off",
            "-Astatuscontract.analysis=false");
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void warningsAsErrorsTurnsWarningsIntoErrors() {
    Compilation compilation = compileWith("-Astatuscontract.warningsAsErrors=true");
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[retry-after-recommended]").inFile(RESOURCE).onLineContaining("@Returns(429)");
    assertThat(compilation).hadWarningCount(0);
  }

  @Test
  void warningsAsErrorsFalseChangesNothing() {
    Compilation compilation = compileWith("-Astatuscontract.warningsAsErrors=false");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(1);
  }

  @Test
  void unknownRuleIdIsAnErrorNamingTheValidOnes() {
    Compilation compilation = compileWith("-Astatuscontract.rules=created-without-locaton:off");
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] unknown rule id 'created-without-locaton' in -Astatuscontract.rules;"
                + " the rules are: accepted-without-location, body-not-allowed,");
    assertThat(compilation).hadErrorContaining("created-without-location, declared-not-returned, delete-success-status");
  }

  @Test
  void unknownSeverityIsAnErrorNamingTheValidOnes() {
    Compilation compilation = compileWith("-Astatuscontract.rules=created-without-location:fatal");
    assertThat(compilation)
        .hadErrorContaining(
            "'created-without-location:fatal' in -Astatuscontract.rules needs a severity of error,"
                + " warning or off");
  }

  @Test
  void badWarningsAsErrorsValueIsAnError() {
    assertThat(compileWith("-Astatuscontract.warningsAsErrors=yes"))
        .hadErrorContaining("-Astatuscontract.warningsAsErrors=yes is neither true nor false");
  }

  @Test
  void everyOptionIsDeclaredSoJavacDoesNotWarnAboutIt() {
    JavaFileObject clean =
        source(
            "com.acme.Clean",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/clean\")",
            "public class Clean { @GET @Returns(200) public String get() { return \"\"; } }");
    assertThat(
            compile(
                List.of(
                    "-Xlint:all,-processing",
                    "-Astatuscontract.rules=missing-contract:warning",
                    "-Astatuscontract.warningsAsErrors=false",
                    "-Astatuscontract.securityScheme=bearer",
                    "-Astatuscontract.contact=api@example.com",
                    "-Astatuscontract.license=Apache-2.0"),
                clean))
        .succeededWithoutWarnings();
  }
}

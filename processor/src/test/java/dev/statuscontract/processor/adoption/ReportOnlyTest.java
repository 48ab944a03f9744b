package dev.statuscontract.processor.adoption;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** -Astatuscontract.errorsAsWarnings=true: every finding is printed, none fails the build. */
class ReportOnlyTest {

  static final JavaFileObject RESOURCE =
      source(
          "com.acme.UserResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST @Creates @Returns(201) @Returns(429) public void create() {}",
          "  @GET @Returns(200) public String list() { return \"\"; }",
          "}");

  @Test
  void everyErrorIsPrintedAsAWarningAndTheBuildSucceeds() {
    Compilation strict = compile(List.of("-Astatuscontract.docs=none"), RESOURCE);
    Compilation reportOnly = compile(List.of("-Astatuscontract.docs=none", "-Astatuscontract.errorsAsWarnings=true"), RESOURCE);

    assertThat(strict.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(reportOnly.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Outputs.findings(reportOnly, Diagnostic.Kind.ERROR)).isEmpty();
    List<String> all = new ArrayList<>(Outputs.printed(strict));
    assertThat(all).containsExactly("6 created-without-location", "6 undeclared-status", "6 retry-after-recommended");
    assertThat(Outputs.printed(reportOnly)).containsExactlyElementsIn(all);
    assertThat(Outputs.findings(reportOnly, Diagnostic.Kind.WARNING)).hasSize(3);
  }

  @Test
  void theSummaryStillCountsWhatWouldHaveBeenErrors() {
    Compilation reportOnly = compile(List.of("-Astatuscontract.docs=none", "-Astatuscontract.errorsAsWarnings=true"), RESOURCE);

    assertThat(Outputs.summary(reportOnly))
        .isEqualTo(
            "[status-contract] checked 2 endpoints in 1 class: 2 errors (printed as warnings: report only), 1 warning;"
                + " the code of all 2 read");
  }

  @Test
  void withoutErrorsTheSummaryIsAsUsual() {
    JavaFileObject clean =
        source(
            "com.acme.Clean",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/c\")",
            "public class Clean {",
            "  @GET @Returns(200) public String get() { return \"\"; }",
            "}");
    Compilation reportOnly = compile(List.of("-Astatuscontract.docs=none", "-Astatuscontract.errorsAsWarnings=true"), clean);

    assertThat(Outputs.summary(reportOnly)).isEqualTo("[status-contract] checked 1 endpoint in 1 class: 0 errors, 0 warnings; its code read");
  }

  @Test
  void aValueOtherThanTrueOrFalseIsOneError() {
    Compilation compilation = compile(List.of("-Astatuscontract.errorsAsWarnings=yes"), RESOURCE);

    assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Outputs.own(compilation, Diagnostic.Kind.ERROR))
        .containsExactly("[status-contract] -Astatuscontract.errorsAsWarnings=yes is neither true nor false");
  }
}

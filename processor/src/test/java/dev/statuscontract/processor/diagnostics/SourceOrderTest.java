package dev.statuscontract.processor.diagnostics;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/** Findings come out as a reader goes down the file, not grouped by rule. */
class SourceOrderTest {

  @Test
  void findingsOfOneFileArePrintedInSourceOrder() {
    Compilation compilation =
        compile(
            source(
                "com.acme.UserResource",
                "package com.acme;",
                "import dev.statuscontract.*;",
                "import jakarta.ws.rs.*;",
                "@Path(\"/users\")",
                "public class UserResource {",
                "  @POST @Creates",
                "  @Returns(201)",
                "  public void create() {}",
                "  @GET",
                "  @Returns(999)",
                "  public String get() { return \"\"; }",
                "}"));

    // Among the rules, invalid-status-code (line 10) and missing-success-status (on the method, line
    // 11) come before created-without-location (line 7): the file has them the other way round.
    // The findings on the bodies (the 204 that create answers, line 8, and the 200 that get
    // returns, line 11) come after the analysis, and take their places among them.
    List<Long> lines =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
            .map(Diagnostic::getLineNumber)
            .toList();
    assertThat(lines).containsExactly(7L, 8L, 10L, 11L, 11L).inOrder();
  }
}

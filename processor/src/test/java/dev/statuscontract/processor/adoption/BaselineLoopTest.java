package dev.statuscontract.processor.adoption;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The baseline loop: a build writes findings.json; kept as the baseline, it accepts those findings
 * (counted in one note, never printed, never failing the build), a new finding prints and fails as
 * usual, and an entry no finding matches any more is named in one note.
 */
class BaselineLoopTest {

  @TempDir Path dir;

  private static final JavaFileObject ORDERS =
      source(
          "com.acme.OrderResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "@Path(\"/orders\")",
          "public class OrderResource {",
          "  @POST @Creates @Returns(201) public Response create() {",
          "    return Response.status(201).build();",
          "  }",
          "  @GET @Path(\"{id}\") @Returns(200) public Response get(@PathParam(\"id\") String id) {",
          "    if (id.isEmpty()) {",
          "      return Response.status(404).build();",
          "    }",
          "    return Response.ok().build();",
          "  }",
          "  @DELETE @Path(\"{id}\") @Returns(value = 503, description = \"Down\") @Returns(204) public void delete(@PathParam(\"id\") String id) {}",
          "}");

  /** The same resource, its methods in another order, reformatted, and moved down the file. */
  private static final JavaFileObject ORDERS_REORDERED =
      source(
          "com.acme.OrderResource",
          "package com.acme;",
          "",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "",
          "/** Orders. */",
          "@Path(\"/orders\")",
          "public class OrderResource {",
          "",
          "  @DELETE",
          "  @Path(\"{id}\")",
          "  @Returns(value = 503, description = \"Down\")",
          "  @Returns(204)",
          "  public void delete(@PathParam(\"id\") String id) {}",
          "",
          "  @GET",
          "  @Path(\"{id}\")",
          "  @Returns(200)",
          "  public Response get(@PathParam(\"id\") String id) {",
          "    if (id.isEmpty()) {",
          "      return Response",
          "          .status(404)",
          "          .build();",
          "    }",
          "    return Response.ok().build();",
          "  }",
          "",
          "  @POST",
          "  @Creates",
          "  @Returns(201)",
          "  public Response create() {",
          "    return Response.status(201).build();",
          "  }",
          "}");

  private Path baselineOf(Compilation compilation) throws IOException {
    Path baseline = dir.resolve("status-contract-baseline.json");
    Files.writeString(baseline, Outputs.report(compilation, "findings.json").orElseThrow(), StandardCharsets.UTF_8);
    return baseline;
  }

  /** The first build of the loop: every finding printed, none failing it, so that its files can be read. */
  private static Compilation reportOnly(JavaFileObject... sources) {
    return compile(List.of("-Astatuscontract.docs=none", "-Astatuscontract.errorsAsWarnings=true"), sources);
  }

  private static Compilation compileWithBaseline(Path baseline, JavaFileObject... sources) {
    return compile(List.of("-Astatuscontract.docs=none", "-Astatuscontract.baseline=" + baseline), sources);
  }

  @Test
  void everyBuildWritesItsFindingsEvenWithoutDocumentation() {
    Compilation first = reportOnly(ORDERS);

    assertThat(first.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Outputs.printed(first)).containsExactly("7 created-without-location", "12 undeclared-status", "16 retry-after-recommended");
    String json = Outputs.report(first, "findings.json").orElseThrow();
    assertThat(json).contains("\"rule\": \"created-without-location\"");
    assertThat(json).contains("\"file\": \"com/acme/OrderResource.java\"");
    assertThat(json).contains("\"line\": 12");
    assertThat(json).contains("\"class\": \"com.acme.OrderResource\"");
    assertThat(json).contains("\"method\": \"get\"");
    assertThat(json).doesNotContain("/tmp");
  }

  @Test
  void theBaselineAcceptsTodaysFindingsAndTheBuildPasses() throws IOException {
    Path baseline = baselineOf(reportOnly(ORDERS));

    Compilation second = compileWithBaseline(baseline, ORDERS);

    assertThat(second.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Outputs.printed(second)).isEmpty();
    assertThat(Outputs.own(second, Diagnostic.Kind.NOTE))
        .containsExactly(
            "[status-contract] 3 findings accepted by the baseline " + baseline + " are not printed (2 errors, 1 warning);"
                + " fix them one at a time, and each fix makes an entry of the baseline stale",
            "[status-contract] checked 3 endpoints in 1 class: 0 errors, 0 warnings, 3 accepted by the baseline;"
                + " the code of all 3 read")
        .inOrder();
    // findings.json stays the whole state: the accepted findings are in it.
    assertThat(Outputs.report(second, "findings.json")).isEqualTo(Files.readString(baseline).transform(java.util.Optional::of));
  }

  @Test
  void aNewMistakeIsPrintedAndFailsTheBuild() throws IOException {
    Path baseline = baselineOf(reportOnly(ORDERS));
    JavaFileObject mistake =
        source(
            "com.acme.InvoiceResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/invoices\")",
            "public class InvoiceResource {",
            "  @POST @Creates @Returns(201) public void create() {}",
            "}");

    Compilation third = compileWithBaseline(baseline, ORDERS, mistake);

    assertThat(third.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Outputs.printed(third)).containsExactly("6 created-without-location", "6 undeclared-status");
    assertThat(Outputs.summary(third)).contains(": 2 errors, 0 warnings, 3 accepted by the baseline;");
  }

  @Test
  void theSameFindingOnAnotherEndpointIsNew() throws IOException {
    Path baseline = baselineOf(reportOnly(ORDERS));
    JavaFileObject more =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @POST @Creates @Returns(201) public Response create() {",
            "    return Response.status(201).build();",
            "  }",
            "  @GET @Path(\"{id}\") @Returns(200) public Response get(@PathParam(\"id\") String id) {",
            "    if (id.isEmpty()) {",
            "      return Response.status(404).build();",
            "    }",
            "    return Response.ok().build();",
            "  }",
            "  @GET @Path(\"{id}/lines\") @Returns(200) public Response lines(@PathParam(\"id\") String id) {",
            "    return id.isEmpty() ? Response.status(404).build() : Response.ok().build();",
            "  }",
            "  @DELETE @Path(\"{id}\") @Returns(value = 503, description = \"Down\") @Returns(204) public void delete(@PathParam(\"id\") String id) {}",
            "}");

    Compilation build = compileWithBaseline(baseline, more);

    assertThat(Outputs.printed(build)).containsExactly("17 undeclared-status");
    assertThat(build.status()).isEqualTo(Compilation.Status.FAILURE);
  }

  @Test
  void reorderingAndReformattingKeepsEveryEntry() throws IOException {
    Path baseline = baselineOf(reportOnly(ORDERS));

    Compilation moved = compileWithBaseline(baseline, ORDERS_REORDERED);

    assertThat(moved.status()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(Outputs.printed(moved)).isEmpty();
    assertThat(Outputs.own(moved, Diagnostic.Kind.NOTE).stream().filter(n -> n.contains("no finding any more")).toList()).isEmpty();
  }

  @Test
  void aFixedFindingMakesItsEntryStaleAndOneNoteNamesIt() throws IOException {
    Path baseline = baselineOf(reportOnly(ORDERS));
    JavaFileObject fixed =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @POST @Creates @Returns(201) public Response create() {",
            "    return Response.status(201).build();",
            "  }",
            "  @GET @Path(\"{id}\") @Returns(200) @Returns(404) public Response get(@PathParam(\"id\") String id) {",
            "    if (id.isEmpty()) {",
            "      return Response.status(404).build();",
            "    }",
            "    return Response.ok().build();",
            "  }",
            "  @DELETE @Path(\"{id}\") @Returns(value = 503, description = \"Down\") @Returns(204) public void delete(@PathParam(\"id\") String id) {}",
            "}");

    Compilation build = compileWithBaseline(baseline, fixed);

    assertThat(build.status()).isEqualTo(Compilation.Status.SUCCESS);
    List<String> stale = Outputs.own(build, Diagnostic.Kind.NOTE).stream().filter(n -> n.contains("no finding any more")).toList();
    assertThat(stale).hasSize(1);
    assertThat(stale.get(0))
        .matches(
            "\\[status-contract] 1 entry of the baseline \\S+ matches no finding any more \\(fixed, or changed beyond"
                + " recognition\\); remove it, or copy this build's findings.json over the baseline:"
                + " undeclared-status on GET /orders/\\{id}, status 404, in com/acme/OrderResource.java"
                + " \\(findings\\[1], fingerprint [0-9a-f]{16}\\)");
    assertThat(Outputs.summary(build)).contains(": 0 errors, 0 warnings, 2 accepted by the baseline;");
  }

  @Test
  void aMissingBaselineIsOneErrorThatNamesIt() {
    Path missing = dir.resolve("nowhere/baseline.json");

    Compilation build = compileWithBaseline(missing, ORDERS);

    assertThat(build.status()).isEqualTo(Compilation.Status.FAILURE);
    assertThat(Outputs.own(build, Diagnostic.Kind.ERROR))
        .containsExactly("[status-contract] -Astatuscontract.baseline: " + missing + " does not exist");
  }

  @Test
  void aBaselineThatIsNoJsonIsOneErrorThatSaysWhere() throws IOException {
    Path broken = dir.resolve("baseline.json");
    Files.writeString(broken, "{\"version\": 1, \"findings\": [\n  {\"fingerprint\": \"0123456789abcdef\",}\n]}\n");

    Compilation build = compileWithBaseline(broken, ORDERS);

    assertThat(build.status()).isEqualTo(Compilation.Status.FAILURE);
    List<String> errors = Outputs.own(build, Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0)).startsWith("[status-contract] -Astatuscontract.baseline: " + broken + " is not valid JSON: ");
    assertThat(errors.get(0)).contains("line 2");
  }

  @Test
  void anEntryThatNoLongerParsesIsReportedAndTheOthersStillCount() throws IOException {
    String json = Outputs.report(reportOnly(ORDERS), "findings.json").orElseThrow();
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, json.replaceFirst("\"fingerprint\": \"[0-9a-f]{16}\"", "\"fingerprint\": \"edited by hand\""));

    Compilation build = compileWithBaseline(baseline, ORDERS);

    List<String> errors = Outputs.own(build, Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0))
        .isEqualTo(
            "[status-contract] -Astatuscontract.baseline: " + baseline + ": findings[0] (line 4) has the fingerprint \"edited by"
                + " hand\", which is not 16 lower-case hexadecimal digits as findings.json writes them; it is left out of the"
                + " baseline");
    assertThat(Outputs.printed(build)).containsExactly("7 created-without-location");
    assertThat(Outputs.summary(build)).contains("2 accepted by the baseline");
  }

  @Test
  void aBaselineThatIsADirectoryIsOneError() {
    Compilation build = compileWithBaseline(dir, ORDERS);

    assertThat(Outputs.own(build, Diagnostic.Kind.ERROR))
        .containsExactly("[status-contract] -Astatuscontract.baseline: " + dir + " is a directory, not a file");
  }

  @Test
  void aBaselineOptionWithoutAPathIsOneError() {
    Compilation build = compile(List.of("-Astatuscontract.baseline="), ORDERS);

    assertThat(Outputs.own(build, Diagnostic.Kind.ERROR))
        .containsExactly(
            "[status-contract] -Astatuscontract.baseline names no file; write the path of a findings.json kept as the"
                + " baseline, as in -Astatuscontract.baseline=status-contract-baseline.json");
  }

  @Test
  void aBaselineOfAnotherVersionIsOneError() throws IOException {
    Path baseline = dir.resolve("baseline.json");
    Files.writeString(baseline, "{\"version\": 2, \"findings\": []}");

    Compilation build = compileWithBaseline(baseline, ORDERS);

    assertThat(Outputs.own(build, Diagnostic.Kind.ERROR))
        .containsExactly(
            "[status-contract] -Astatuscontract.baseline: " + baseline + " has \"version\" 2 (line 1); this status-contract"
                + " reads version 1 only: write the baseline again with this version");
  }
}

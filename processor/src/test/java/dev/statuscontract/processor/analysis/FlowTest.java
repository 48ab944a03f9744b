package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.lineOf;
import static dev.statuscontract.processor.analysis.Harness.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Status;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Branches, switches, variables, constants, helpers, generated factories, catch blocks; what stays unknown. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FlowTest {

  private static final String[] F = {
    "package com.acme;",
    "import jakarta.ws.rs.*;",
    "import jakarta.ws.rs.core.*;",
    "import java.net.URI;",
    "@Path(\"/f\")",
    "public class F extends Base {",
    "  static final int GONE = 410;",
    "  private Response field = Response.ok().build();",
    "  @GET public Response branches(int x) {",
    "    if (x == 1) {",
    "      return Response.status(201).build();",
    "    } else if (x == 2) {",
    "      return Response.status(Constants.TEAPOT).build();",
    "    }",
    "    return Response.status(GONE).build();",
    "  }",
    "  @GET public Response ternary(boolean b) { return Response.status(b ? 200 : 404).build(); }",
    "  @GET public Response ternaryResponses(boolean b) { return b ? Response.ok().build() : Response.noContent().build(); }",
    "  @GET public Response switchStatement(int x) {",
    "    switch (x) {",
    "      case 1: return Response.status(400).build();",
    "      case 2: return Response.status(401).build();",
    "      default: return Response.status(402).build();",
    "    }",
    "  }",
    "  @GET public Response switchExpression(int x) {",
    "    return switch (x) {",
    "      case 1 -> Response.status(403).build();",
    "      case 2 -> { Response r = Response.status(405).build(); yield r; }",
    "      default -> throw new NotFoundException();",
    "    };",
    "  }",
    "  @GET public Response statusSwitch(int x) {",
    "    int status = switch (x) { case 1 -> 406; default -> 407; };",
    "    return Response.status(status).build();",
    "  }",
    "  @GET public Response local(boolean b) {",
    "    Response.ResponseBuilder builder = b ? Response.status(201) : Response.status(202);",
    "    builder.location(URI.create(\"/x\"));",
    "    return builder.build();",
    "  }",
    "  @GET public Response localReassigned(boolean b) {",
    "    int code = 200;",
    "    if (b) code = 409;",
    "    return Response.status(code).build();",
    "  }",
    "  @GET public Response closed() { Response r = Response.noContent().build(); r.close(); return r; }",
    "  @GET public Response parameter(int code) { return Response.status(code).build(); }",
    "  @GET public Response fromField() { return field; }",
    "  @GET public Response otherObject(Other o) { return o.make(); }",
    "  @GET public Response incremented() { int c = 200; c++; return Response.status(c).build(); }",
    "  @GET public Response oneLevel() { return helper(); }",
    "  @GET public Response twoLevels() { return outer(); }",
    "  @GET public Response threeLevels() { return first(); }",
    "  @GET public Response fiveLevels() { return l1(); }",
    "  @GET public Response sevenLevels() { return m1(); }",
    "  @GET public Response twoImplementations(Shape shape) { return shape.answer(); }",
    "  @GET public Response inherited() { return fromBase(); }",
    "  @GET public Response overridable() { return open(); }",
    "  @GET public Response builtOnHelper() { return base().location(URI.create(\"/x\")).build(); }",
    "  @GET public Response throwingHelper() { check(); return Response.ok().build(); }",
    "  @GET public Response declaredThrows() { Other.load(); return Response.ok().build(); }",
    "  @GET public Response caught() {",
    "    try {",
    "      check();",
    "      throw new NotFoundException();",
    "    } catch (NotFoundException e) {",
    "      return Response.status(500).build();",
    "    }",
    "  }",
    "  @GET public Response lambdaIgnored() {",
    "    java.util.function.Supplier<Response> s = () -> Response.status(499).build();",
    "    return Response.ok().build();",
    "  }",
    "  @GET public Response factory() { return FResponses.Create.created(\"x\", URI.create(\"/x\")); }",
    "  @GET public Response factoryUnregistered() { return FResponses.Create.status499(); }",
    "  @GET public Response notAFactory() { return NotGeneratedResponses.created(); }",
    "  private Response helper() { return Response.status(404).build(); }",
    "  private Response outer() { return inner(); }",
    "  private static Response inner() { return Response.status(409).build(); }",
    "  private Response first() { return second(); }",
    "  private Response second() { return third(); }",
    "  private Response third() { return Response.status(418).build(); }",
    "  private Response l1() { return l2(); }",
    "  private Response l2() { return l3(); }",
    "  private Response l3() { return l4(); }",
    "  private Response l4() { return l5(); }",
    "  private Response l5() { return Response.status(418).build(); }",
    "  private Response m1() { return m2(); }",
    "  private Response m2() { return m3(); }",
    "  private Response m3() { return m4(); }",
    "  private Response m4() { return m5(); }",
    "  private Response m5() { return m6(); }",
    "  private Response m6() { return m7(); }",
    "  private Response m7() { return Response.status(418).build(); }",
    "  public Response open() { return Response.status(400).build(); }",
    "  private Response.ResponseBuilder base() { return Response.status(201); }",
    "  private void check() { throw new ForbiddenException(); }",
    "}",
  };

  private static final JavaFileObject BASE =
      source(
          "com.acme.Base",
          "package com.acme;",
          "import jakarta.ws.rs.core.Response;",
          "public abstract class Base {",
          "  protected final Response fromBase() { return Response.status(503).build(); }",
          "}");

  private static final JavaFileObject CONSTANTS =
      source("com.acme.Constants", "package com.acme;", "public final class Constants { public static final int TEAPOT = 418; }");

  private static final JavaFileObject OTHER =
      source(
          "com.acme.Other",
          "package com.acme;",
          "import jakarta.ws.rs.core.Response;",
          "public class Other {",
          "  public Response make() { return Response.status(404).build(); }",
          "  public static void load() throws jakarta.ws.rs.NotFoundException {}",
          "}");

  private static final JavaFileObject SHAPES =
      source(
          "com.acme.Shape",
          "package com.acme;",
          "import jakarta.ws.rs.core.Response;",
          "public interface Shape {",
          "  Response answer();",
          "  final class Square implements Shape { public Response answer() { return Response.status(201).build(); } }",
          "  final class Circle implements Shape { public Response answer() { return Response.status(202).build(); } }",
          "}");

  private static final JavaFileObject FACTORIES =
      source(
          "com.acme.FResponses",
          "package com.acme;",
          "import jakarta.ws.rs.core.Response;",
          "import java.net.URI;",
          "@javax.annotation.processing.Generated(\"dev.statuscontract.processor.StatusContractProcessor\")",
          "public final class FResponses {",
          "  private FResponses() {}",
          "  public abstract static class Create {",
          "    public static Response created(String body, URI location) { return null; }",
          "    public static Response status499() { return null; }",
          "  }",
          "}");

  private static final JavaFileObject NOT_GENERATED =
      source(
          "com.acme.NotGeneratedResponses",
          "package com.acme;",
          "import jakarta.ws.rs.core.Response;",
          "public final class NotGeneratedResponses {",
          "  public static Response created() { return null; }",
          "}");

  private Harness h;

  @BeforeAll
  void compile() {
    h = Harness.run(source("com.acme.F", F), BASE, CONSTANTS, OTHER, FACTORIES, NOT_GENERATED, SHAPES);
    assertThat(h.compilation).succeeded();
  }

  private List<String> of(String method) {
    return h.produced("com.acme.F", method);
  }

  @Test
  void everyBranchCounts() {
    assertThat(of("branches"))
        .containsExactlyElementsIn(expected(F, "201 @{status(201)}", "418 @{Constants.TEAPOT}", "410 @{status(GONE)}"));
    assertThat(of("ternary")).containsExactlyElementsIn(expected(F, "200 @{ternary(}", "404 @{ternary(}"));
    assertThat(of("ternaryResponses")).containsExactlyElementsIn(expected(F, "200 @{ternaryResponses(}", "204 @{ternaryResponses(}"));
    assertThat(of("switchStatement"))
        .containsExactlyElementsIn(expected(F, "400 @{status(400)}", "401 @{status(401)}", "402 @{status(402)}"));
    assertThat(of("switchExpression"))
        .containsExactlyElementsIn(
            expected(
                F,
                "403 @{status(403)}",
                "405 @{status(405)}",
                "404 @{default -> throw} through exception jakarta.ws.rs.NotFoundException"));
    assertThat(of("statusSwitch")).containsExactlyElementsIn(expected(F, "406 @{status(status)}", "407 @{status(status)}"));
  }

  @Test
  void localVariablesHoldEveryAssignmentAndEveryHeaderSetOnThem() {
    assertThat(of("local")).containsExactlyElementsIn(expected(F, "201 [Location] @{builder = b ?}", "202 [Location] @{builder = b ?}"));
    assertThat(of("closed")).containsExactlyElementsIn(expected(F, "204 @{closed(}"));
    assertThat(of("localReassigned")).containsExactlyElementsIn(expected(F, "200 @{status(code)}", "409 @{status(code)}"));
  }

  @Test
  void whatCannotBeKnownIsUnknown() {
    assertThat(of("parameter")).containsExactlyElementsIn(expected(F, "UNKNOWN @{parameter(}"));
    assertThat(of("fromField")).containsExactlyElementsIn(expected(F, "UNKNOWN @{fromField(}"));
    assertThat(of("incremented")).containsExactlyElementsIn(expected(F, "200 @{incremented(}", "UNKNOWN @{incremented(}"));
    assertThat(of("twoImplementations")).containsExactlyElementsIn(expected(F, "UNKNOWN @{twoImplementations(} through answer()"));
    Status status = h.producedRaw("com.acme.F", "parameter").get(0).status();
    assertThat(status).isEqualTo(Status.unknown("the parameter code"));
    assertThat(h.producedRaw("com.acme.F", "twoImplementations").get(0).status())
        .isEqualTo(Status.unknown("the result of answer(), which 2 classes implement"));
  }

  @Test
  void methodsOfTheCompilationAreFollowedWhereOneImplementationRuns() {
    assertThat(of("otherObject")).containsExactlyElementsIn(expected(F, "404 @{otherObject(} through make()"));
    assertThat(of("overridable")).containsExactlyElementsIn(expected(F, "400 @{overridable(} through open()"));
    assertThat(of("notAFactory")).containsExactlyElementsIn(expected(F, "204 @{notAFactory(} through created()"));
  }

  @Test
  void helpersAreFollowedSixCallsDeepButNotSeven() {
    assertThat(of("oneLevel")).containsExactlyElementsIn(expected(F, "404 @{oneLevel(} through helper()"));
    assertThat(of("twoLevels")).containsExactlyElementsIn(expected(F, "409 @{twoLevels(} through outer() → inner()"));
    assertThat(of("threeLevels"))
        .containsExactlyElementsIn(expected(F, "418 @{threeLevels(} through first() → second() → third()"));
    assertThat(of("fiveLevels"))
        .containsExactlyElementsIn(expected(F, "418 @{fiveLevels(} through l1() → l2() → l3() → l4() → l5()"));
    assertThat(of("sevenLevels"))
        .containsExactlyElementsIn(
            expected(F, "UNKNOWN @{sevenLevels(} through m1() → m2() → m3() → m4() → m5() → m6() → m7()"));
    assertThat(of("inherited")).containsExactlyElementsIn(expected(F, "503 @{inherited(} through fromBase()"));
    assertThat(of("builtOnHelper")).containsExactlyElementsIn(expected(F, "201 [Location] @{builtOnHelper(} through base()"));
    Answer helped = h.producedRaw("com.acme.F", "oneLevel").get(0);
    assertThat(helped.via()).isEqualTo("through helper()");
  }

  @Test
  void exceptionsOfCalledMethodsCountUnlessCaught() {
    assertThat(of("throwingHelper"))
        .containsExactlyElementsIn(
            expected(F, "200 @{throwingHelper(}", "403 @{throwingHelper(} through check(), through exception jakarta.ws.rs.ForbiddenException"));
    assertThat(of("declaredThrows"))
        .containsExactlyElementsIn(
            expected(F, "200 @{declaredThrows(}", "404 @{declaredThrows(} through load(), through exception jakarta.ws.rs.NotFoundException"));
    assertThat(of("caught"))
        .containsExactlyElementsIn(
            expected(F, "500 @{status(500)}", "403 @{      check();} through check(), through exception jakarta.ws.rs.ForbiddenException"));
  }

  @Test
  void returnsInsideLambdasAreNotTheMethods() {
    assertThat(of("lambdaIgnored")).containsExactly("200 @" + (lineOf(F, "lambdaIgnored()") + 2));
  }

  @Test
  void generatedFactoriesTellTheirCodeAndHeaders() {
    assertThat(of("factory"))
        .containsExactlyElementsIn(expected(F, "201 [Location] body @{factory(} through FResponses.Create.created()"));
    assertThat(of("factoryUnregistered"))
        .containsExactlyElementsIn(expected(F, "499 @{factoryUnregistered(} through FResponses.Create.status499()"));
  }

  @Test
  void aDiagnosticPrintedAtTheSiteLandsOnTheReportedLine() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.*;",
      "@Path(\"/p\")",
      "public class P {",
      "  @GET public Response chained() {",
      "    return Response",
      "        .status(404)",
      "        .build();",
      "  }",
      "  @GET public Response helped() { return helper(); }",
      "  private Response helper() { return Response.status(409).build(); }",
      "  @DELETE",
      "  public void",
      "      remove() {}",
      "}",
    };
    JavaFileObject p = source("com.acme.P", lines);
    Harness printing = Harness.printing(p);
    Compilation compilation = printing.compilation;

    assertThat(compilation).hadNoteContaining("[produced] chained: 404 @8").inFile(p).onLine(8);
    assertThat(compilation).hadNoteContaining("[produced] helped: 409 @11 through helper()").inFile(p).onLine(11);
    assertThat(compilation).hadNoteContaining("[produced] remove: 204 @15").inFile(p).onLine(15);
  }
}

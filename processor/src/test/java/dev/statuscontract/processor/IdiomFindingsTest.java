package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every idiom the analysis of method bodies reads, end to end: an endpoint whose contract declares
 * only 200 answers one more status through the idiom on one line, and the build reports exactly
 * that, {@code [undeclared-status]} on that line, naming the endpoint, the status and how it is
 * answered. Jakarta REST, JAX-RS (javax) and Spring MVC.
 */
class IdiomFindingsTest {

  /** The line of the idiom in the resource, and in the controller. */
  private static final int JAX_RS_LINE = 13;
  private static final int SPRING_LINE = 14;

  static Stream<Arguments> jaxRs() {
    return Stream.of("jakarta", "javax").flatMap(ns -> Stream.of(
        Arguments.of(ns, "return Response.status(409).build()", "409 Conflict here"),
        Arguments.of(ns, "return Response.status(Response.Status.GONE).build()", "410 Gone here"),
        Arguments.of(ns, "return Response.status(CONFLICT_CODE).build()", "409 Conflict here"),
        Arguments.of(ns, "return Response.ok().status(422).build()", "422 Unprocessable Content here"),
        Arguments.of(ns, "return Response.created(URI.create(\"/r/1\")).build()", "201 Created here"),
        Arguments.of(ns, "return Response.accepted().build()", "202 Accepted here"),
        Arguments.of(ns, "return Response.noContent().build()", "204 No Content here"),
        Arguments.of(ns, "return Response.notModified().build()", "304 Not Modified here"),
        Arguments.of(ns, "return Response.seeOther(URI.create(\"/r/1\")).build()", "303 See Other here"),
        Arguments.of(ns, "return Response.temporaryRedirect(URI.create(\"/r/1\")).build()", "307 Temporary Redirect here"),
        Arguments.of(ns, "return Response.serverError().build()", "500 Internal Server Error here"),
        Arguments.of(ns, "return Response.notAcceptable(null).build()", "406 Not Acceptable here"),
        Arguments.of(ns, "throw new WebApplicationException(404)", "404 Not Found through exception " + ns + ".ws.rs.WebApplicationException"),
        Arguments.of(ns, "throw new WebApplicationException(Response.Status.GONE)", "410 Gone through exception " + ns + ".ws.rs.WebApplicationException"),
        Arguments.of(ns, "throw new NotFoundException()", "404 Not Found through exception " + ns + ".ws.rs.NotFoundException"),
        Arguments.of(ns, "throw new BadRequestException()", "400 Bad Request through exception " + ns + ".ws.rs.BadRequestException"),
        Arguments.of(ns, "throw new NotAuthorizedException(\"Bearer\")", "401 Unauthorized through exception " + ns + ".ws.rs.NotAuthorizedException"),
        Arguments.of(ns, "throw new ForbiddenException()", "403 Forbidden through exception " + ns + ".ws.rs.ForbiddenException"),
        Arguments.of(ns, "throw new ServiceUnavailableException()", "503 Service Unavailable through exception " + ns + ".ws.rs.ServiceUnavailableException"),
        Arguments.of(ns, "throw new ClientErrorException(409)", "409 Conflict through exception " + ns + ".ws.rs.ClientErrorException"),
        Arguments.of(ns, "throw new ServerErrorException(502)", "502 Bad Gateway through exception " + ns + ".ws.rs.ServerErrorException"),
        Arguments.of(ns, "return conflict()", "409 Conflict through conflict()")));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("jaxRs")
  void jaxRsIdiom(String namespace, String statement, String answered) {
    JavaFileObject resource =
        source(
            "com.acme.R",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.net.URI;",
            "import " + namespace + ".ws.rs.*;",
            "import " + namespace + ".ws.rs.core.Response;",
            "@Path(\"/r\")",
            "public class R {",
            "  static final int CONFLICT_CODE = 409;",
            "  @GET",
            "  @Returns(value = 200, body = String.class)",
            "  public Response get(@QueryParam(\"q\") String q) {",
            "    if (q == null) {",
            "      " + statement + ";",
            "    }",
            "    return Response.ok(\"found\").build();",
            "  }",
            "  private static Response conflict() { return Response.status(409).build(); }",
            "}");

    assertOnlyTheUndeclaredStatus(compile(resource), JAX_RS_LINE, "GET /r answers " + answered);
  }

  static Stream<Arguments> spring() {
    return Stream.of(
        Arguments.of("return ResponseEntity.created(URI.create(\"/r/1\")).body(\"made\")", "201 Created here"),
        Arguments.of("return ResponseEntity.accepted().body(\"later\")", "202 Accepted here"),
        Arguments.of("return ResponseEntity.noContent().build()", "204 No Content here"),
        Arguments.of("return ResponseEntity.badRequest().body(\"bad\")", "400 Bad Request here"),
        Arguments.of("return ResponseEntity.notFound().build()", "404 Not Found here"),
        Arguments.of("return ResponseEntity.unprocessableEntity().body(\"bad\")", "422 Unprocessable Content here"),
        Arguments.of("return ResponseEntity.internalServerError().build()", "500 Internal Server Error here"),
        Arguments.of("return ResponseEntity.status(HttpStatus.CONFLICT).body(\"taken\")", "409 Conflict here"),
        Arguments.of("return ResponseEntity.status(409).body(\"taken\")", "409 Conflict here"),
        Arguments.of("return ResponseEntity.status(HttpStatus.valueOf(410)).build()", "410 Gone here"),
        Arguments.of("return ResponseEntity.of(Optional.ofNullable(q))", "404 Not Found here"),
        Arguments.of("return ResponseEntity.ofNullable(q)", "404 Not Found here"),
        Arguments.of("return new ResponseEntity<>(\"gone\", HttpStatus.GONE)", "410 Gone here"),
        Arguments.of(
            "throw new ResponseStatusException(HttpStatus.NOT_FOUND)",
            "404 Not Found through exception org.springframework.web.server.ResponseStatusException"),
        Arguments.of(
            "throw new ErrorResponseException(HttpStatus.CONFLICT)",
            "409 Conflict through exception org.springframework.web.ErrorResponseException"),
        Arguments.of("throw new Taken()", "409 Conflict through exception com.acme.R.Taken"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spring")
  void springIdiom(String statement, String answered) {
    JavaFileObject controller =
        source(
            "com.acme.R",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.net.URI;",
            "import java.util.Optional;",
            "import org.springframework.http.*;",
            "import org.springframework.web.*;",
            "import org.springframework.web.bind.annotation.*;",
            "import org.springframework.web.server.ResponseStatusException;",
            "@RestController",
            "public class R {",
            "  @GetMapping(\"/r\") @Returns(value = 200, body = String.class)",
            "  public ResponseEntity<String> get(@RequestParam(required = false) String q) {",
            "    if (q == null || q.isEmpty()) {",
            "      " + statement + ";",
            "    }",
            "    return ResponseEntity.ok(\"found\");",
            "  }",
            "  @ResponseStatus(HttpStatus.CONFLICT)",
            "  static class Taken extends RuntimeException {}",
            "}");

    assertOnlyTheUndeclaredStatus(compile(controller), SPRING_LINE, "GET /r answers " + answered);
  }

  private static void assertOnlyTheUndeclaredStatus(Compilation compilation, int line, String expected) {
    List<String> findings =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
            .map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
            .toList();
    assertWithMessage("the findings").that(findings).hasSize(1);
    assertWithMessage("the finding")
        .that(findings.get(0))
        .startsWith("ERROR " + line + ": [undeclared-status] " + expected + ", which its contract does not declare; add @Returns(");
  }
}

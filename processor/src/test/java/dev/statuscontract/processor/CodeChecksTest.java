package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The rules on what endpoint bodies produce, end to end: each finding's rule id, line and message,
 * on both JAX-RS namespaces and Spring; the silence where the code cannot be known; and the
 * declaration rules judging the responses the code builds.
 */
class CodeChecksTest {

  /** The findings of a compilation, as {@code KIND line: message}, in the order printed. */
  static List<String> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
        .map(d -> d.getKind() + " " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
        .toList();
  }

  @Test
  void aJakartaExceptionTheContractDoesNotDeclareIsAnErrorOnTheThrow() {
    JavaFileObject resource =
        source(
            "com.acme.BookResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/books\")",
            "public class BookResource {",
            "  @GET @Path(\"{id}\")",
            "  @Returns(value = 200, body = String.class)",
            "  public String get(@PathParam(\"id\") String id) {",
            "    if (id.isEmpty()) {",
            "      throw new NotFoundException();",
            "    }",
            "    if (id.length() > 9) {",
            "      throw new NotFoundException(\"too long\");",
            "    }",
            "    return id;",
            "  }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(findings(compilation))
        .containsExactly(
            "ERROR 10: [undeclared-status] GET /books/{id} answers 404 Not Found through exception"
                + " jakarta.ws.rs.NotFoundException, which its contract does not declare (nor at line 13);"
                + " add @Returns(404) to get, or do not answer it (RFC 9110 §15)");
    assertThat(compilation).hadErrorContaining("[undeclared-status]").inFile(resource).onLineContaining("throw new NotFoundException();");
  }

  @Test
  void aJavaxStatusBuiltInAHelperNamesTheHelper() {
    JavaFileObject resource =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.*;",
            "import javax.ws.rs.core.Response;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @PUT @Path(\"{id}\")",
            "  @Returns(204)",
            "  public Response replace(@PathParam(\"id\") String id) {",
            "    if (id.isEmpty()) {",
            "      return conflict();",
            "    }",
            "    return Response.noContent().build();",
            "  }",
            "  private static Response conflict() {",
            "    return Response.status(Response.Status.CONFLICT).build();",
            "  }",
            "}");

    assertThat(findings(compile(resource)))
        .containsExactly(
            "ERROR 11: [undeclared-status] PUT /orders/{id} answers 409 Conflict through conflict(), which its"
                + " contract does not declare; add @Returns(409) to replace, or do not answer it (RFC 9110 §15)");
  }

  @Test
  void springIdiomsAreJudgedAndAdviceIsScoped() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.http.*;",
            "import org.springframework.web.bind.annotation.*;",
            "import org.springframework.web.server.ResponseStatusException;",
            "@RestController",
            "public class UserController {",
            "  @GetMapping(\"/users/{id}\")",
            "  @Returns(value = 200, body = String.class)",
            "  public ResponseEntity<String> get(@PathVariable String id) {",
            "    if (id.isEmpty()) return ResponseEntity.notFound().build();",
            "    if (id.equals(\"gone\")) throw new ResponseStatusException(HttpStatus.GONE);",
            "    if (id.equals(\"bad\")) throw new IllegalArgumentException(id);",
            "    return ResponseEntity.ok(id);",
            "  }",
            "}");
    JavaFileObject advice =
        source(
            "com.acme.Errors",
            "package com.acme;",
            "import org.springframework.http.HttpStatus;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestControllerAdvice(assignableTypes = UserController.class)",
            "public class Errors {",
            "  @ExceptionHandler(IllegalArgumentException.class)",
            "  @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)",
            "  public String invalid(IllegalArgumentException e) { return e.getMessage(); }",
            "}");
    JavaFileObject otherAdvice =
        source(
            "com.acme.OtherErrors",
            "package com.acme;",
            "import org.springframework.http.HttpStatus;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestControllerAdvice(assignableTypes = String.class)",
            "public class OtherErrors {",
            "  @ExceptionHandler(IllegalArgumentException.class)",
            "  @ResponseStatus(HttpStatus.BAD_REQUEST)",
            "  public String invalid(IllegalArgumentException e) { return e.getMessage(); }",
            "}");

    assertThat(findings(compile(controller, advice, otherAdvice)))
        .containsExactly(
            "ERROR 11: [undeclared-status] GET /users/{id} answers 404 Not Found here, which its contract does"
                + " not declare; add @Returns(404) to get, or do not answer it (RFC 9110 §15)",
            "ERROR 12: [undeclared-status] GET /users/{id} answers 410 Gone through exception"
                + " org.springframework.web.server.ResponseStatusException, which its contract does not declare; add @Returns(410) to get, or do not answer it (RFC 9110 §15)",
            "ERROR 13: [undeclared-status] GET /users/{id} answers 422 Unprocessable Content through exception"
                + " java.lang.IllegalArgumentException mapped by com.acme.Errors#invalid, which its contract does"
                + " not declare; add @Returns(422) to get, or do not answer it (RFC 9110 §15)")
        .inOrder();
  }

  @Test
  void aJaxRsExceptionMapperIsNamed() {
    JavaFileObject missing =
        source("com.acme.Missing", "package com.acme;", "public class Missing extends RuntimeException {}");
    JavaFileObject mapper =
        source(
            "com.acme.MissingMapper",
            "package com.acme;",
            "import jakarta.ws.rs.core.Response;",
            "import jakarta.ws.rs.ext.*;",
            "@Provider",
            "public class MissingMapper implements ExceptionMapper<Missing> {",
            "  @Override public Response toResponse(Missing e) { return Response.status(410).build(); }",
            "}");
    JavaFileObject resource =
        source(
            "com.acme.ItemResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/items\")",
            "public class ItemResource {",
            "  @DELETE @Path(\"{id}\")",
            "  @Returns(204)",
            "  public void delete(@PathParam(\"id\") String id) {",
            "    if (id.isEmpty()) throw new Missing();",
            "  }",
            "}");

    assertThat(findings(compile(missing, mapper, resource)))
        .containsExactly(
            "ERROR 9: [undeclared-status] DELETE /items/{id} answers 410 Gone through exception com.acme.Missing"
                + " mapped by com.acme.MissingMapper, which its contract does not declare; add @Returns(410) to"
                + " delete, or do not answer it (RFC 9110 §15)");
  }

  @Test
  void aStatusTheCodeCannotKnowIsNeverGuessed() {
    JavaFileObject resource =
        source(
            "com.acme.ProxyResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/proxy\")",
            "public class ProxyResource {",
            "  @GET",
            "  @Returns(200)",
            "  @Returns(value = 302, headers = \"Location\")",
            "  public Response forward(@QueryParam(\"status\") int status) {",
            "    return Response.status(status).build();",
            "  }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void aDeclaredSuccessNoPathAnswersIsAWarningOnTheDeclaration() {
    JavaFileObject resource =
        source(
            "com.acme.ReportResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/reports\")",
            "@Returns(value = 303, headers = \"Location\")",
            "public class ReportResource {",
            "  @PUT",
            "  @Returns(value = 200, body = String.class)",
            "  @Returns(value = 202, headers = \"Location\")",
            "  @Returns(404)",
            "  public Response create() {",
            "    return Response.ok(\"done\").build();",
            "  }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(findings(compilation))
        .containsExactly(
            "WARNING 10: [declared-not-returned] PUT /reports declares 202 Accepted, but no path of create"
                + " answers it; remove the declaration, or answer 202 where the code means it (RFC 9110 §15)");
    assertThat(compilation).hadWarningContaining("[declared-not-returned]").inFile(resource).onLineContaining("@Returns(value = 202");
  }

  @Test
  void aCreatedBuiltWithoutLocationInAnUnannotatedControllerIsFoundAtTheCall() {
    JavaFileObject controller =
        source(
            "com.acme.AccountController",
            "package com.acme;",
            "import java.net.URI;",
            "import org.springframework.http.*;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class AccountController {",
            "  @PostMapping(\"/accounts\")",
            "  public ResponseEntity<String> register(@RequestBody String name) {",
            "    return ResponseEntity.status(HttpStatus.CREATED).body(name);",
            "  }",
            "  @PostMapping(\"/teams\")",
            "  public ResponseEntity<String> create(@RequestBody String name) {",
            "    return ResponseEntity.created(URI.create(\"/teams/\" + name)).body(name);",
            "  }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(findings(compilation))
        .containsExactly(
            "ERROR 9: [created-without-location] POST /accounts answers 201 Created here without a Location"
                + " header; set it with .location(uri), or build the response with ResponseEntity.created(uri)"
                + " (RFC 9110 §15.3.2)");
    assertThat(compilation).hadErrorContaining("[created-without-location]").inFile(controller).onLineContaining("ResponseEntity.status(HttpStatus.CREATED)");
  }

  @Test
  void theHeaderAndBodyRulesJudgeBuiltResponses() {
    JavaFileObject resource =
        source(
            "com.acme.SessionResource",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/sessions\")",
            "public class SessionResource {",
            "  @GET",
            "  public Response current(@HeaderParam(\"Authorization\") String token) {",
            "    if (token == null) return Response.status(401).build();",
            "    if (token.isEmpty()) throw new NotAuthorizedException(\"Bearer\");",
            "    return Response.ok(token).build();",
            "  }",
            "  @DELETE",
            "  public Response end() {",
            "    return Response.noContent().entity(\"bye\").build();",
            "  }",
            "  @GET @Path(\"old\")",
            "  public Response old() {",
            "    return Response.status(Response.Status.MOVED_PERMANENTLY).build();",
            "  }",
            "}");

    assertThat(findings(compile(resource)))
        .containsExactly(
            "ERROR 8: [unauthorized-without-challenge] GET /sessions answers 401 Unauthorized here without a"
                + " WWW-Authenticate header, which tells the client how to authenticate; set it with"
                + " .header(\"WWW-Authenticate\", ...) (RFC 9110 §15.5.2, §11.6.1)",
            "ERROR 14: [body-not-allowed] DELETE /sessions answers 204 No Content here with content, but a 204"
                + " response never has content; build it without the entity, or answer 200 OK if the client needs"
                + " it (RFC 9110 §15.3.5)",
            "ERROR 18: [redirect-without-location] GET /sessions/old answers 301 Moved Permanently here without a"
                + " Location header, so the client has nowhere to go; set it with .location(uri) (RFC 9110 §15.4.2)")
        .inOrder();
  }

  @Test
  void aDeclarationThatBreaksARuleIsReportedOnceNotAgainAtTheCode() {
    JavaFileObject controller =
        source(
            "com.acme.AccountController",
            "package com.acme;",
            "import org.springframework.http.HttpStatus;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class AccountController {",
            "  @PostMapping(\"/accounts\")",
            "  @ResponseStatus(HttpStatus.CREATED)",
            "  public void register() {}",
            "}");

    List<String> findings = findings(compile(controller));

    assertThat(findings).hasSize(1);
    assertThat(findings.get(0)).startsWith("ERROR 7: [created-without-location] POST /accounts declares 201 Created (declared with @ResponseStatus)");
  }

  @Test
  void suppressionAndTheOptionSilenceTheBodyChecks() {
    String[] lines = {
      "package com.acme;",
      "import dev.statuscontract.Returns;",
      "import jakarta.ws.rs.*;",
      "@Path(\"/books\")",
      "public class BookResource {",
      "  @GET @Path(\"{id}\")",
      "  @Returns(value = 200, body = String.class)",
      "  %s",
      "  public String get(@PathParam(\"id\") String id) {",
      "    if (id.isEmpty()) throw new NotFoundException();",
      "    return id;",
      "  }",
      "}"
    };
    JavaFileObject plain = source("com.acme.BookResource", String.format(String.join("\n", lines), "").split("\n"));
    JavaFileObject suppressed =
        source(
            "com.acme.BookResource",
            String.format(String.join("\n", lines), "@SuppressWarnings(\"statuscontract:undeclared-status\")").split("\n"));

    assertThat(compile(plain)).hadErrorContaining("[undeclared-status]");
    assertThat(compile(suppressed)).succeededWithoutWarnings();
    assertThat(compile(List.of("-Astatuscontract.analysis=false"), plain)).succeededWithoutWarnings();
    assertThat(compile(List.of("-Astatuscontract.rules=undeclared-status:off"), plain)).succeededWithoutWarnings();
    assertThat(compile(List.of("-Astatuscontract.analysis=maybe"), plain))
        .hadErrorContaining("-Astatuscontract.analysis=maybe is neither true nor false");
  }

  @Test
  void anOptionalMappedToAResponseOrElseAnotherIsRead() {
    JavaFileObject controller =
        source(
            "com.acme.CustomerController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.util.Optional;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class CustomerController {",
            "  private Optional<String> find(String id) { return Optional.ofNullable(id); }",
            "  @GetMapping(\"/customers/{id}\")",
            "  @Returns(value = 200, body = String.class)",
            "  public ResponseEntity<String> get(@PathVariable String id) {",
            "    return find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());",
            "  }",
            "  @GetMapping(\"/customers/{id}/name\")",
            "  @Returns(value = 200, body = String.class)",
            "  public ResponseEntity<String> name(@PathVariable String id) {",
            "    return find(id).map(n -> ResponseEntity.ok(n)).orElseGet(() -> ResponseEntity.status(410).build());",
            "  }",
            "  @GetMapping(\"/customers/{id}/raw\")",
            "  @Returns(value = 200, body = String.class)",
            "  public ResponseEntity<String> raw(@PathVariable String id, Optional<ResponseEntity<String>> cached) {",
            "    return cached.orElse(ResponseEntity.ok(id));",
            "  }",
            "}");

    assertThat(findings(compile(controller)))
        .containsExactly(
            "ERROR 12: [undeclared-status] GET /customers/{id} answers 404 Not Found here, which its contract"
                + " does not declare; add @Returns(404) to get, or do not answer it (RFC 9110 §15)",
            "ERROR 17: [undeclared-status] GET /customers/{id}/name answers 410 Gone here, which its contract"
                + " does not declare; add @Returns(410) to name, or do not answer it (RFC 9110 §15)")
        .inOrder();
  }
}

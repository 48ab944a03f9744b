package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What builds the response, followed into the module's own classes: exceptions that services
 * throw, responses that wrappers and helpers of other classes build, statuses passed as arguments,
 * exceptions made by factories; and where following stops, because it could only guess.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FollowingCallsTest {

  private static final String[] CONTROLLER = {
    "package com.acme.web;",
    "import com.acme.service.*;",
    "import java.util.function.Supplier;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "@RestController",
    "public class Accounts {",
    "  private final AccountService service = new AccountService();",
    "  @GetMapping(\"/accounts/{id}\") public String get(@PathVariable String id) { return service.find(id); }",
    "  @PostMapping(\"/accounts\") public ResponseEntity<?> open(@RequestBody String account) {",
    "    return handle(() -> ResponseEntity.status(HttpStatus.CREATED).body(service.open(account)));",
    "  }",
    "  @DeleteMapping(\"/accounts/{id}\") public ResponseEntity<?> close(@PathVariable String id) {",
    "    if (id.isEmpty()) return error(HttpStatus.BAD_REQUEST, \"no id\");",
    "    service.close(id);",
    "    return ResponseEntity.noContent().build();",
    "  }",
    "  @GetMapping(\"/accounts/{id}/statement\") public ResponseEntity<String> statement(@PathVariable String id) {",
    "    return Responses.found(service.statement(id));",
    "  }",
    "  @GetMapping(\"/accounts/{id}/limits\") public String limits(@PathVariable String id) { return service.limits(id); }",
    "  private static ResponseEntity<?> handle(Supplier<ResponseEntity<?>> work) {",
    "    try {",
    "      return work.get();",
    "    } catch (RuntimeException e) {",
    "      return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).build();",
    "    }",
    "  }",
    "  private static ResponseEntity<?> error(HttpStatus status, String message) {",
    "    return ResponseEntity.status(status).body(message);",
    "  }",
    "}",
  };

  private static final String[] SERVICE = {
    "package com.acme.service;",
    "public class AccountService {",
    "  private final Store store = new Store();",
    "  public String find(String id) {",
    "    String found = store.load(id);",
    "    if (found == null) throw new AccountNotFound(id);",
    "    return found;",
    "  }",
    "  public String open(String account) { check(account); return account; }",
    "  public void close(String id) {",
    "    if (id.isBlank()) throw new IllegalArgumentException(\"blank\");",
    "    store.remove(id);",
    "  }",
    "  public String statement(String id) { store.audit(id); return store.load(id); }",
    "  public String limits(String id) { return store.limits(id); }",
    "  private void check(String account) { if (account.isBlank()) throw new AccountNotFound(account); }",
    "}",
  };

  private static final String[] STORE = {
    "package com.acme.service;",
    "public class Store {",
    "  public String load(String id) { return id; }",
    "  public void audit(String id) { if (id.isEmpty()) throw new IllegalArgumentException(\"audit\"); }",
    "  public void remove(String id) {",
    "    if (id.length() > 36) throw new IllegalArgumentException(\"an id has 36 characters\");",
    "  }",
    "  public String limits(String id) {",
    "    try {",
    "      return new java.net.URI(id).toString();",
    "    } catch (java.net.URISyntaxException e) {",
    "      throw new IllegalStateException(e);",
    "    }",
    "  }",
    "}",
  };

  private static final String[] EXCEPTION = {
    "package com.acme.service;",
    "import org.springframework.http.HttpStatus;",
    "import org.springframework.web.bind.annotation.ResponseStatus;",
    "@ResponseStatus(HttpStatus.NOT_FOUND)",
    "public class AccountNotFound extends RuntimeException {",
    "  public AccountNotFound(String id) { super(id); }",
    "}",
  };

  private static final String[] RESPONSES = {
    "package com.acme.web;",
    "import org.springframework.http.ResponseEntity;",
    "final class Responses {",
    "  static <T> ResponseEntity<T> found(T body) {",
    "    return body == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(body);",
    "  }",
    "}",
  };

  private static final String[] ADVICE = {
    "package com.acme.web;",
    "import org.springframework.http.*;",
    "import org.springframework.web.bind.annotation.*;",
    "@RestControllerAdvice",
    "public class Errors {",
    "  @ExceptionHandler(IllegalArgumentException.class)",
    "  public ResponseEntity<String> bad(IllegalArgumentException e) { return build(e, HttpStatus.UNPROCESSABLE_ENTITY); }",
    "  @ExceptionHandler(IllegalStateException.class)",
    "  public ResponseEntity<String> broken(IllegalStateException e) { return build(e, HttpStatus.SERVICE_UNAVAILABLE); }",
    "  private static ResponseEntity<String> build(Exception e, HttpStatus status) {",
    "    return ResponseEntity.status(status).body(e.getMessage());",
    "  }",
    "}",
  };

  private static final String[] JAXRS = {
    "package com.acme.jaxrs;",
    "import jakarta.ws.rs.*;",
    "import jakarta.ws.rs.core.Response;",
    "@Path(\"/invites\")",
    "public class Invites {",
    "  private final InviteFinder finder = new InviteFinder();",
    "  @GET @Path(\"{code}\") public Response get(@PathParam(\"code\") String code) {",
    "    return Response.ok(finder.find(code)).build();",
    "  }",
    "}",
  };

  private static final String[] FINDER = {
    "package com.acme.jaxrs;",
    "import java.util.Optional;",
    "public class InviteFinder {",
    "  public String find(String code) {",
    "    if (code.startsWith(\"x\")) throw Failures.gone(code);",
    "    return Optional.of(code).filter(c -> !c.isEmpty()).orElseThrow(Failures::notFound);",
    "  }",
    "}",
  };

  private static final String[] FAILURES = {
    "package com.acme.jaxrs;",
    "import jakarta.ws.rs.WebApplicationException;",
    "import jakarta.ws.rs.core.Response;",
    "public final class Failures {",
    "  public static WebApplicationException gone(String code) { return build(\"gone: \" + code, Response.Status.GONE.getStatusCode()); }",
    "  public static WebApplicationException notFound() { return new WebApplicationException(Response.status(404).build()); }",
    "  private static WebApplicationException build(String message, int status) {",
    "    return new WebApplicationException(Response.status(status).entity(message).build());",
    "  }",
    "}",
  };

  private Harness h;

  @BeforeAll
  void compile() {
    h =
        Harness.run(
            source("com.acme.web.Accounts", CONTROLLER),
            source("com.acme.service.AccountService", SERVICE),
            source("com.acme.service.Store", STORE),
            source("com.acme.service.AccountNotFound", EXCEPTION),
            source("com.acme.web.Responses", RESPONSES),
            source("com.acme.web.Errors", ADVICE),
            source("com.acme.jaxrs.Invites", JAXRS),
            source("com.acme.jaxrs.InviteFinder", FINDER),
            source("com.acme.jaxrs.Failures", FAILURES));
    assertThat(h.compilation).succeeded();
  }

  @Test
  void anExceptionOfTheApplicationThatAServiceThrowsIsAnswered() {
    assertThat(h.produced("com.acme.web.Accounts", "get"))
        .containsExactlyElementsIn(
            expected(
                CONTROLLER,
                "200 body @{get(@PathVariable}",
                "404 @{get(@PathVariable} through find(), through exception com.acme.service.AccountNotFound"));
  }

  @Test
  void aWrapperGivenALambdaAnswersWhatTheLambdaReturnsAndCatchesWhatItThrows() {
    assertThat(h.produced("com.acme.web.Accounts", "open"))
        .containsExactlyElementsIn(
            expected(
                CONTROLLER,
                "201 body @{ResponseEntity.status(HttpStatus.CREATED)} through handle()",
                "500 @{return handle(} through handle()"));
  }

  @Test
  void aStatusPassedAsAnArgumentIsTheStatusTheHelperAnswers() {
    assertThat(h.produced("com.acme.web.Accounts", "close"))
        .containsExactlyElementsIn(
            expected(
                CONTROLLER,
                "400 body @{return error(} through error()",
                "204 @{ResponseEntity.noContent()}",
                "422 body @{service.close(id)} through close(), through exception java.lang.IllegalArgumentException mapped by com.acme.web.Errors#bad"));
  }

  /** The IllegalArgumentException that Store.audit throws, two calls deep, is no 422 of the endpoint. */
  @Test
  void aHelperOfAnotherClassBuildsTheResponse() {
    assertThat(h.produced("com.acme.web.Accounts", "statement"))
        .containsExactlyElementsIn(
            expected(CONTROLLER, "404 @{Responses.found(} through found()", "200 body @{Responses.found(} through found()"));
  }

  @Test
  void aGeneralExceptionDeepInTheCodeOrRethrownIsNotTakenForAnAnswer() {
    // IllegalStateException, rethrown two calls deep, reads as an invariant, not as a 503; and the
    // IllegalArgumentException that Store.remove throws two calls deep is not a second 422 above.
    assertThat(h.produced("com.acme.web.Accounts", "limits"))
        .containsExactlyElementsIn(expected(CONTROLLER, "200 body @{limits(@PathVariable}"));
  }

  @Test
  void exceptionsMadeByFactoriesOfTheCompilationAnswerTheirStatuses() {
    assertThat(h.produced("com.acme.jaxrs.Invites", "get"))
        .containsExactlyElementsIn(
            expected(
                JAXRS,
                "200 body @{Response.ok(finder.find(code))}",
                "410 body @{finder.find(code)} through find() → gone(), through exception jakarta.ws.rs.WebApplicationException",
                "404 @{finder.find(code)} through find() → notFound(), through exception jakarta.ws.rs.WebApplicationException"));
  }
  @Test
  void aLibrarysExceptionTheApplicationMapsCountsAtAnyDepth() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.Response;",
      "import jakarta.ws.rs.ext.*;",
      "import org.springframework.security.access.AccessDeniedException;",
      "@Path(\"/buckets\")",
      "public class Buckets {",
      "  interface Authorizer { void authorize(String id) throws AccessDeniedException; }",
      "  static class Facade {",
      "    Authorizer authorizer;",
      "    String get(String id) { check(id); return id; }",
      "    private void check(String id) {",
      "      if (id.isBlank()) throw new IllegalArgumentException(\"blank\");",
      "      authorizer.authorize(id);",
      "    }",
      "  }",
      "  Facade facade;",
      "  @GET @Path(\"{id}\") public String get(@PathParam(\"id\") String id) { return facade.get(id); }",
      "}",
      "@Provider class Denied implements ExceptionMapper<AccessDeniedException> {",
      "  public Response toResponse(AccessDeniedException e) { return Response.status(403).build(); }",
      "}",
      "@Provider class Invalid implements ExceptionMapper<IllegalArgumentException> {",
      "  public Response toResponse(IllegalArgumentException e) { return Response.status(400).build(); }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Buckets", lines));

    // Three calls deep: the mapper written for AccessDeniedException says it is thrown to answer 403;
    // an IllegalArgumentException that deep checks an argument, and answers nothing the code means.
    assertThat(h.produced("com.acme.Buckets", "get"))
        .containsExactlyElementsIn(
            expected(
                lines,
                "200 body @{public String get(@PathParam}",
                "403 @{public String get(@PathParam} through get() → check() → authorize(), through exception"
                    + " org.springframework.security.access.AccessDeniedException mapped by com.acme.Denied"));
  }
}

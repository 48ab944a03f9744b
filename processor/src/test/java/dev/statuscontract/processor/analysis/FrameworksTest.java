package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import org.junit.jupiter.api.Test;

/**
 * The framework of an endpoint is what maps it, never a stereotype on its class; Quarkus REST's own
 * types; exception mappers and handlers that choose by the exception's type.
 */
class FrameworksTest {

  @Test
  void aJaxRsResourceThatIsASpringBeanIsJudgedAsJaxRs() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import org.springframework.stereotype.Service;",
      "import org.springframework.web.server.ResponseStatusException;",
      "import org.springframework.http.HttpStatus;",
      "@Service",
      "@Path(\"/books\")",
      "public class Books {",
      "  @DELETE @Path(\"{id}\") public void delete(@PathParam(\"id\") String id) {}",
      "  @GET @Path(\"{id}\") public String get(@PathParam(\"id\") String id) {",
      "    if (id.isEmpty()) throw new ResponseStatusException(HttpStatus.GONE);",
      "    return id;",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Books", lines));

    assertThat(h.compilation).succeeded();
    // JAX-RS answers 204 for a void method, where Spring MVC would answer 200.
    assertThat(h.produced("com.acme.Books", "delete")).containsExactlyElementsIn(expected(lines, "204 @{delete(}"));
    // Spring's ResponseStatusException means nothing to a JAX-RS runtime: no 410.
    assertThat(h.produced("com.acme.Books", "get")).containsExactlyElementsIn(expected(lines, "200 body @{return id;}"));
  }

  private static final String[] QUARKUS = {
    "package com.acme;",
    "import jakarta.ws.rs.*;",
    "import java.net.URI;",
    "import org.jboss.resteasy.reactive.ResponseStatus;",
    "import org.jboss.resteasy.reactive.RestResponse;",
    "import org.jboss.resteasy.reactive.server.ServerExceptionMapper;",
    "@Path(\"/fruits\")",
    "public class Fruits {",
    "  @GET @Path(\"{id}\") public RestResponse<String> get(@PathParam(\"id\") String id) {",
    "    if (id.isEmpty()) return RestResponse.notFound();",
    "    if (id.equals(\"x\")) return RestResponse.noContent();",
    "    return RestResponse.ok(id);",
    "  }",
    "  @POST public RestResponse<String> create(String fruit) {",
    "    return RestResponse.ResponseBuilder.<String>created(URI.create(\"/fruits/1\")).entity(fruit).build();",
    "  }",
    "  @POST @Path(\"batch\") @ResponseStatus(202) public String batch(String fruits) { return fruits; }",
    "  @PUT @Path(\"{id}\") public String replace(@PathParam(\"id\") String id) {",
    "    if (id.isEmpty()) throw new IllegalArgumentException(id);",
    "    if (id.length() > 9) throw new IllegalStateException(id);",
    "    return id;",
    "  }",
    "  @ServerExceptionMapper public RestResponse<String> badInput(IllegalArgumentException e) {",
    "    return RestResponse.status(RestResponse.Status.BAD_REQUEST, e.getMessage());",
    "  }",
    "}",
  };

  private static final String[] GLOBAL = {
    "package com.acme;",
    "import jakarta.ws.rs.core.Response;",
    "import org.jboss.resteasy.reactive.server.ServerExceptionMapper;",
    "public class Mappers {",
    "  @ServerExceptionMapper public Response conflict(IllegalStateException e) {",
    "    return Response.status(Response.Status.CONFLICT).build();",
    "  }",
    "  @ServerExceptionMapper public Response anyArgument(IllegalArgumentException e) {",
    "    return Response.status(422).build();",
    "  }",
    "}",
  };

  @Test
  void quarkusRestResponsesAndExceptionMappersAreRead() {
    Harness h = Harness.run(source("com.acme.Fruits", QUARKUS), source("com.acme.Mappers", GLOBAL));

    assertThat(h.compilation).succeeded();
    assertThat(h.produced("com.acme.Fruits", "get"))
        .containsExactlyElementsIn(
            expected(QUARKUS, "404 @{RestResponse.notFound()}", "204 @{RestResponse.noContent()}", "200 body @{RestResponse.ok(id)}"));
    assertThat(h.produced("com.acme.Fruits", "create"))
        .containsExactlyElementsIn(expected(QUARKUS, "201 [Location] body @{.entity(fruit)}"));
    assertThat(h.produced("com.acme.Fruits", "batch")).containsExactlyElementsIn(expected(QUARKUS, "202 body @{return fruits;}"));
    // The resource's own mapper wins over the global one for IllegalArgumentException; the global
    // one maps what the resource does not.
    assertThat(h.produced("com.acme.Fruits", "replace"))
        .containsExactlyElementsIn(
            expected(
                QUARKUS,
                "400 body @{throw new IllegalArgumentException(id)} through exception java.lang.IllegalArgumentException mapped by com.acme.Fruits#badInput",
                "409 @{throw new IllegalStateException(id)} through exception java.lang.IllegalStateException mapped by com.acme.Mappers#conflict",
                "200 body @{return id;}"));
  }

  private static final String[] BY_TYPE = {
    "package com.acme;",
    "import jakarta.ws.rs.*;",
    "import jakarta.ws.rs.core.Response;",
    "import jakarta.ws.rs.ext.*;",
    "@Provider",
    "public class EverythingMapper implements ExceptionMapper<Exception> {",
    "  @Override public Response toResponse(Exception exception) {",
    "    if (exception instanceof WebApplicationException wae) {",
    "      return wae.getResponse();",
    "    }",
    "    if (exception instanceof IllegalArgumentException) {",
    "      return Response.status(422).build();",
    "    }",
    "    if (exception.getClass() == UnsupportedOperationException.class) {",
    "      return null;",
    "    }",
    "    return Response.serverError().build();",
    "  }",
    "}",
  };

  private static final String[] THROWING = {
    "package com.acme;",
    "import jakarta.ws.rs.*;",
    "@Path(\"/t\")",
    "public class Throwing {",
    "  @GET @Path(\"a\") public String argument() { throw new IllegalArgumentException(); }",
    "  @GET @Path(\"b\") public String missing() { throw new NotFoundException(); }",
    "  @GET @Path(\"c\") public String unsupported() { throw new UnsupportedOperationException(); }",
    "  @GET @Path(\"d\") public String other() { throw new IllegalStateException(); }",
    "}",
  };

  @Test
  void aMapperThatBranchesOnTheExceptionsTypeAnswersEachTypeOnlyItsBranch() {
    Harness h = Harness.run(source("com.acme.EverythingMapper", BY_TYPE), source("com.acme.Throwing", THROWING));

    assertThat(h.compilation).succeeded();
    assertThat(h.produced("com.acme.Throwing", "argument"))
        .containsExactlyElementsIn(
            expected(THROWING, "422 @{argument()} through exception java.lang.IllegalArgumentException mapped by com.acme.EverythingMapper"));
    assertThat(h.produced("com.acme.Throwing", "missing"))
        .containsExactlyElementsIn(
            expected(THROWING, "404 @{missing()} through exception jakarta.ws.rs.NotFoundException mapped by com.acme.EverythingMapper"));
    // The null return answers 204, and only for the type that reaches it.
    assertThat(h.produced("com.acme.Throwing", "unsupported"))
        .containsExactlyElementsIn(
            expected(THROWING, "204 @{unsupported()} through exception java.lang.UnsupportedOperationException mapped by com.acme.EverythingMapper"));
    assertThat(h.produced("com.acme.Throwing", "other"))
        .containsExactlyElementsIn(
            expected(THROWING, "500 @{other()} through exception java.lang.IllegalStateException mapped by com.acme.EverythingMapper"));
  }

  @Test
  void aSpringHandlerOfSeveralTypesAnswersEachTypeOnlyItsBranch() {
    String[] advice = {
      "package com.acme;",
      "import org.springframework.http.*;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestControllerAdvice",
      "public class Errors {",
      "  @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})",
      "  public ResponseEntity<String> bad(RuntimeException e) {",
      "    if (e instanceof IllegalStateException) {",
      "      return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());",
      "    }",
      "    return ResponseEntity.badRequest().body(e.getMessage());",
      "  }",
      "}",
    };
    String[] controller = {
      "package com.acme;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "public class Orders {",
      "  @GetMapping(\"/orders\") public String list(@RequestParam int page) {",
      "    if (page < 0) throw new IllegalArgumentException();",
      "    return \"orders\";",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Errors", advice), source("com.acme.Orders", controller));

    assertThat(h.compilation).succeeded();
    assertThat(h.produced("com.acme.Orders", "list"))
        .containsExactlyElementsIn(
            expected(
                controller,
                "400 body @{throw new IllegalArgumentException()} through exception java.lang.IllegalArgumentException mapped by com.acme.Errors#bad",
                "200 body @{return \"orders\";}"));
  }
}

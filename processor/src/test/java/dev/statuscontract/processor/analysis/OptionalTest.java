package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import org.junit.jupiter.api.Test;

/** "Found or not" with an {@code Optional}: what {@code map} makes of the value, and what {@code orElse...} answers without it. */
class OptionalTest {

  @Test
  void lambdasWithBlockBodiesAreReadLikeExpressionLambdas() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.Response;",
      "import java.util.Optional;",
      "@Path(\"/users\")",
      "public class Users {",
      "  private Optional<String> find(String id) { return Optional.ofNullable(id); }",
      "  @GET @Path(\"{id}\") public Response get(@PathParam(\"id\") String id) {",
      "    return find(id)",
      "        .map(user -> {",
      "          String shown = user.trim();",
      "          return Response.status(Response.Status.OK).entity(shown).build();",
      "        })",
      "        .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());",
      "  }",
      "  @POST @Path(\"{id}/otp\") public Response otp(@PathParam(\"id\") String id, String body) {",
      "    return find(body)",
      "        .map(errors -> Response.status(Response.Status.BAD_REQUEST).entity(errors).build())",
      "        .orElseGet(() -> {",
      "          boolean sms = body.startsWith(\"sms\");",
      "          return find(id).map(user -> {",
      "            if (sms) {",
      "              return Response.status(Response.Status.ACCEPTED).build();",
      "            }",
      "            return Response.status(Response.Status.OK).build();",
      "          }).orElseGet(() -> Response.status(Response.Status.NOT_FOUND).build());",
      "        });",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Users", lines));

    assertThat(h.produced("com.acme.Users", "get"))
        .containsExactlyElementsIn(
            expected(lines, "200 body @{Response.Status.OK).entity(shown)}", "404 @{.orElseGet(() -> Response.status(Response.Status.NOT_FOUND)}"));
    assertThat(h.produced("com.acme.Users", "otp"))
        .containsExactlyElementsIn(
            expected(
                lines,
                "400 body @{BAD_REQUEST}",
                "202 @{ACCEPTED}",
                "200 @{return Response.status(Response.Status.OK).build();}",
                "404 @{).orElseGet(() -> Response.status(Response.Status.NOT_FOUND)}"));
  }

  @Test
  void aBlockThatReturnsNothingTheCodeShowsIsUnknown() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.Response;",
      "import java.util.Optional;",
      "@Path(\"/users\")",
      "public class Users {",
      "  @GET public Response get(@QueryParam(\"id\") String id) {",
      "    return Optional.ofNullable(id).map(user -> { throw new IllegalStateException(); })",
      "        .map(Response::ok).map(Response.ResponseBuilder::build)",
      "        .orElseGet(() -> Response.noContent().build());",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Users", lines));

    assertThat(h.produced("com.acme.Users", "get"))
        .containsExactlyElementsIn(expected(lines, "UNKNOWN @{.map(Response::ok)}", "204 @{noContent}"));
  }
  @Test
  void referencesToStaticFactoriesOfTheCompilationAreFollowed() {
    String[] lines = {
      "package com.acme;",
      "import jakarta.ws.rs.*;",
      "import jakarta.ws.rs.core.Response;",
      "import java.util.Optional;",
      "@Path(\"/books\")",
      "public class Books {",
      "  static final class Answers {",
      "    static Response found(String book) { return Response.ok(book).build(); }",
      "    static Response missing() { return Response.status(404).build(); }",
      "  }",
      "  private Optional<String> find(String isbn) { return Optional.ofNullable(isbn); }",
      "  @GET @Path(\"{isbn}\") public Response get(@PathParam(\"isbn\") String isbn) {",
      "    return find(isbn).filter(b -> !b.isEmpty()).map(Answers::found).orElseGet(Answers::missing);",
      "  }",
      "}",
    };
    Harness h = Harness.run(source("com.acme.Books", lines));

    assertThat(h.produced("com.acme.Books", "get"))
        .containsExactlyElementsIn(
            expected(lines, "200 body @{.map(Answers::found)} through found()", "404 @{.map(Answers::found)} through missing()"));
  }
}

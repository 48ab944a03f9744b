package dev.statuscontract.processor.analysis;

import static com.google.common.truth.Truth.assertThat;
import static dev.statuscontract.processor.analysis.Harness.expected;
import static dev.statuscontract.processor.analysis.Harness.source;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The JAX-RS idioms, in both namespaces. */
class JaxRsIdiomsTest {

  private static String[] lines(String namespace, String... lines) {
    return Arrays.stream(lines).map(line -> line.replace("NS", namespace)).toArray(String[]::new);
  }

  private static final String[] FACTORIES = {
    "package com.acme;",
    "import NS.ws.rs.*;",
    "import NS.ws.rs.core.*;",
    "import java.net.URI;",
    "@Path(\"/r\")",
    "public class R {",
    "  static final URI U = URI.create(\"/x\");",
    "  @GET public Response statusInt() { return Response.status(418).build(); }",
    "  @GET public Response statusEnum() { return Response.status(Response.Status.NOT_FOUND).build(); }",
    "  @GET public Response statusType() { return Response.status(Response.Status.fromStatusCode(409)).build(); }",
    "  @GET public Response statusReason() { return Response.status(429, \"slow down\").build(); }",
    "  @GET public Response ok() { return Response.ok().build(); }",
    "  @GET public Response okEntity() { return Response.ok(\"x\").build(); }",
    "  @GET public Response okTyped() { return Response.ok(\"x\", MediaType.TEXT_PLAIN_TYPE).build(); }",
    "  @GET public Response created() { return Response.created(U).build(); }",
    "  @GET public Response accepted() { return Response.accepted().build(); }",
    "  @GET public Response noContent() { return Response.noContent().build(); }",
    "  @GET public Response notModified() { return Response.notModified().build(); }",
    "  @GET public Response seeOther() { return Response.seeOther(U).build(); }",
    "  @GET public Response temporaryRedirect() { return Response.temporaryRedirect(U).build(); }",
    "  @GET public Response serverError() { return Response.serverError().build(); }",
    "  @GET public Response notAcceptable() { return Response.notAcceptable(java.util.List.of()).build(); }",
    "  @GET public Response laterStatus() { return Response.ok().status(202).build(); }",
    "  @GET public Response location() { return Response.status(201).location(U).build(); }",
    "  @GET public Response headerName() { return Response.status(201).header(\"location\", U).build(); }",
    "  @GET public Response headerConstant() { return Response.status(201).header(HttpHeaders.LOCATION, U).build(); }",
    "  @GET public Response allow() { return Response.status(405).allow(\"GET\").build(); }",
    "  @GET public Response entity() { return Response.status(200).entity(\"x\").build(); }",
    "  @GET public Response nullEntity() { return Response.status(200).entity(null).build(); }",
    "  @GET public String plainEntity() { return \"x\"; }",
    "  @GET public Object object() { return new Object() {}; }",
    "  @GET public String nullEntityReturned() { return null; }",
    "  @POST public void nothing() {}",
    "  @GET public Response multiLine() {",
    "    return Response",
    "        .status(404)",
    "        .build();",
    "  }",
    "}",
  };

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void factoriesAndBuilderSteps(String namespace) {
    String[] lines = lines(namespace, FACTORIES);
    Harness h = Harness.run(source("com.acme.R", lines));

    assertThat(h.produced("com.acme.R", "statusInt")).containsExactlyElementsIn(expected(lines, "418 @{statusInt(}"));
    assertThat(h.produced("com.acme.R", "statusEnum")).containsExactlyElementsIn(expected(lines, "404 @{statusEnum(}"));
    assertThat(h.produced("com.acme.R", "statusType")).containsExactlyElementsIn(expected(lines, "409 @{statusType(}"));
    assertThat(h.produced("com.acme.R", "statusReason")).containsExactlyElementsIn(expected(lines, "429 @{statusReason(}"));
    assertThat(h.produced("com.acme.R", "ok")).containsExactlyElementsIn(expected(lines, "200 @{ ok(}"));
    assertThat(h.produced("com.acme.R", "okEntity")).containsExactlyElementsIn(expected(lines, "200 body @{okEntity(}"));
    assertThat(h.produced("com.acme.R", "okTyped"))
        .containsExactlyElementsIn(expected(lines, "200 [Content-Type] body @{okTyped(}"));
    assertThat(h.produced("com.acme.R", "created")).containsExactlyElementsIn(expected(lines, "201 [Location] @{created(}"));
    assertThat(h.produced("com.acme.R", "accepted")).containsExactlyElementsIn(expected(lines, "202 @{accepted(}"));
    assertThat(h.produced("com.acme.R", "noContent")).containsExactlyElementsIn(expected(lines, "204 @{noContent(}"));
    assertThat(h.produced("com.acme.R", "notModified")).containsExactlyElementsIn(expected(lines, "304 @{notModified(}"));
    assertThat(h.produced("com.acme.R", "seeOther")).containsExactlyElementsIn(expected(lines, "303 [Location] @{seeOther(}"));
    assertThat(h.produced("com.acme.R", "temporaryRedirect"))
        .containsExactlyElementsIn(expected(lines, "307 [Location] @{temporaryRedirect(}"));
    assertThat(h.produced("com.acme.R", "serverError")).containsExactlyElementsIn(expected(lines, "500 @{serverError(}"));
    assertThat(h.produced("com.acme.R", "notAcceptable"))
        .containsExactlyElementsIn(expected(lines, "406 [Vary] @{notAcceptable(}"));
    assertThat(h.produced("com.acme.R", "laterStatus")).containsExactlyElementsIn(expected(lines, "202 @{laterStatus(}"));
    assertThat(h.produced("com.acme.R", "location")).containsExactlyElementsIn(expected(lines, "201 [Location] @{location(}"));
    assertThat(h.produced("com.acme.R", "headerName")).containsExactlyElementsIn(expected(lines, "201 [location] @{headerName(}"));
    assertThat(h.producedRaw("com.acme.R", "headerName").get(0).hasHeader("LOCATION")).isTrue();
    assertThat(h.produced("com.acme.R", "headerConstant"))
        .containsExactlyElementsIn(expected(lines, "201 [Location] @{headerConstant(}"));
    assertThat(h.produced("com.acme.R", "allow")).containsExactlyElementsIn(expected(lines, "405 [Allow] @{allow(}"));
    assertThat(h.produced("com.acme.R", "entity")).containsExactlyElementsIn(expected(lines, "200 body @{ entity(}"));
    assertThat(h.produced("com.acme.R", "nullEntity")).containsExactlyElementsIn(expected(lines, "200 @{nullEntity(}"));
    assertThat(h.produced("com.acme.R", "plainEntity")).containsExactlyElementsIn(expected(lines, "200 body @{plainEntity(}"));
    assertThat(h.produced("com.acme.R", "nullEntityReturned"))
        .containsExactlyElementsIn(expected(lines, "204 @{nullEntityReturned(}"));
    assertThat(h.produced("com.acme.R", "nothing")).containsExactlyElementsIn(expected(lines, "204 @{nothing(}"));
    assertThat(h.produced("com.acme.R", "multiLine")).containsExactlyElementsIn(expected(lines, "404 @{.status(404)}"));
  }

  private static final String[] EXCEPTIONS = {
    "package com.acme;",
    "import NS.ws.rs.*;",
    "import NS.ws.rs.core.*;",
    "import java.net.URI;",
    "@Path(\"/e\")",
    "public class E {",
    "  @GET public Response waeInt() { throw new WebApplicationException(404); }",
    "  @GET public Response waeStatus() { throw new WebApplicationException(Response.Status.GONE); }",
    "  @GET public Response waeMessage() { throw new WebApplicationException(\"no\", 422); }",
    "  @GET public Response waeResponse() { throw new WebApplicationException(Response.status(409).build()); }",
    "  @GET public Response waeBare() { throw new WebApplicationException(\"boom\"); }",
    "  @GET public Response notFound() { throw new NotFoundException(); }",
    "  @GET public Response badRequest() { throw new BadRequestException(); }",
    "  @GET public Response notAuthorized() { throw new NotAuthorizedException(\"Bearer\"); }",
    "  @GET public Response forbidden() { throw new ForbiddenException(); }",
    "  @GET public Response notAllowed() { throw new NotAllowedException(\"GET\"); }",
    "  @GET public Response notAcceptable() { throw new NotAcceptableException(); }",
    "  @GET public Response notSupported() { throw new NotSupportedException(); }",
    "  @GET public Response internal() { throw new InternalServerErrorException(); }",
    "  @GET public Response unavailable() { throw new ServiceUnavailableException(); }",
    "  @GET public Response clientError() { throw new ClientErrorException(Response.Status.CONFLICT); }",
    "  @GET public Response serverErrorCode() { throw new ServerErrorException(502); }",
    "  @GET public Response redirection() { throw new RedirectionException(303, URI.create(\"/x\")); }",
    "  static class Missing extends NotFoundException {}",
    "  @GET public Response subclass() { throw new Missing(); }",
    "  static class Custom extends WebApplicationException { Custom() { super(418); } }",
    "  @GET public Response customWae() { throw new Custom(); }",
    "  @GET public Response variable(WebApplicationException e) { throw e; }",
    "  @GET public Response plain() { throw new IllegalStateException(); }",
    "  @GET public String conditional(boolean b) {",
    "    if (b) throw new ForbiddenException();",
    "    return \"ok\";",
    "  }",
    "}",
  };

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void webApplicationExceptions(String namespace) {
    String[] lines = lines(namespace, EXCEPTIONS);
    Harness h = Harness.run(source("com.acme.E", lines));
    String via = " through exception " + namespace + ".ws.rs.";

    assertThat(h.produced("com.acme.E", "waeInt")).containsExactlyElementsIn(expected(lines, "404 @{waeInt(}" + via + "WebApplicationException"));
    assertThat(h.produced("com.acme.E", "waeStatus")).containsExactlyElementsIn(expected(lines, "410 @{waeStatus(}" + via + "WebApplicationException"));
    assertThat(h.produced("com.acme.E", "waeMessage")).containsExactlyElementsIn(expected(lines, "422 @{waeMessage(}" + via + "WebApplicationException"));
    assertThat(h.produced("com.acme.E", "waeResponse")).containsExactlyElementsIn(expected(lines, "409 @{waeResponse(}" + via + "WebApplicationException"));
    assertThat(h.produced("com.acme.E", "waeBare")).containsExactlyElementsIn(expected(lines, "500 @{waeBare(}" + via + "WebApplicationException"));
    assertThat(h.produced("com.acme.E", "notFound")).containsExactlyElementsIn(expected(lines, "404 @{notFound(}" + via + "NotFoundException"));
    assertThat(h.produced("com.acme.E", "badRequest")).containsExactlyElementsIn(expected(lines, "400 @{badRequest(}" + via + "BadRequestException"));
    assertThat(h.produced("com.acme.E", "notAuthorized"))
        .containsExactlyElementsIn(expected(lines, "401 [WWW-Authenticate] @{notAuthorized(}" + via + "NotAuthorizedException"));
    assertThat(h.produced("com.acme.E", "forbidden")).containsExactlyElementsIn(expected(lines, "403 @{forbidden(}" + via + "ForbiddenException"));
    assertThat(h.produced("com.acme.E", "notAllowed"))
        .containsExactlyElementsIn(expected(lines, "405 [Allow] @{notAllowed(}" + via + "NotAllowedException"));
    assertThat(h.produced("com.acme.E", "notAcceptable")).containsExactlyElementsIn(expected(lines, "406 @{notAcceptable(}" + via + "NotAcceptableException"));
    assertThat(h.produced("com.acme.E", "notSupported")).containsExactlyElementsIn(expected(lines, "415 @{notSupported(}" + via + "NotSupportedException"));
    assertThat(h.produced("com.acme.E", "internal")).containsExactlyElementsIn(expected(lines, "500 @{internal(}" + via + "InternalServerErrorException"));
    assertThat(h.produced("com.acme.E", "unavailable")).containsExactlyElementsIn(expected(lines, "503 @{unavailable(}" + via + "ServiceUnavailableException"));
    assertThat(h.produced("com.acme.E", "clientError")).containsExactlyElementsIn(expected(lines, "409 @{clientError(}" + via + "ClientErrorException"));
    assertThat(h.produced("com.acme.E", "serverErrorCode")).containsExactlyElementsIn(expected(lines, "502 @{serverErrorCode(}" + via + "ServerErrorException"));
    assertThat(h.produced("com.acme.E", "redirection"))
        .containsExactlyElementsIn(expected(lines, "303 [Location] @{redirection(}" + via + "RedirectionException"));
    assertThat(h.produced("com.acme.E", "subclass")).containsExactlyElementsIn(expected(lines, "404 @{subclass(}" + " through exception com.acme.E.Missing"));
    assertThat(h.produced("com.acme.E", "customWae")).containsExactlyElementsIn(expected(lines, "UNKNOWN @{customWae(}" + " through exception com.acme.E.Custom"));
    assertThat(h.produced("com.acme.E", "variable")).containsExactlyElementsIn(expected(lines, "UNKNOWN @{variable(}" + via + "WebApplicationException"));
    assertThat(h.produced("com.acme.E", "plain")).isEmpty();
    assertThat(h.produced("com.acme.E", "conditional"))
        .containsExactlyElementsIn(expected(lines, "200 body @{return \"ok\"}", "403 @{if (b) throw}" + via + "ForbiddenException"));
  }
}

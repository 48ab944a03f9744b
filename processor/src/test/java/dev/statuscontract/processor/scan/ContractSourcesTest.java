package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Source;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The contracts teams already wrote for other tools: swagger-core's and Swagger 2's
 * {@code @ApiResponse}, MicroProfile's {@code @APIResponse}, Spring's {@code @ResponseStatus}, read
 * as those tools read them, and checked like {@code @Returns}.
 */
class ContractSourcesTest {

  private final ContractCapture capture = new ContractCapture();

  private static List<String> codes(Endpoint endpoint) {
    return endpoint.documented().stream().map(DeclaredResponse::label).toList();
  }

  @Test
  void swaggerApiResponsesOnMethodAndClassWithHeadersContentDefaultAndRanges() {
    assertThat(
            compileWith(
                capture,
                List.of(),
                source(
                    "com.acme.UserResource",
                    "package com.acme;",
                    "import io.swagger.v3.oas.annotations.headers.Header;",
                    "import io.swagger.v3.oas.annotations.media.*;",
                    "import io.swagger.v3.oas.annotations.responses.*;",
                    "import jakarta.ws.rs.*;",
                    "import jakarta.ws.rs.core.Response;",
                    "import java.util.List;",
                    "@Path(\"/users\")",
                    "@ApiResponse(responseCode = \"401\", description = \"No token\", headers = @Header(name = \"WWW-Authenticate\"))",
                    "public class UserResource {",
                    "  public record User(String name) {}",
                    "  @GET",
                    "  @ApiResponses({",
                    "    @ApiResponse(responseCode = \"200\", description = \"The users\",",
                    "        content = @Content(array = @ArraySchema(schema = @Schema(implementation = User.class)))),",
                    "    @ApiResponse(responseCode = \"4XX\", description = \"Client error\"),",
                    "    @ApiResponse(description = \"Anything else\")",
                    "  })",
                    "  public List<User> list() { return List.of(); }",
                    "  @POST",
                    "  @ApiResponse(responseCode = \"201\", headers = @Header(name = \"Location\"),",
                    "      content = @Content(schema = @Schema(implementation = User.class)))",
                    "  public Response create(User user) { return null; }",
                    "}")))
        .succeeded();

    Endpoint list = capture.endpoint("GET /users");
    assertThat(codes(list)).containsExactly("200", "401", "4XX", "default").inOrder();
    assertThat(list.responses().get(0).declaredWith()).isEqualTo(Source.SWAGGER);
    assertThat(list.responses().get(0).body().orElseThrow().toString())
        .isEqualTo("java.util.List<com.acme.UserResource.User>");
    assertThat(list.responses().get(1).headers()).containsExactly("WWW-Authenticate");
    Endpoint create = capture.endpoint("POST /users");
    assertThat(create.responses().get(0).headers()).containsExactly("Location");
    assertThat(create.responses().get(0).body().orElseThrow().toSimpleString()).isEqualTo("UserResource.User");
  }

  @Test
  void aSwaggerDeclaredContractIsCheckedLikeReturns() {
    JavaFileObject resource =
        source(
            "com.acme.OrderController",
            "package com.acme;",
            "import io.swagger.v3.oas.annotations.Operation;",
            "import io.swagger.v3.oas.annotations.responses.ApiResponse;",
            "import org.springframework.http.ResponseEntity;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController @RequestMapping(\"/orders\")",
            "public class OrderController {",
            "  @PostMapping",
            "  @Operation(summary = \"Place an order\", responses = {",
            "      @ApiResponse(responseCode = \"201\", description = \"Placed\"),",
            "      @ApiResponse(responseCode = \"304\", description = \"Nothing new\") })",
            "  public ResponseEntity<Void> place() { return null; }",
            "  @DeleteMapping(\"/{id}\")",
            "  @ApiResponse(responseCode = \"20O\", description = \"a typo\")",
            "  @ApiResponse(responseCode = \"204\")",
            "  public ResponseEntity<Void> cancel(@PathVariable String id) { return null; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation)
        .hadErrorContaining("[created-without-location] POST /orders declares 201 Created (declared with @ApiResponse) without a Location header; add headers = @Header(name = \"Location\")")
        .inFile(resource)
        .onLineContaining("responseCode = \"201\"");
    assertThat(compilation)
        .hadErrorContaining("[status-not-for-method]")
        .inFile(resource)
        .onLineContaining("responseCode = \"304\"");
    assertThat(compilation)
        .hadErrorContaining("[invalid-status-code] DELETE /orders/{id} declares \"20O\"")
        .inFile(resource)
        .onLineContaining("responseCode = \"20O\"");
  }

  @Test
  void swagger2ApiResponsesAreRead() {
    JavaFileObject resource =
        source(
            "com.acme.ItemResource",
            "package com.acme;",
            "import io.swagger.annotations.*;",
            "import javax.ws.rs.*;",
            "import javax.ws.rs.core.Response;",
            "@Path(\"/items\")",
            "public class ItemResource {",
            "  public static class Item {}",
            "  @GET",
            "  @ApiResponses({",
            "    @ApiResponse(code = 200, message = \"Every item\", response = Item.class, responseContainer = \"List\"),",
            "    @ApiResponse(code = 405, message = \"Read-only\") })",
            "  public Response list() { return null; }",
            "}");

    Compilation compilation = compileWith(capture, List.of(), resource);
    assertThat(compilation).succeeded();
    Endpoint list = capture.endpoint("GET /items");
    assertThat(list.responses().get(0).body().orElseThrow().toString())
        .isEqualTo("java.util.List<com.acme.ItemResource.Item>");
    assertThat(list.responses().get(0).declaredWith()).isEqualTo(Source.SWAGGER2);

    assertThat(compile(resource))
        .hadErrorContaining(
            "[method-not-allowed-without-allow] GET /items declares 405 Method Not Allowed (declared with @ApiResponse) without an Allow header")
        .inFile(resource)
        .onLineContaining("code = 405");
  }

  @Test
  void microProfileResponsesIncludingASchemaAndAnExceptionMapper() {
    JavaFileObject missing =
        source(
            "com.acme.MissingException",
            "package com.acme;",
            "public class MissingException extends Exception {}");
    JavaFileObject mapper =
        source(
            "com.acme.MissingMapper",
            "package com.acme;",
            "import jakarta.ws.rs.core.Response;",
            "import jakarta.ws.rs.ext.*;",
            "import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;",
            "@Provider",
            "public class MissingMapper implements ExceptionMapper<MissingException> {",
            "  @Override",
            "  @APIResponse(responseCode = \"404\", description = \"No such book\")",
            "  public Response toResponse(MissingException e) { return Response.status(404).build(); }",
            "}");
    JavaFileObject resource =
        source(
            "com.acme.BookResource",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;",
            "import org.eclipse.microprofile.openapi.annotations.media.*;",
            "import org.eclipse.microprofile.openapi.annotations.responses.*;",
            "@Path(\"/books\")",
            "public class BookResource {",
            "  public record Book(String isbn) {}",
            "  @GET @Path(\"{isbn}\")",
            "  @APIResponseSchema(value = Book.class, responseDescription = \"The book\")",
            "  public Book get(@PathParam(\"isbn\") String isbn) throws MissingException { return null; }",
            "  @GET",
            "  @APIResponses(@APIResponse(responseCode = \"200\",",
            "      content = @Content(schema = @Schema(implementation = Book.class, type = SchemaType.ARRAY))))",
            "  public Book[] list() { return new Book[0]; }",
            "}");

    assertThat(compileWith(capture, List.of(), missing, mapper, resource)).succeeded();

    Endpoint get = capture.endpoint("GET /books/{isbn}");
    assertThat(codes(get)).containsExactly("200", "404").inOrder();
    assertThat(get.responses().get(1).describe()).isEqualTo("404 Not Found (from MissingMapper with @APIResponse)");
    assertThat(get.responses().get(0).body().orElseThrow().toSimpleString()).isEqualTo("BookResource.Book");
    assertThat(capture.endpoint("GET /books").responses().get(0).body().orElseThrow().toSimpleString())
        .isEqualTo("BookResource.Book[]");
  }

  @Test
  void responseStatusIsTheSuccessStatusAndWithAReasonAnErrorPage() {
    assertThat(
            compileWith(
                capture,
                List.of(),
                source(
                    "com.acme.AccountController",
                    "package com.acme;",
                    "import org.springframework.http.HttpStatus;",
                    "import org.springframework.web.bind.annotation.*;",
                    "@RestController",
                    "public class AccountController {",
                    "  public record Account(String id) {}",
                    "  @PostMapping(\"/accounts\") @ResponseStatus(HttpStatus.CREATED)",
                    "  public Account register() { return null; }",
                    "  @GetMapping(\"/legacy\") @ResponseStatus(code = HttpStatus.GONE, reason = \"Moved on\")",
                    "  public void legacy() {}",
                    "}")))
        .succeeded();

    DeclaredResponse created = capture.endpoint("POST /accounts").responses().get(0);
    assertThat(created.code()).isEqualTo(201);
    assertThat(created.body().orElseThrow().toSimpleString()).isEqualTo("AccountController.Account");
    DeclaredResponse gone = capture.endpoint("GET /legacy").responses().get(0);
    assertThat(gone.code()).isEqualTo(410);
    assertThat(gone.description()).isEqualTo("Moved on");
    assertThat(gone.body()).isEmpty();
  }

  @Test
  void aResponseStatusWithoutLocationOnACreatingPostIsFound() {
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

    assertThat(compile(controller))
        .hadErrorContaining(
            "[created-without-location] POST /accounts declares 201 Created (declared with @ResponseStatus) without a Location header; answer with a ResponseEntity that sets it, such as ResponseEntity.created(uri), instead of @ResponseStatus")
        .inFile(controller)
        .onLineContaining("@ResponseStatus");
  }

  @Test
  void sourcesDisagreeingAreAConflict() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import io.swagger.v3.oas.annotations.headers.Header;",
            "import io.swagger.v3.oas.annotations.responses.*;",
            "import org.springframework.http.HttpStatus;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class UserController {",
            "  @PostMapping(\"/users\")",
            "  @ResponseStatus(HttpStatus.CREATED)",
            "  @ApiResponse(responseCode = \"200\", description = \"Created\")",
            "  public void create() {}",
            "  @GetMapping(\"/users/{id}\")",
            "  @Returns(value = 200, headers = \"ETag\")",
            "  @ApiResponse(responseCode = \"200\", description = \"The user\")",
            "  public void get() {}",
            "}");

    Compilation compilation = compile(List.of("-Astatuscontract.rules=created-without-location:off"), controller);

    assertThat(compilation)
        .hadWarningContaining(
            "[conflicting-declarations] POST /users: @ResponseStatus makes it answer 201 Created, but its @ApiResponses declare 200 OK and not 201")
        .inFile(controller)
        .onLineContaining("@ResponseStatus");
    assertThat(compilation)
        .hadWarningContaining(
            "[conflicting-declarations] GET /users/{id}: @ApiResponse declares 200 OK without headers, but @Returns declares it with headers [etag]")
        .inFile(controller)
        .onLineContaining("description = \"The user\"");
  }

  @Test
  void theSourcesOptionChoosesWhatIsRead() {
    JavaFileObject controller =
        source(
            "com.acme.AccountController",
            "package com.acme;",
            "import org.springframework.http.HttpStatus;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class AccountController {",
            "  @PostMapping(\"/accounts\") @ResponseStatus(HttpStatus.CREATED)",
            "  public void register() {}",
            "}");

    assertThat(compile(List.of("-Astatuscontract.sources=returns,swagger", "-Astatuscontract.analysis=false"), controller))
        .succeededWithoutWarnings();
    // The option chooses the annotations read as declarations; the analysis still reads the code.
    assertThat(compile(List.of("-Astatuscontract.sources=returns,swagger"), controller))
        .hadErrorContaining("[created-without-location] POST /accounts answers 201 Created here without a Location header")
        .inFile(controller)
        .onLineContaining("public void register()");
    assertThat(compile(List.of("-Astatuscontract.sources=returns,openapi"), controller))
        .hadErrorContaining(
            "unknown source 'openapi' in -Astatuscontract.sources; write any of returns, swagger, swagger2, microprofile, spring");
  }

  @Test
  void anOpenApiGeneratorInterfaceWithOperationsAndAControllerYieldTheFindingsItsDeclarationsDeserve() {
    JavaFileObject pet = source("org.openapitools.model.Pet", "package org.openapitools.model;", "public record Pet(long id) {}");
    JavaFileObject api =
        source(
            "org.openapitools.api.PetsApi",
            "package org.openapitools.api;",
            "import io.swagger.v3.oas.annotations.Operation;",
            "import io.swagger.v3.oas.annotations.Parameter;",
            "import io.swagger.v3.oas.annotations.media.*;",
            "import io.swagger.v3.oas.annotations.responses.ApiResponse;",
            "import io.swagger.v3.oas.annotations.tags.Tag;",
            "import org.openapitools.model.Pet;",
            "import org.springframework.http.*;",
            "import org.springframework.web.bind.annotation.*;",
            "import java.util.List;",
            "@Tag(name = \"pets\", description = \"the pets API\")",
            "@RequestMapping(\"${openapi.swaggerPetstore.base-path:}\")",
            "public interface PetsApi {",
            "  @Operation(operationId = \"createPets\", summary = \"Create a pet\", tags = { \"pets\" },",
            "      responses = {",
            "          @ApiResponse(responseCode = \"200\", description = \"Null response\"),",
            "          @ApiResponse(responseCode = \"default\", description = \"unexpected error\")",
            "      })",
            "  @RequestMapping(method = RequestMethod.POST, value = \"/pets\", produces = { \"application/json\" })",
            "  default ResponseEntity<Void> createPets(@Parameter(name = \"Pet\") @RequestBody Pet pet) {",
            "    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);",
            "  }",
            "  @Operation(operationId = \"deletePet\", summary = \"Delete a pet\", responses = {",
            "          @ApiResponse(responseCode = \"200\", description = \"Deleted\",",
            "              content = @Content(mediaType = \"application/json\", schema = @Schema(implementation = Pet.class))),",
            "          @ApiResponse(responseCode = \"304\", description = \"Not modified\")",
            "      })",
            "  @RequestMapping(method = RequestMethod.DELETE, value = \"/pets/{petId}\")",
            "  default ResponseEntity<Pet> deletePet(@PathVariable(\"petId\") String petId) {",
            "    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);",
            "  }",
            "  @Operation(operationId = \"listPets\", summary = \"List all pets\", responses = {",
            "          @ApiResponse(responseCode = \"200\", description = \"A paged array of pets\",",
            "              content = @Content(mediaType = \"application/json\", array = @ArraySchema(schema = @Schema(implementation = Pet.class))))",
            "      })",
            "  @RequestMapping(method = RequestMethod.GET, value = \"/pets\", produces = { \"application/json\" })",
            "  default ResponseEntity<List<Pet>> listPets(@RequestParam(value = \"limit\", required = false) Integer limit) {",
            "    return new ResponseEntity<>(HttpStatus.NOT_IMPLEMENTED);",
            "  }",
            "}");
    JavaFileObject controller =
        source(
            "com.acme.PetsController",
            "package com.acme;",
            "import org.openapitools.api.PetsApi;",
            "@org.springframework.web.bind.annotation.RestController",
            "@org.springframework.web.bind.annotation.RequestMapping(\"/api\")",
            "public class PetsController implements PetsApi {}");

    Compilation compilation = compile(pet, api, controller);

    // A DELETE that answers 304: not a status a DELETE can send.
    assertThat(compilation)
        .hadErrorContaining("[status-not-for-method] DELETE /api/pets/{petId}")
        .inFile(api)
        .onLineContaining("responseCode = \"304\"");
    // Each finding once, though the interface and its controller are both compiled.
    assertThat(compilation).hadErrorCount(1);
    // The list body fits ResponseEntity<List<Pet>>: no body-type-mismatch, no helpers skipped.
    assertThat(compilation.diagnostics().stream().map(d -> d.getMessage(null)).toList().toString())
        .doesNotContain("body-type-mismatch");
  }
}

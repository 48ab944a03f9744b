package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.source;

import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Parameter;
import dev.statuscontract.processor.model.Parameter.Location;
import dev.statuscontract.processor.model.RequestBody;
import dev.statuscontract.processor.model.TypeRef;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The request of each endpoint as the frameworks read it: path, query, header and cookie
 * parameters with their names, types and required-ness, the request body with its media types, and
 * the Javadoc that describes them.
 */
class ParametersTest {

  private final ContractCapture capture = new ContractCapture();

  private void compile(JavaFileObject... sources) {
    assertThat(compileWith(capture, List.of(), sources)).succeeded();
  }

  private static final TypeRef STRING = TypeRef.Named.of("java.lang", "String");
  private static final TypeRef INTEGER = TypeRef.Named.of("java.lang", "Integer");

  /** A parameter as {@code in name: Type required}. */
  private static String line(Parameter p) {
    return p.location().key() + " " + p.name() + ": " + p.type().toSimpleString() + (p.required() ? " required" : "")
        + p.defaultValue().map(d -> " = " + d).orElse("") + (p.deprecated() ? " deprecated" : "");
  }

  private List<String> lines(String endpoint) {
    return capture.endpoint(endpoint).parameters().stream().map(ParametersTest::line).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsParametersOfEveryKind(String pkg) {
    compile(
        source(
            "com.acme.Item",
            "package com.acme;",
            "public record Item(String name) {}"),
        source(
            "com.acme.ItemResource",
            "package com.acme;",
            "import " + pkg + ".ws.rs.*;",
            "import " + pkg + ".ws.rs.core.Context;",
            "import " + pkg + ".ws.rs.core.Response;",
            "import " + pkg + ".ws.rs.core.UriInfo;",
            "import java.util.List;",
            "import java.util.UUID;",
            "@Path(\"/shops/{shop}/items\")",
            "@Consumes(\"application/xml\")",
            "public class ItemResource {",
            "  @GET",
            "  public Response list(@PathParam(\"shop\") UUID shop,",
            "      @QueryParam(\"limit\") @DefaultValue(\"20\") int limit,",
            "      @QueryParam(\"tag\") List<String> tags,",
            "      @HeaderParam(\"X-Trace\") String trace,",
            "      @CookieParam(\"session\") @Deprecated String session,",
            "      @Context UriInfo uri) {",
            "    return null;",
            "  }",
            "  @POST @Consumes({\"application/json\", \"text/csv\"})",
            "  public Response create(@PathParam(\"shop\") UUID shop, @Context UriInfo uri, Item item) {",
            "    return null;",
            "  }",
            "  @PUT @Path(\"{id}\")",
            "  public Response replace(@PathParam(\"shop\") UUID shop, @PathParam(\"id\") long id, Item item) {",
            "    return null;",
            "  }",
            "  @DELETE @Path(\"{id}\")",
            "  public Response delete(@PathParam(\"shop\") UUID shop, @PathParam(\"id\") long id) {",
            "    return null;",
            "  }",
            "}"));

    assertThat(lines("GET /shops/{shop}/items"))
        .containsExactly(
            "path shop: UUID required",
            "query limit: int = 20",
            "query tag: List<String>",
            "header X-Trace: String",
            "cookie session: String deprecated")
        .inOrder();
    assertThat(capture.endpoint("GET /shops/{shop}/items").requestBody()).isEmpty();

    Endpoint create = capture.endpoint("POST /shops/{shop}/items");
    assertThat(create.parameters().stream().map(ParametersTest::line).toList()).containsExactly("path shop: UUID required");
    RequestBody body = create.requestBody().orElseThrow();
    assertThat(body.type()).isEqualTo(TypeRef.Named.of("com.acme", "Item"));
    assertThat(body.required()).isTrue();
    assertThat(body.mediaTypes()).containsExactly("application/json", "text/csv").inOrder();

    // @Consumes of the class where the method has none.
    assertThat(capture.endpoint("PUT /shops/{shop}/items/{id}").requestBody().orElseThrow().mediaTypes())
        .containsExactly("application/xml");
    assertThat(lines("PUT /shops/{shop}/items/{id}")).containsExactly("path shop: UUID required", "path id: long required");
    assertThat(capture.endpoint("DELETE /shops/{shop}/items/{id}").requestBody()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"jakarta", "javax"})
  void jaxRsBeanParamFieldsSettersAndConstructorParameters(String pkg) {
    compile(
        source(
            "com.acme.Paging",
            "package com.acme;",
            "import " + pkg + ".ws.rs.*;",
            "public class Paging {",
            "  /** Where the page starts. */",
            "  @QueryParam(\"cursor\") String cursor;",
            "  @BeanParam Sorting sorting;",
            "  private final String tenant;",
            "  /** @param tenant the tenant the caller acts for */",
            "  public Paging(@HeaderParam(\"X-Tenant\") String tenant) { this.tenant = tenant; }",
            "  /** How many items a page holds. */",
            "  @QueryParam(\"size\") @DefaultValue(\"50\")",
            "  public void setSize(Integer size) {}",
            "  String unrelated;",
            "}"),
        source(
            "com.acme.Sorting",
            "package com.acme;",
            "import " + pkg + ".ws.rs.*;",
            "public class Sorting {",
            "  @QueryParam(\"sort\") String sort;",
            "}"),
        source(
            "com.acme.ItemResource",
            "package com.acme;",
            "import " + pkg + ".ws.rs.*;",
            "@Path(\"/items\")",
            "public class ItemResource {",
            "  @GET",
            "  public String list(@BeanParam Paging paging, @QueryParam(\"q\") String q) { return \"\"; }",
            "}"));

    assertThat(lines("GET /items"))
        .containsExactly(
            "query cursor: String",
            "query sort: String",
            "header X-Tenant: String",
            "query size: Integer = 50",
            "query q: String")
        .inOrder();
    Endpoint list = capture.endpoint("GET /items");
    assertThat(list.requestBody()).isEmpty();
    assertThat(description(list, "cursor")).isEqualTo("Where the page starts.");
    assertThat(description(list, "X-Tenant")).isEqualTo("the tenant the caller acts for");
    assertThat(description(list, "size")).isEqualTo("How many items a page holds.");
    assertThat(list.parameters().get(3).type()).isEqualTo(INTEGER);
  }

  @Test
  void springParametersOfEveryKind() {
    compile(
        source(
            "com.acme.Order",
            "package com.acme;",
            "public record Order(String id) {}"),
        source(
            "com.acme.OrderController",
            "package com.acme;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(value = \"/orders\", consumes = \"application/xml\")",
            "public class OrderController {",
            "  @GetMapping(\"/{id}\")",
            "  public Order get(@PathVariable String id,",
            "      @RequestParam(name = \"expand\", required = false) String expand,",
            "      @RequestParam(defaultValue = \"10\") int limit,",
            "      @RequestParam Optional<String> cursor,",
            "      @RequestParam(\"q\") String query,",
            "      @RequestHeader(\"X-Trace\") String trace,",
            "      @CookieValue(value = \"session\", required = false) String session,",
            "      @RequestParam Map<String, String> everything) {",
            "    return null;",
            "  }",
            "  @PostMapping(consumes = {\"application/json\", \"application/cbor\"})",
            "  public Order create(@RequestBody Order order, @RequestHeader(name = \"Idempotency-Key\") String key) {",
            "    return order;",
            "  }",
            "  @PutMapping(\"/{orderId}\")",
            "  public Order replace(@PathVariable(\"orderId\") Long id, @RequestBody(required = false) Order order) {",
            "    return order;",
            "  }",
            "  @PatchMapping(\"/{orderId}\")",
            "  public Order patch(@PathVariable(name = \"orderId\") Long id, @RequestBody Optional<Order> order, String plain) {",
            "    return null;",
            "  }",
            "}"));

    assertThat(lines("GET /orders/{id}"))
        .containsExactly(
            "path id: String required",
            "query expand: String",
            "query limit: int = 10",
            "query cursor: String",
            "query q: String required",
            "header X-Trace: String required",
            "cookie session: String")
        .inOrder();
    assertThat(capture.endpoint("GET /orders/{id}").requestBody()).isEmpty();

    Endpoint create = capture.endpoint("POST /orders");
    assertThat(create.parameters().stream().map(ParametersTest::line).toList())
        .containsExactly("header Idempotency-Key: String required");
    RequestBody body = create.requestBody().orElseThrow();
    assertThat(body.type()).isEqualTo(TypeRef.Named.of("com.acme", "Order"));
    assertThat(body.required()).isTrue();
    assertThat(body.mediaTypes()).containsExactly("application/json", "application/cbor").inOrder();

    Endpoint replace = capture.endpoint("PUT /orders/{orderId}");
    assertThat(replace.parameters().stream().map(ParametersTest::line).toList())
        .containsExactly("path orderId: Long required");
    assertThat(replace.requestBody().orElseThrow().required()).isFalse();
    // consumes of the class's @RequestMapping where the method's mapping says none.
    assertThat(replace.requestBody().orElseThrow().mediaTypes()).containsExactly("application/xml");

    RequestBody optional = capture.endpoint("PATCH /orders/{orderId}").requestBody().orElseThrow();
    assertThat(optional.type()).isEqualTo(TypeRef.Named.of("com.acme", "Order"));
    assertThat(optional.required()).isFalse();
    assertThat(lines("PATCH /orders/{orderId}")).containsExactly("path orderId: Long required");
  }

  @Test
  void springWithoutConsumesSaysNoMediaType() {
    compile(
        source(
            "com.acme.NoteController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class NoteController {",
            "  @PostMapping(\"/notes\")",
            "  public String add(@RequestBody String text) { return text; }",
            "}"));
    RequestBody body = capture.endpoint("POST /notes").requestBody().orElseThrow();
    assertThat(body.type()).isEqualTo(STRING);
    assertThat(body.mediaTypes()).isEmpty();
  }

  @Test
  void javadocGivesSummaryDescriptionAndParameterDescriptions() {
    compile(
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  /**",
            "   * Finds the user with the given {@code id}. Looks in the {@link UserResource#cache cache}",
            "   * first, then in {@link java.util.Map}.",
            "   *",
            "   * <p>Never returns &lt;null&gt;.",
            "   *",
            "   * @param id the user's id, as {@code u-123}",
            "   * @param verbose whether to",
            "   *     say more",
            "   * @return the user",
            "   * @throws IllegalStateException never",
            "   */",
            "  @GET @Path(\"{id}\")",
            "  public String get(@PathParam(\"id\") String id, @QueryParam(\"verbose\") boolean verbose) {",
            "    return id;",
            "  }",
            "  /** Broken {@code tag and {@link trailing */",
            "  @DELETE @Path(\"{id}\")",
            "  public void delete(@PathParam(\"id\") String id) {}",
            "  @POST",
            "  public void create(String body) {}",
            "}"));

    Endpoint get = capture.endpoint("GET /users/{id}");
    assertThat(get.summary().plain()).isEqualTo("Finds the user with the given id.");
    assertThat(get.summary().paragraphs().get(0).spans())
        .containsExactly(
            new DocText.Span("Finds the user with the given ", false),
            new DocText.Span("id", true),
            new DocText.Span(".", false))
        .inOrder();
    assertThat(get.description().plain())
        .isEqualTo("Looks in the cache first, then in java.util.Map.\n\nNever returns <null>.");
    assertThat(description(get, "id")).isEqualTo("the user's id, as u-123");
    assertThat(description(get, "verbose")).isEqualTo("whether to say more");

    // Malformed Javadoc reads as text, and never stops the build.
    assertThat(capture.endpoint("DELETE /users/{id}").summary().plain()).isNotEmpty();
    Endpoint create = capture.endpoint("POST /users");
    assertThat(create.summary()).isEqualTo(DocText.EMPTY);
    assertThat(create.description()).isEqualTo(DocText.EMPTY);
    assertThat(create.requestBody().orElseThrow().description()).isEqualTo(DocText.EMPTY);
  }

  @Test
  void inheritedEndpointsUseTheJavadocOfTheNearestMethodThatHasOne() {
    compile(
        source(
            "com.acme.api.PetApi",
            "package com.acme.api;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/pets\")",
            "public interface PetApi {",
            "  /**",
            "   * Reads a pet.",
            "   *",
            "   * @param name the pet's name",
            "   */",
            "  @GET @Path(\"{name}\")",
            "  String read(@PathParam(\"name\") String name);",
            "  /**",
            "   * Removes a pet.",
            "   *",
            "   * @param name the pet's name",
            "   */",
            "  @DELETE @Path(\"{name}\")",
            "  void remove(@PathParam(\"name\") String name);",
            "}"),
        source(
            "com.acme.PetResource",
            "package com.acme;",
            "public class PetResource implements com.acme.api.PetApi {",
            "  @Override",
            "  public String read(String petName) { return petName; }",
            "  /**",
            "   * Removes a pet and its photos.",
            "   */",
            "  @Override",
            "  public void remove(String n) {}",
            "}"));

    Endpoint read = capture.endpoint("GET /pets/{name}");
    assertThat(read.declaringType()).isEqualTo("com.acme.PetResource");
    assertThat(read.summary().plain()).isEqualTo("Reads a pet.");
    assertThat(lines("GET /pets/{name}")).containsExactly("path name: String required");
    assertThat(description(read, "name")).isEqualTo("the pet's name");

    Endpoint remove = capture.endpoint("DELETE /pets/{name}");
    assertThat(remove.summary().plain()).isEqualTo("Removes a pet and its photos.");
    // The implementation has no @param for it: the interface's describes it.
    assertThat(description(remove, "name")).isEqualTo("the pet's name");
  }

  @Test
  void detachedKeepsTheRequestAndTheJavadoc() {
    compile(
        source(
            "com.acme.NoteController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class NoteController {",
            "  /**",
            "   * Adds a note.",
            "   * @param text what it says",
            "   */",
            "  @PostMapping(\"/notes/{board}\")",
            "  public String add(@PathVariable String board, @RequestBody String text) { return text; }",
            "}"));
    Endpoint endpoint = capture.endpoint("POST /notes/{board}");
    Endpoint detached = endpoint.detached();
    assertThat(detached.summary()).isEqualTo(endpoint.summary());
    assertThat(detached.parameters()).isEqualTo(endpoint.parameters());
    assertThat(detached.requestBody()).isEqualTo(endpoint.requestBody());
    assertThat(detached.requestBody().map(b -> b.description().plain())).isEqualTo(Optional.of("what it says"));
  }

  private static String description(Endpoint endpoint, String name) {
    return endpoint.parameters().stream()
        .filter(p -> p.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parameter " + name))
        .description()
        .plain();
  }
}

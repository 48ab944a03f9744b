package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.source;

import dev.statuscontract.processor.frameworks.jaxrs.JaxRs;
import dev.statuscontract.processor.frameworks.spring.Spring;
import dev.statuscontract.processor.model.TypeRef;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class EndpointDiscoveryTest {

  private final ContractCapture capture = new ContractCapture();

  private void compile(JavaFileObject... sources) {
    assertThat(compileWith(capture, List.of(), sources)).succeeded();
  }

  @Test
  void jakartaResourceJoinsClassAndMethodPathsAndSimplifiesTemplates() {
    compile(
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "@Path(\"users/\")",
            "public class UserResource {",
            "  @GET public String list() { return \"\"; }",
            "  @GET @Path(\"/{id: [0-9]+}\") public String get(@PathParam(\"id\") long id) { return \"\"; }",
            "  @DELETE @Path(\"{id}\") public void delete(@PathParam(\"id\") long id) {}",
            "  @HEAD @Path(\"{id}\") public void head(@PathParam(\"id\") long id) {}",
            "  @OPTIONS public void options() {}",
            "  @PATCH @Path(\"{id}\") public void patch(@PathParam(\"id\") long id, String body) {}",
            "  @Path(\"{id}/orders\") public OrderResource orders() { return null; }",
            "  public static class OrderResource {",
            "    @POST public void add() {}",
            "  }",
            "}"));

    assertThat(capture.described())
        .containsExactly(
            "GET /users",
            "GET /users/{id}",
            "DELETE /users/{id}",
            "HEAD /users/{id}",
            "OPTIONS /users",
            "PATCH /users/{id}",
            "POST /")
        .inOrder();
    assertThat(capture.endpoint("GET /users").framework()).isEqualTo(JaxRs.JAKARTA.framework());
    assertThat(capture.endpoint("GET /users/{id}").parameterTypes()).containsExactly(new TypeRef.Primitive("long"));
  }

  @Test
  void javaxResourceAndCustomHttpMethodAnnotation() {
    compile(
        source(
            "com.acme.PROPFIND",
            "package com.acme;",
            "import java.lang.annotation.*;",
            "@Target(ElementType.METHOD) @Retention(RetentionPolicy.RUNTIME)",
            "@javax.ws.rs.HttpMethod(\"PROPFIND\")",
            "public @interface PROPFIND {}"),
        source(
            "com.acme.FileResource",
            "package com.acme;",
            "import javax.ws.rs.*;",
            "@Path(\"/files\")",
            "public class FileResource {",
            "  @PROPFIND @Path(\"{name}\") public String properties() { return \"\"; }",
            "  @PUT @Path(\"{name}\") public void upload(byte[] content) {}",
            "}"));

    assertThat(capture.described()).containsExactly("PROPFIND /files/{name}", "PUT /files/{name}");
    assertThat(capture.endpoint("PUT /files/{name}").framework()).isEqualTo(JaxRs.JAVAX.framework());
  }

  @Test
  void resourceInterfaceMethodsAreEndpointsAndTheirImplementationsInheritThem() {
    compile(
        source(
            "com.acme.UserApi",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public interface UserApi {",
            "  @GET @Path(\"{id}\") @Returns(200) String get(@PathParam(\"id\") String id);",
            "}"),
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "public class UserResource implements UserApi {",
            "  @Override @Returns(404) public String get(String id) { return id; }",
            "}"));

    // Once, as the implementation: the interface is served by the class that implements it.
    assertThat(capture.described()).containsExactly("GET /users/{id}");
    assertThat(capture.endpoints.get(0).declaringType()).isEqualTo("com.acme.UserResource");
    assertThat(capture.endpoints.get(0).responses().stream().map(r -> r.code()).toList())
        .containsExactly(200, 404)
        .inOrder();
    assertThat(capture.strays).isEmpty();
  }

  @Test
  void springShortcutsRequestMappingMethodsAndClassPrefix() {
    compile(
        source(
            "com.acme.OrderController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/orders\")",
            "public class OrderController {",
            "  @GetMapping public String list() { return \"\"; }",
            "  @GetMapping(path = \"/{id}\") public String get() { return \"\"; }",
            "  @PostMapping({\"\", \"/new\"}) public String create() { return \"\"; }",
            "  @PutMapping(value = \"{id}\") public void replace() {}",
            "  @PatchMapping(\"{id}\") public void patch() {}",
            "  @DeleteMapping(\"{id}\") public void delete() {}",
            "  @RequestMapping(value = \"/{id}/status\", method = {RequestMethod.GET, RequestMethod.HEAD})",
            "  public String status() { return \"\"; }",
            "  @RequestMapping(\"/ping\") public String ping() { return \"\"; }",
            "  public String notMapped() { return \"\"; }",
            "}"));

    assertThat(capture.described())
        .containsExactly(
            "GET /orders",
            "GET /orders/{id}",
            "POST /orders",
            "POST /orders/new",
            "PUT /orders/{id}",
            "PATCH /orders/{id}",
            "DELETE /orders/{id}",
            "GET /orders/{id}/status",
            "HEAD /orders/{id}/status",
            "ANY /orders/ping")
        .inOrder();
    assertThat(capture.endpoint("ANY /orders/ping").httpMethod().isAny()).isTrue();
    assertThat(capture.endpoint("GET /orders").produces()).isEmpty();
    assertThat(capture.endpoint("GET /orders").framework()).isEqualTo(Spring.MVC);
  }

  @Test
  void springNeedsAControllerThroughAMetaAnnotation() {
    compile(
        source(
            "com.acme.ApiController",
            "package com.acme;",
            "import java.lang.annotation.*;",
            "@Target(ElementType.TYPE) @Retention(RetentionPolicy.RUNTIME)",
            "@org.springframework.web.bind.annotation.RestController",
            "public @interface ApiController {}"),
        source(
            "com.acme.Meta",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@ApiController",
            "public class Meta { @GetMapping(\"/meta\") public String get() { return \"\"; } }"),
        source(
            "com.acme.Api",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RequestMapping(\"/api\")",
            "public interface Api { @GetMapping(\"/x\") String get(); }"),
        source(
            "com.acme.NotAController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "public class NotAController { @GetMapping(\"/no\") public String get() { return \"\"; } }"));

    // An interface is no controller: its mappings are served only by a controller implementing it.
    assertThat(capture.described()).containsExactly("GET /meta");
  }

  @Test
  void declarationsOnMethodsThatAreNotEndpointsAreStray() {
    compile(
        source(
            "com.acme.Helpers",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/h\")",
            "public class Helpers {",
            "  @Returns(200) public String helper() { return \"\"; }",
            "  @Path(\"sub\") @Returns(200) @Creates public Object locator() { return null; }",
            "}"));

    assertThat(capture.endpoints).isEmpty();
    assertThat(capture.strays.stream().map(s -> s.annotation() + " " + s.javaMethod()).toList())
        .containsExactly("@Returns Helpers.helper()", "@Returns Helpers.locator()", "@Creates Helpers.locator()");
  }

  @Test
  void producesComesFromTheMethodElseTheClass() {
    compile(
        source(
            "com.acme.Reports",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/reports\") @Produces(\"application/json\")",
            "public class Reports {",
            "  @GET public String list() { return \"\"; }",
            "  @GET @Path(\"{id}\") @Produces(\"text/csv, application/json\") public String get() { return \"\"; }",
            "}"),
        source(
            "com.acme.Exports",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController @RequestMapping(path = \"/exports\", produces = \"application/json\")",
            "public class Exports {",
            "  @GetMapping public String list() { return \"\"; }",
            "  @GetMapping(value = \"/{id}\", produces = {\"text/csv\"}) public String get() { return \"\"; }",
            "}"));

    assertThat(capture.endpoint("GET /reports").produces()).containsExactly("application/json");
    assertThat(capture.endpoint("GET /reports/{id}").produces()).containsExactly("text/csv", "application/json").inOrder();
    assertThat(capture.endpoint("GET /exports").produces()).containsExactly("application/json");
    assertThat(capture.endpoint("GET /exports/{id}").produces()).containsExactly("text/csv");
  }
}

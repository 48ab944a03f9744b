package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ContractOnNonEndpointTest {

  @Test
  void warnsOnReturnsOnAHelperMethod() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET @Returns(200) public String list() { return load(); }",
            "  @Returns(404)",
            "  String load() { return \"\"; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[contract-on-non-endpoint] UserResource.load() has @Returns but is not an endpoint, so"
                + " nothing checks or documents it; add the mapping annotation (@GET, @PostMapping,"
                + " ...) or remove @Returns (status-contract convention)")
        .inFile(resource)
        .onLineContaining("@Returns(404)");
  }

  /** A method with @Path and no HTTP method is a sub-resource locator, which answers nothing itself. */
  @Test
  void warnsOnReturnsOnASubResourceLocator() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @Path(\"{id}/orders\")",
            "  @Returns(404)",
            "  public OrderResource orders(String id) { return new OrderResource(); }",
            "  public static class OrderResource {",
            "    @GET @Returns(200) public String list() { return \"\"; }",
            "  }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[contract-on-non-endpoint] UserResource.orders(")
        .inFile(resource)
        .onLineContaining("@Returns(404)");
    assertThat(compilation).hadWarningContaining("has @Returns but is not an endpoint");
  }

  @Test
  void warnsOnCreatesOnANonEndpoint() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.POST;",
            "import javax.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST @Creates @Returns(value = 201, headers = \"Location\")",
            "  public String create(String user) { return save(user); }",
            "  @Creates",
            "  String save(String user) { return user; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[contract-on-non-endpoint] UserResource.save(")
        .inFile(resource)
        .onLineContaining("  @Creates");
    assertThat(compilation)
        .hadWarningContaining(
            "has @Creates but is not an endpoint, so nothing checks or documents it; add the mapping"
                + " annotation (@GET, @PostMapping, ...) or remove @Creates");
  }

  /** One warning per annotation kind: repeated @Returns are one mistake, @Creates another. */
  @Test
  void warnsOnceForRepeatedReturnsAndOnceForCreates() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(409)",
            "  public String create(@RequestBody String user) { return user; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining("[contract-on-non-endpoint] UserController.create(")
        .inFile(controller)
        .onLineContaining("@Returns(value = 201");
    assertThat(compilation)
        .hadWarningContaining("has @Creates but is not an endpoint")
        .inFile(controller)
        .onLineContaining("@Creates");
  }

  /** The message names the method as endpoint messages do, with its parameter types. */
  @Test
  void namesTheHelperWithItsParameterTypes() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @Returns(404)",
            "  String lookup(String id) { return id; }",
            "  String lookup() { return \"\"; }",
            "}");

    assertThat(compile(resource))
        .hadWarningContaining("[contract-on-non-endpoint] UserResource.lookup(String) has @Returns");
  }

  @Test
  void isSilencedBySuppressWarnings() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET @Returns(200) public String list() { return load(); }",
            "  @SuppressWarnings(\"statuscontract:contract-on-non-endpoint\")",
            "  @Returns(404)",
            "  String load() { return \"\"; }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void acceptsTheContractOnTheEndpointAndAHelperWithout() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET",
            "  @Returns(200)",
            "  @Returns(404)",
            "  public String list() { return load(); }",
            "  String load() { return \"\"; }",
            "  @Path(\"{id}/orders\")",
            "  public OrderResource orders(String id) { return new OrderResource(); }",
            "  public static class OrderResource {",
            "    @GET @Returns(200) @Returns(404) public String list() { return \"\"; }",
            "  }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }
}

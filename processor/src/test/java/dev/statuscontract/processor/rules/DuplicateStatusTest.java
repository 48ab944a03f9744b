package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class DuplicateStatusTest {

  @Test
  void reportsTheSecondDeclarationOfACodeOnAMethod() {
    JavaFileObject resource =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users/{userId}/orders\")",
            "public class OrderResource {",
            "  @GET",
            "  @Path(\"{orderId}\")",
            "  @Returns(200)",
            "  @Returns(value = 404, description = \"No such user\")",
            "  @Returns(value = 404, description = \"No such order\")",
            "  public String find(String userId, String orderId) { return orderId; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[duplicate-status] GET /users/{userId}/orders/{orderId} declares 404 Not Found twice in"
                + " the same place; merge the two into one @Returns(404) with every header and one"
                + " description")
        .inFile(resource)
        .onLineContaining("No such order");
  }

  @Test
  void reportsEachRepetitionAfterTheFirst() {
    JavaFileObject resource =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @POST",
            "  @Returns(200)",
            "  @Returns(value = 400, description = \"Empty cart\")",
            "  @Returns(value = 400, description = \"Unknown product\")",
            "  @Returns(value = 400, description = \"Bad address\")",
            "  public String place(String order) { return order; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[duplicate-status] POST /orders declares 400 Bad Request twice")
        .inFile(resource)
        .onLineContaining("Unknown product");
    assertThat(compilation)
        .hadErrorContaining("[duplicate-status] POST /orders declares 400 Bad Request twice")
        .inFile(resource)
        .onLineContaining("Bad address");
  }

  /** A method-level declaration replaces the class-level one of the same code: no duplicate. */
  @Test
  void acceptsAMethodLevelCodeThatOverridesTheClassLevelOne() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "@Returns(value = 404, description = \"No such resource\")",
            "public class UserResource {",
            "  @GET",
            "  @Path(\"{id}\")",
            "  @Returns(200)",
            "  @Returns(value = 404, description = \"No such user\")",
            "  public String find(String id) { return id; }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void reportsAClassLevelDuplicateOnceForAllEndpoints() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.DELETE;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "@Returns(value = 503, headers = \"Retry-After\")",
            "@Returns(value = 503, headers = \"Retry-After\", description = \"Maintenance\")",
            "public class UserResource {",
            "  @GET @Returns(200) public String list() { return \"\"; }",
            "  @DELETE @Path(\"{id}\") @Returns(204) public void remove(String id) {}",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "declares 503 Service Unavailable (from class UserResource) twice in the same place;"
                + " merge the two into one @Returns(503)")
        .inFile(resource)
        .onLineContaining("Maintenance");
  }

  @Test
  void reportsADuplicateInAComposedAnnotationOnceOnItsDeclaration() {
    JavaFileObject standardErrors =
        source(
            "com.acme.StandardErrors",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@Target(ElementType.METHOD)",
            "@Returns(value = 500, description = \"Unexpected failure\")",
            "@Returns(value = 500, description = \"Database down\")",
            "public @interface StandardErrors {}");
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET @StandardErrors @Returns(200) public String list() { return \"\"; }",
            "  @GET @Path(\"{id}\") @StandardErrors @Returns(200) public String find(String id) {"
                + " return id; }",
            "}");

    Compilation compilation = compile(standardErrors, resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "declares 500 Internal Server Error (from @StandardErrors) twice in the same place")
        .inFile(standardErrors)
        .onLineContaining("Database down");
  }

  @Test
  void acceptsTheMergedDeclaration() {
    JavaFileObject resource =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users/{userId}/orders\")",
            "public class OrderResource {",
            "  @GET",
            "  @Path(\"{orderId}\")",
            "  @Returns(200)",
            "  @Returns(value = 404, description = \"No such user or order\")",
            "  public String find(String userId, String orderId) { return orderId; }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }
}

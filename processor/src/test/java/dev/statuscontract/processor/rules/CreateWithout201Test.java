package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CreateWithout201Test {

  @Test
  void reportsACreatingPostWithout201OnItsCreates() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST",
            "  @Creates",
            "  @Returns(200)",
            "  @Returns(409)",
            "  public String create(String user) { return user; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    // @Creates keeps post-create-returns-200 quiet: this rule already says what to fix.
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[create-without-201] POST /users is marked @Creates but does not declare 201 Created;"
                + " add @Returns(value = 201, headers = \"Location\") (RFC 9110 §9.3.3, §15.3.2)")
        .inFile(resource)
        .onLineContaining("@Creates");
  }

  @Test
  void reportsACreatingPostWithNoContractAtAll() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST",
            "  @Creates",
            "  public String create(String user) { return user; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[create-without-201] POST /users is marked @Creates but does not declare 201 Created")
        .inFile(resource)
        .onLineContaining("@Creates");
  }

  /** Only POST, or PUT to a URI that does not exist yet, creates (RFC 9110 §9.3.3, §9.3.4). */
  @ParameterizedTest
  @CsvSource({"GET, 200", "DELETE, 204"})
  void reportsCreatesOnAMethodThatCannotCreate(String method, int success) {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs." + method + ";",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @" + method,
            "  @Path(\"{id}\")",
            "  @Creates",
            "  @Returns(" + success + ")",
            "  public void handle(String id) {}",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[create-without-201] " + method + " /users/{id} is marked @Creates, but only POST (or PUT"
                + " to a new URI) creates a resource; remove @Creates, or make the endpoint a POST"
                + " (RFC 9110 §9.3.3, §9.3.4)")
        .inFile(resource)
        .onLineContaining("@Creates");
  }

  /** A creating GET is wrong whatever it declares: declaring 201 does not make it a creation. */
  @Test
  void reportsCreatesOnAGetEvenWith201() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\")",
            "  public String create() { return \"\"; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation)
        .hadErrorContaining("[create-without-201] GET /users is marked @Creates, but only POST")
        .inFile(resource)
        .onLineContaining("@Creates");
  }

  @Test
  void acceptsAPutThatDeclares201() {
    JavaFileObject resource =
        source(
            "com.acme.DocumentResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.PUT;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/documents\")",
            "public class DocumentResource {",
            "  @PUT",
            "  @Path(\"{name}\")",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\", description = \"The document was created\")",
            "  @Returns(value = 204, description = \"The document was replaced\")",
            "  public void put(String name, String content) {}",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  @Test
  void acceptsACreatingPostThatDeclares201() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(409)",
            "  public String create(String user) { return user; }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }

  /** Any method includes POST, so only the missing 201 can be wrong. */
  @Test
  void checksOnlyThe201OnASpringMappingWithoutAMethod() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class UserController {",
            "  @RequestMapping(\"/users\")",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\")",
            "  public String create(@RequestBody String user) { return user; }",
            "  @RequestMapping(\"/groups\")",
            "  @Creates // a group",
            "  @Returns(200)",
            "  public String createGroup(@RequestBody String group) { return group; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[create-without-201] ANY /groups is marked @Creates but does not declare 201 Created")
        .inFile(controller)
        .onLineContaining("@Creates // a group");
  }
}

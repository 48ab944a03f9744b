package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class CreatedWithoutLocationTest {

  @Test
  void reportsA201WithoutLocationOnItsAnnotation() {
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
            "  @Returns(value = 201, headers = \"ETag\")",
            "  @Returns(409)",
            "  public String create(String user) { return user; }",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[created-without-location] POST /users declares 201 Created without a Location header;"
                + " add headers = {\"ETag\", \"Location\"} (RFC 9110 §15.3.2)")
        .inFile(resource)
        .onLineContaining("@Returns(value = 201");
  }

  @Test
  void reportsAClassLevel201OnTheClassAnnotationOnce() {
    JavaFileObject controller =
        source(
            "com.acme.OrderController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/orders\")",
            "@Returns(201)",
            "public class OrderController {",
            "  @PostMapping public String place() { return \"\"; }",
            "  @PutMapping(\"/{id}\") public String replace() { return \"\"; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location] POST /orders declares 201 Created (from class OrderController)")
        .inFile(controller)
        .onLineContaining("@Returns(201)");
  }

  @Test
  void acceptsA201WithLocationInAnyCase() {
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
            "  @POST",
            "  @Creates",
            "  @Returns(value = 201, headers = \"location\")",
            "  public String create(String user) { return user; }",
            "}");

    assertThat(compile(resource)).succeededWithoutWarnings();
  }
}

package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusNotForMethodTest {

  /**
   * A resource of framework {@code pkg} ({@code jakarta.ws.rs} or {@code javax.ws.rs}) with one
   * endpoint of HTTP method {@code method} that declares {@code success} and {@code returns}.
   */
  private static JavaFileObject resource(String pkg, String method, String success, String returns) {
    return source(
        "com.acme.ItemResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import " + pkg + "." + method + ";",
        "import " + pkg + ".Path;",
        "@Path(\"/items\")",
        "public class ItemResource {",
        "  @" + method,
        "  " + success,
        "  " + returns,
        "  public String handle() { return \"\"; }",
        "}");
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS"})
  void reportsA201AnsweringASafeMethod(String method) {
    JavaFileObject source =
        resource("jakarta.ws.rs", method, "@Returns(200)", "@Returns(value = 201, headers = \"Location\")");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-not-for-method] " + method + " /items declares 201 Created, but " + method
                + " is safe and creates nothing")
        .inFile(source)
        .onLineContaining("@Returns(value = 201");
    assertThat(compilation).hadErrorContaining("move the creation to a POST");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §9.2.1, §15.3.2)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT"})
  void acceptsA201AnsweringPostOrPut(String method) {
    JavaFileObject source =
        resource("javax.ws.rs", method, "@Returns(200)", "@Returns(value = 201, headers = \"Location\")");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT"})
  void reportsA206AnsweringAnUnsafeMethod(String method) {
    JavaFileObject source =
        resource(
            "javax.ws.rs",
            method,
            "@Returns(200)",
            "@Returns(value = 206, headers = \"Content-Range\")");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-not-for-method] " + method + " /items declares 206 Partial Content, but range"
                + " requests are defined only for GET")
        .inFile(source)
        .onLineContaining("@Returns(value = 206");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §14.2, §15.3.7)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT"})
  void reportsA304AnsweringAnUnsafeMethodAndPointsAt412(String method) {
    JavaFileObject source = resource("javax.ws.rs", method, "@Returns(200)", "@Returns(304)");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-not-for-method] " + method + " /items declares 304 Not Modified, but 304"
                + " answers only a conditional GET or HEAD")
        .inFile(source)
        .onLineContaining("@Returns(304)");
    assertThat(compilation).hadErrorContaining("412 Precondition Failed");
    assertThat(compilation).hadErrorContaining("RFC 9110 §15.4.5");
  }

  @Test
  void acceptsA206AndA304AnsweringAGet() {
    JavaFileObject source =
        source(
            "com.acme.ItemResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/items\")",
            "public class ItemResource {",
            "  @GET",
            "  @Returns(200)",
            "  @Returns(value = 206, headers = \"Content-Range\")",
            "  @Returns(304)",
            "  public String get() { return \"\"; }",
            "}");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void acceptsA304AnsweringAHead() {
    JavaFileObject source = resource("jakarta.ws.rs", "HEAD", "@Returns(200)", "@Returns(304)");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void skipsASpringRequestMappingWithoutAMethod() {
    JavaFileObject source =
        source(
            "com.acme.ItemController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class ItemController {",
            "  @RequestMapping(\"/items\")",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(304)",
            "  public String handle() { return \"\"; }",
            "}");

    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void reportsOnlyTheSafeMethodOfASpringMappingWithSeveral() {
    JavaFileObject source =
        source(
            "com.acme.ItemController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class ItemController {",
            "  @RequestMapping(value = \"/items\", method = {RequestMethod.GET, RequestMethod.POST})",
            "  @Returns(200)",
            "  @Returns(value = 201, headers = \"Location\")",
            "  public String handle() { return \"\"; }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[status-not-for-method] GET /items declares 201 Created")
        .inFile(source)
        .onLineContaining("@Returns(value = 201");
  }

  @Test
  void reportsAClassLevel304OnTheClassAnnotationOnce() {
    JavaFileObject source =
        source(
            "com.acme.ItemResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.PUT;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/items/{id}\")",
            "@Returns(304)",
            "public class ItemResource {",
            "  @GET @Returns(200) public String get() { return \"\"; }",
            "  @PUT @Returns(204) public void replace(String item) {}",
            "  @PUT @Path(\"/name\") @Returns(204) public void rename(String name) {}",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-not-for-method] Each of PUT /items/{id} and PUT /items/{id}/name declares 304 Not Modified (from class"
                + " ItemResource), but 304 answers only a conditional GET or HEAD")
        .inFile(source)
        .onLineContaining("@Returns(304)");
  }
}

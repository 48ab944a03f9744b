package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class BodyNotAllowedTest {

  private static final JavaFileObject USER =
      source("com.acme.User", "package com.acme;", "public record User(String name) {}");

  /** A Spring controller with one endpoint, mapped by {@code mapping}, that declares {@code returns}. */
  private static JavaFileObject controller(String mapping, String... returns) {
    String[] head = {
      "package com.acme;",
      "import dev.statuscontract.Returns;",
      "import org.springframework.web.bind.annotation.*;",
      "@RestController",
      "@RequestMapping(\"/users\")",
      "public class UserController {",
      "  " + mapping,
    };
    String[] all = new String[head.length + returns.length + 2];
    System.arraycopy(head, 0, all, 0, head.length);
    for (int i = 0; i < returns.length; i++) {
      all[head.length + i] = "  " + returns[i];
    }
    all[all.length - 2] = "  public Object handle() { return null; }";
    all[all.length - 1] = "}";
    return source("com.acme.UserController", all);
  }

  @Test
  void reportsABodyOnA204() {
    JavaFileObject controller =
        controller("@DeleteMapping(\"/{id}\")", "@Returns(value = 204, body = User.class)");

    Compilation compilation = compile(USER, controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-not-allowed] DELETE /users/{id} declares 204 No Content with body = User.class")
        .inFile(controller)
        .onLineContaining("@Returns(value = 204");
    assertThat(compilation).hadErrorContaining("remove body");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §15.3.5)");
  }

  @Test
  void acceptsA204WithoutBody() {
    JavaFileObject controller = controller("@DeleteMapping(\"/{id}\")", "@Returns(204)");

    assertThat(compile(USER, controller)).succeededWithoutWarnings();
  }

  @Test
  void takesBodyVoidClassForNoBody() {
    JavaFileObject controller =
        controller("@DeleteMapping(\"/{id}\")", "@Returns(value = 204, body = void.class)");

    assertThat(compile(USER, controller)).succeededWithoutWarnings();
  }

  @Test
  void reportsABodyOnA205() {
    JavaFileObject controller =
        controller("@PostMapping(\"/{id}/form\")", "@Returns(value = 205, body = User.class)");

    Compilation compilation = compile(USER, controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-not-allowed] POST /users/{id}/form declares 205 Reset Content with body ="
                + " User.class")
        .inFile(controller)
        .onLineContaining("@Returns(value = 205");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §15.3.6)");
  }

  @Test
  void reportsABodyOnA304() {
    JavaFileObject controller =
        controller(
            "@GetMapping(\"/{id}\")",
            "@Returns(value = 200, body = User.class)",
            "@Returns(value = 304, body = User.class)");

    Compilation compilation = compile(USER, controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-not-allowed] GET /users/{id} declares 304 Not Modified with body = User.class")
        .inFile(controller)
        .onLineContaining("@Returns(value = 304");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §15.4.5)");
  }

  @Test
  void acceptsABodyOnA200ToGetAndA304WithoutOne() {
    JavaFileObject controller =
        controller(
            "@GetMapping(\"/{id}\")", "@Returns(value = 200, body = User.class)", "@Returns(304)");

    assertThat(compile(USER, controller)).succeededWithoutWarnings();
  }

  @Test
  void reportsAnyBodyOnASpringHeadEndpoint() {
    JavaFileObject controller =
        controller(
            "@RequestMapping(value = \"/{id}\", method = RequestMethod.HEAD)",
            "@Returns(value = 200, body = User.class)",
            "@Returns(404)");

    Compilation compilation = compile(USER, controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-not-allowed] HEAD /users/{id} declares 200 OK with body = User.class, but a"
                + " response to HEAD never has content")
        .inFile(controller)
        .onLineContaining("@Returns(value = 200");
    assertThat(compilation).hadErrorContaining("(RFC 9110 §9.3.2)");
  }

  @Test
  void reportsAnErrorBodyOnAJakartaHeadEndpoint() {
    JavaFileObject problem =
        source("com.acme.Problem", "package com.acme;", "public record Problem(String title) {}");
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.HEAD;",
            "import jakarta.ws.rs.Path;",
            "@Path(\"/users/{id}\")",
            "public class UserResource {",
            "  @HEAD",
            "  @Returns(200)",
            "  @Returns(value = 404, body = Problem.class)",
            "  public void exists() {}",
            "}");

    Compilation compilation = compile(problem, resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-not-allowed] HEAD /users/{id} declares 404 Not Found with body = Problem.class")
        .inFile(resource)
        .onLineContaining("@Returns(value = 404");
  }

  @Test
  void acceptsAHeadEndpointWithoutBodies() {
    JavaFileObject controller =
        controller(
            "@RequestMapping(value = \"/{id}\", method = RequestMethod.HEAD)",
            "@Returns(200)",
            "@Returns(404)");

    assertThat(compile(USER, controller)).succeededWithoutWarnings();
  }

  @Test
  void reportsABodyOnA204AnsweringHeadOnce() {
    JavaFileObject controller =
        controller(
            "@RequestMapping(value = \"/{id}\", method = RequestMethod.HEAD)",
            "@Returns(value = 204, body = User.class)");

    Compilation compilation = compile(USER, controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[body-not-allowed] HEAD /users/{id} declares 204 No Content with body")
        .inFile(controller)
        .onLineContaining("@Returns(value = 204");
  }

  @Test
  void reportsAClassLevelBodyOnTheClassAnnotationOnceForTheHeadEndpoints() {
    JavaFileObject controller =
        source(
            "com.acme.DocumentController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/documents\")",
            "@Returns(value = 404, body = User.class)",
            "public class DocumentController {",
            "  @GetMapping(\"/{id}\") @Returns(200) public Object get() { return null; }",
            "  @RequestMapping(value = \"/{id}\", method = RequestMethod.HEAD)",
            "  @Returns(200) public void head() {}",
            "  @RequestMapping(value = \"/{id}/meta\", method = RequestMethod.HEAD)",
            "  @Returns(200) public void headMeta() {}",
            "}");

    Compilation compilation = compile(USER, controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-not-allowed] Each of HEAD /documents/{id} and HEAD /documents/{id}/meta declares 404 Not Found (from class"
                + " DocumentController) with body = User.class")
        .inFile(controller)
        .onLineContaining("@Returns(value = 404");
  }
}

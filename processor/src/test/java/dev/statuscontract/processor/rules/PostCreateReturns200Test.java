package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostCreateReturns200Test {

  /** A Spring controller with one POST named {@code methodName} that answers 200. */
  private static JavaFileObject postNamed(String methodName) {
    return source(
        "com.acme.UserController",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        "@RequestMapping(\"/users\")",
        "public class UserController {",
        "  @PostMapping",
        "  @Returns(200)",
        "  @Returns(400)",
        "  public String " + methodName + "(@RequestBody String user) { return user; }",
        "}");
  }

  @Test
  void warnsOnACreatingPostThatAnswers200OnThe200() {
    JavaFileObject controller = postNamed("createUser");

    Compilation compilation = compile(controller);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadErrorCount(0);
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[post-create-returns-200] POST /users (UserController.createUser(String)) looks like it"
                + " creates a resource but declares 200 OK; if it creates one, mark it @Creates and"
                + " declare @Returns(value = 201, headers = \"Location\") instead"
                + " (RFC 9110 §9.3.3, §15.3.2)")
        .inFile(controller)
        .onLineContaining("@Returns(200)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"create", "addItem", "registerDevice", "insertRow", "newOrder", "add_item", "create2"})
  void warnsOnEveryCreatingVerb(String methodName) {
    Compilation compilation = compile(postNamed(methodName));

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[post-create-returns-200] POST /users (UserController." + methodName + "(String))");
  }

  /** The verb must end at a word boundary: address is not add-ress. */
  @ParameterizedTest
  @ValueSource(
      strings = {"address", "newsletter", "addresses", "creates", "registration", "newest", "recreate", "search"})
  void ignoresNamesThatOnlyStartWithAVerbsLetters(String methodName) {
    assertThat(compile(postNamed(methodName))).succeededWithoutWarnings();
  }

  @Test
  void isSilencedByCreates() {
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
            "  @PostMapping",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(value = 200, description = \"The user already existed\")",
            "  public String createUser(@RequestBody String user) { return user; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  /** @Creates without 201 is create-without-201's error; this warning would only repeat it. */
  @Test
  void leavesACreatingEndpointWithout201ToCreateWithout201() {
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
            "  @PostMapping",
            "  @Creates",
            "  @Returns(200)",
            "  public String createUser(@RequestBody String user) { return user; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[create-without-201]");
  }

  @Test
  void ignoresAPostThatAlsoDeclares201() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @PostMapping",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(200)",
            "  public String createUser(@RequestBody String user) { return user; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  /** A PUT to a known URI answers 200 when it replaces; a mapping without method is not a POST. */
  @Test
  void ignoresOtherMethods() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @PutMapping(\"/{id}\")",
            "  @Returns(200)",
            "  public String createUser(@PathVariable String id, @RequestBody String user) { return user; }",
            "  @RequestMapping(\"/import\")",
            "  @Returns(200)",
            "  public String addUsers(@RequestBody String users) { return users; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  @Test
  void acceptsTheCreatingContract() {
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
            "  @PostMapping",
            "  @Creates",
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(400)",
            "  public String createUser(@RequestBody String user) { return user; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }
}

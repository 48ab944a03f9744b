package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MissingSuccessStatusTest {

  @Test
  void reportsAContractOfOnlyErrorsOnTheMethod() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @GetMapping(\"/{id}\")",
            "  @Returns(404)",
            "  @Returns(403)",
            "  public String find(@PathVariable String id) { return id; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[missing-success-status] GET /users/{id} declares no 2xx or 3xx status, so its contract"
                + " says it never succeeds; add the success it returns, such as @Returns(200)"
                + " (RFC 9110 §15.3)")
        .inFile(controller)
        .onLineContaining("public String find(");
  }

  @Test
  void suggests204NoContentForADelete() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @DeleteMapping(\"/{id}\")",
            "  @Returns(404)",
            "  public void remove(@PathVariable String id) {}",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[missing-success-status] DELETE /users/{id} declares no 2xx or 3xx status")
        .inFile(controller)
        .onLineContaining("public void remove(");
    assertThat(compilation).hadErrorContaining("such as @Returns(204) (RFC 9110 §15.3)");
  }

  @Test
  void suggests201ForACreatingPost() {
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
            "  @Returns(409)",
            "  public String create(@RequestBody String user) { return user; }",
            "}");

    Compilation compilation = compile(controller);

    // create-without-201 reports the broken @Creates promise as well.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[create-without-201]");
    assertThat(compilation)
        .hadErrorContaining("[missing-success-status] POST /users declares no 2xx or 3xx status")
        .inFile(controller)
        .onLineContaining("public String create(");
    // The success a creating POST returns is 201 Created, however the suggestion spells it.
    Truth.assertThat(errorMessage(compilation, "[missing-success-status]"))
        .containsMatch("such as @Returns\\((value = )?201\\b");
  }

  /**
   * Following the suggestion must not produce the next error: a bare @Returns(201) is rejected by
   * created-without-location, so the fix to suggest is the one create-without-201 suggests.
   */
  @Test
  void suggestsA201WithLocationForACreatingPost() {
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
            "  @Returns(409)",
            "  public String create(@RequestBody String user) { return user; }",
            "}");

    assertThat(compile(controller))
        .hadErrorContaining(
            "[missing-success-status] POST /users declares no 2xx or 3xx status, so its contract"
                + " says it never succeeds; add the success it returns, such as"
                + " @Returns(value = 201, headers = \"Location\")");
  }

  /** An endpoint with only class-level errors still has a contract that never succeeds. */
  @Test
  void reportsEachEndpointWhoseOnlyStatusesAreClassLevelErrors() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "@Returns(500)",
            "public class UserController {",
            "  @GetMapping @Returns(200) public String list() { return \"\"; }",
            "  @GetMapping(\"/{id}\")",
            "  public String find(@PathVariable String id) { return id; }",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[missing-success-status] GET /users/{id} declares no 2xx or 3xx status")
        .inFile(controller)
        .onLineContaining("public String find(");
  }

  /** A redirect is a successful outcome too: RFC 9110 §15.4. */
  @Test
  void acceptsARedirectAsTheSuccess() {
    JavaFileObject controller =
        source(
            "com.acme.LinkController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class LinkController {",
            "  @GetMapping(\"/l/{code}\")",
            "  @Returns(value = 302, headers = \"Location\")",
            "  @Returns(404)",
            "  public void follow(@PathVariable String code) {}",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  /** No contract at all is missing-contract's business, off by default. */
  @Test
  void ignoresAnEndpointWithoutAContract() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @GetMapping(\"/{id}\")",
            "  public String find(@PathVariable String id) { return id; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  @Test
  void acceptsTheContractWithItsSuccess() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @GetMapping(\"/{id}\")",
            "  @Returns(200)",
            "  @Returns(404)",
            "  @Returns(403)",
            "  public String find(@PathVariable String id) { return id; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  private static String errorMessage(Compilation compilation, String prefix) {
    return compilation.errors().stream()
        .map(e -> e.getMessage(Locale.ROOT))
        .filter(m -> m.startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error starting with " + prefix));
  }
}

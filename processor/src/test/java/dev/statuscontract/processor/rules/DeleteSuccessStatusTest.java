package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeleteSuccessStatusTest {

  @Test
  void reports201OnADeleteOnItsAnnotation() {
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
            "  @Returns(value = 201, headers = \"Location\")",
            "  @Returns(404)",
            "  public void remove(@PathVariable String id) {}",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[delete-success-status] DELETE /users/{id} declares 201 Created, but a successful"
                + " DELETE answers 204 No Content, 200 OK with a body describing the outcome, or"
                + " 202 Accepted when deletion is queued; declare @Returns(204) instead"
                + " (RFC 9110 §9.3.5)")
        .inFile(controller)
        .onLineContaining("@Returns(value = 201");
  }

  @ParameterizedTest
  @CsvSource({"203, 203 Non-Authoritative Information", "205, 205 Reset Content", "208, 208 Already Reported"})
  void reportsEveryOther2xx(int code, String status) {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class UserController {",
            "  @DeleteMapping(\"/users/{id}\")",
            "  @Returns(" + code + ")",
            "  public void remove(@PathVariable String id) {}",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[delete-success-status] DELETE /users/{id} declares " + status + ", but")
        .inFile(controller)
        .onLineContaining("@Returns(" + code + ")");
  }

  @Test
  void reportsADeleteMappedWithRequestMappingAndAJaxRsDelete() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class UserController {",
            "  @RequestMapping(path = \"/users/{id}\", method = RequestMethod.DELETE)",
            "  @Returns(value = 201, headers = \"Location\")",
            "  public void remove(@PathVariable String id) {}",
            "}");
    JavaFileObject resource =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.DELETE;",
            "import javax.ws.rs.Path;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @DELETE",
            "  @Path(\"{id}\")",
            "  @Returns(203)",
            "  public void cancel(String id) {}",
            "}");

    Compilation compilation = compile(controller, resource);

    assertThat(compilation)
        .hadErrorContaining("[delete-success-status] DELETE /users/{id} declares 201 Created")
        .inFile(controller)
        .onLineContaining("@Returns(value = 201");
    assertThat(compilation)
        .hadErrorContaining(
            "[delete-success-status] DELETE /orders/{id} declares 203 Non-Authoritative Information")
        .inFile(resource)
        .onLineContaining("@Returns(203)");
    assertThat(compilation).hadErrorCount(2);
  }

  /** RFC 9110 §9.3.5 names exactly these three. */
  @Test
  void accepts200And202And204() {
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
            "  @Returns(204)",
            "  @Returns(404)",
            "  public void remove(@PathVariable String id) {}",
            "  @DeleteMapping(\"/{id}/sessions\")",
            "  @Returns(value = 200, body = String.class)",
            "  public String logout(@PathVariable String id) { return id; }",
            "  @DeleteMapping(\"/{id}/data\")",
            "  @Returns(value = 202, headers = \"Location\")",
            "  public void erase(@PathVariable String id) {}",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  /** A @RequestMapping without a method answers any method, so it is not a DELETE. */
  @Test
  void skipsARequestMappingWithoutAMethod() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "public class UserController {",
            "  @RequestMapping(\"/users/{id}\")",
            "  @Returns(value = 201, headers = \"Location\")",
            "  public String handle(@PathVariable String id) { return id; }",
            "}");

    assertThat(compile(controller)).succeededWithoutWarnings();
  }

  @Test
  void reportsAClassLevel201OnTheClassAnnotationOnce() {
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "@Returns(value = 201, headers = \"Location\")",
            "public class UserController {",
            "  @PostMapping public String create(@RequestBody String user) { return user; }",
            "  @DeleteMapping(\"/{id}\") public void remove(@PathVariable String id) {}",
            "  @DeleteMapping public void clear() {}",
            "}");

    Compilation compilation = compile(controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("declares 201 Created (from class UserController), but a successful DELETE")
        .inFile(controller)
        .onLineContaining("@Returns(value = 201");
  }

  /** The mistake is using the composed annotation on a DELETE: report the use, not its declaration. */
  @Test
  void reportsAComposedAnnotationWhereADeleteUsesIt() {
    JavaFileObject createdOrExisting =
        source(
            "com.acme.CreatedOrExisting",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@Target(ElementType.METHOD)",
            "@Returns(value = 201, headers = \"Location\")",
            "@Returns(200)",
            "public @interface CreatedOrExisting {}");
    JavaFileObject controller =
        source(
            "com.acme.UserController",
            "package com.acme;",
            "import org.springframework.web.bind.annotation.*;",
            "@RestController",
            "@RequestMapping(\"/users\")",
            "public class UserController {",
            "  @DeleteMapping(\"/{id}\")",
            "  @CreatedOrExisting",
            "  public void remove(@PathVariable String id) {}",
            "}");

    Compilation compilation = compile(createdOrExisting, controller);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[delete-success-status] DELETE /users/{id} declares 201 Created (from @CreatedOrExisting)")
        .inFile(controller)
        .onLineContaining("@CreatedOrExisting");
  }

  @Test
  void saysToRemoveTheCodeWhenAnAllowedSuccessIsAlreadyDeclared() {
    JavaFileObject resource =
        source(
            "com.acme.MirrorResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/mirrors\")",
            "public class MirrorResource {",
            "  @DELETE @Path(\"{id}\")",
            "  @Returns(204)",
            "  @Returns(203)",
            "  public void delete() {}",
            "}");

    Compilation compilation = compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("when deletion is queued; remove @Returns(203) (RFC 9110 §9.3.5)")
        .inFile(resource)
        .onLineContaining("@Returns(203)");
  }
}

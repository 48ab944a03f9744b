package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BodyTypeMismatchTest {

  private static JavaFileObject controller(String returnType, String returns) {
    return source(
        "com.acme.UserController",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import java.util.List;",
        "import org.springframework.http.ResponseEntity;",
        "import org.springframework.web.bind.annotation.*;",
        "@RestController",
        "public class UserController {",
        "  public static class User {}",
        "  public static class Admin extends User {}",
        "  public static class Problem {}",
        "  @GetMapping(\"/users/{id}\")",
        "  " + returns,
        "  public " + returnType + " get() { return null; }",
        "}");
  }

  @Test
  void reportsABodyTheReturnTypeCannotCarry() {
    JavaFileObject source = controller(
            "ResponseEntity<User>", "@Returns(200) @Returns(value = 404, body = Problem.class)");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[body-type-mismatch] GET /users/{id} declares 404 Not Found with body ="
                + " UserController.Problem.class, but UserController.get() returns"
                + " ResponseEntity<UserController.User>, which cannot carry it")
        .inFile(source)
        .onLineContaining("@Returns(value = 404");
  }

  @Test
  void aVoidEntityCarriesNoBody() {
    assertThat(compile(controller("ResponseEntity<Void>", "@Returns(value = 200, body = User.class)")))
        .hadErrorContaining("[body-type-mismatch]");
    assertThat(compile(controller("ResponseEntity<Void>", "@Returns(204)"))).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ResponseEntity<User>|@Returns(value = 200, body = Admin.class)",
        "ResponseEntity<List<User>>|@Returns(value = 200, body = List.class)",
        "ResponseEntity<?>|@Returns(value = 200, body = Problem.class)",
        "ResponseEntity<Object>|@Returns(value = 200, body = Problem.class)",
        "User|@Returns(value = 200, body = Problem.class)"
      })
  void acceptsBodiesTheReturnTypeCanCarryOrDoesNotFix(String returnTypeAndReturns) {
    String[] parts = returnTypeAndReturns.split("\\|");
    assertThat(compile(controller(parts[0], parts[1]))).succeededWithoutWarnings();
  }

  @Test
  void aJaxRsResponseCarriesAnyEntity() {
    assertThat(
            compile(
                source(
                    "com.acme.Things",
                    "package com.acme;",
                    "import dev.statuscontract.Returns;",
                    "import jakarta.ws.rs.*;",
                    "import jakarta.ws.rs.core.Response;",
                    "@Path(\"/things\")",
                    "public class Things {",
                    "  @GET @Returns(value = 200, body = Integer.class) @Returns(value = 404, body = String.class)",
                    "  public Response get() { return null; }",
                    "}")))
        .succeededWithoutWarnings();
  }
}

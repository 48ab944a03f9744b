package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.source;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.TypeRef;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class ContractAssemblyTest {

  private final ContractCapture capture = new ContractCapture();

  private void compile(JavaFileObject... sources) {
    assertThat(compileWith(capture, List.of(), sources)).succeeded();
  }

  private static final JavaFileObject STANDARD_ERRORS =
      source(
          "com.acme.StandardErrors",
          "package com.acme;",
          "import dev.statuscontract.Returns;",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME)",
          "@Returns(value = 400, description = \"Malformed\")",
          "@Returns(value = 500, description = \"Composed 500\")",
          "@AuthErrors",
          "public @interface StandardErrors {}");

  /** Uses StandardErrors in turn: a cycle the scanner must survive. */
  private static final JavaFileObject AUTH_ERRORS =
      source(
          "com.acme.AuthErrors",
          "package com.acme;",
          "import dev.statuscontract.Returns;",
          "import java.lang.annotation.*;",
          "@Retention(RetentionPolicy.RUNTIME)",
          "@Returns(value = 401, headers = \"WWW-Authenticate\")",
          "@StandardErrors",
          "public @interface AuthErrors {}");

  @Test
  void methodClassAndComposedDeclarationsCombineAndTheMethodWins() {
    compile(
        STANDARD_ERRORS,
        AUTH_ERRORS,
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "@Returns(value = 503, description = \"Class 503\", headers = \"Retry-After\")",
            "@Returns(value = 500, description = \"Class 500\")",
            "public class UserResource {",
            "  @GET @StandardErrors",
            "  @Returns(value = 200, body = java.util.List.class)",
            "  @Returns(value = 500, description = \"Method 500\")",
            "  public String list() { return \"\"; }",
            "  @GET @Path(\"{id}\") @Returns(200)",
            "  public String get() { return \"\"; }",
            "}"));

    Endpoint list = capture.endpoint("GET /users");
    assertThat(summary(list.responses()))
        .containsExactly(
            "200 METHOD ", "400 COMPOSED Malformed", "401 COMPOSED ", "500 METHOD Method 500",
            "503 CLASS Class 503")
        .inOrder();
    // A class literal is raw; the body reads as List<?> unless the return type says more.
    assertThat(list.responses().get(0).body().map(TypeRef::toString)).isEqualTo(Optional.of("java.util.List<?>"));
    assertThat(list.responses().get(1).source()).isEqualTo("@StandardErrors");
    assertThat(list.responses().get(4).source()).isEqualTo("UserResource");
    assertThat(list.responses().get(4).hasHeader("retry-after")).isTrue();

    Endpoint get = capture.endpoint("GET /users/{id}");
    assertThat(summary(get.responses()))
        .containsExactly("200 METHOD ", "500 CLASS Class 500", "503 CLASS Class 503")
        .inOrder();
  }

  @Test
  void composedAnnotationOnTheClassAndEnclosingClassesApply() {
    compile(
        STANDARD_ERRORS,
        AUTH_ERRORS,
        source(
            "com.acme.Api",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import org.springframework.web.bind.annotation.*;",
            "@Returns(value = 503, headers = \"Retry-After\")",
            "public class Api {",
            "  @RestController @StandardErrors",
            "  public static class Users {",
            "    @GetMapping(\"/users\") @Returns(200) public String list() { return \"\"; }",
            "  }",
            "}"));

    assertThat(capture.endpoint("GET /users").responses().stream().map(r -> r.code() + " " + r.level()).toList())
        .containsExactly("200 METHOD", "400 COMPOSED", "401 COMPOSED", "500 COMPOSED", "503 CLASS")
        .inOrder();
  }

  @Test
  void creatingIsReadFromTheMethod() {
    compile(
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST @Creates @Returns(value = 201, headers = \"Location\") public void create() {}",
            "  @PUT public void replace() {}",
            "}"));

    assertThat(capture.endpoint("POST /users").isCreating()).isTrue();
    assertThat(capture.endpoint("PUT /users").isCreating()).isFalse();
    assertThat(capture.endpoint("PUT /users").declarations()).isEmpty();
  }

  private static List<String> summary(List<DeclaredResponse> responses) {
    return responses.stream().map(r -> r.code() + " " + r.level() + " " + r.description()).toList();
  }
}

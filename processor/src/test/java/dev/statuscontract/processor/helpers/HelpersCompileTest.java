package dev.statuscontract.processor.helpers;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/** What the helpers make impossible, and when they are generated. */
class HelpersCompileTest {

  private static JavaFileObject resource(String body) {
    return source(
        "com.acme.UserResource",
        "package com.acme;",
        "import dev.statuscontract.*;",
        "import jakarta.ws.rs.*;",
        "import jakarta.ws.rs.core.Response;",
        "import java.net.URI;",
        "@Path(\"/users\")",
        "public class UserResource {",
        "  @POST @Creates",
        "  @Returns(value = 201, headers = \"Location\")",
        "  @Returns(409)",
        "  public Response create(String email) {",
        "    " + body,
        "  }",
        "}");
  }

  @Test
  void aDeclaredStatusWithItsHeaderCompiles() {
    assertThat(compile(resource("return UserResourceResponses.Create.created(URI.create(\"/users/1\"));")))
        .succeededWithoutWarnings();
  }

  @Test
  void anUndeclaredStatusDoesNotCompile() {
    JavaFileObject source = resource("return UserResourceResponses.Create.ok();");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol").inFile(source).onLineContaining("Create.ok()");
  }

  @Test
  void a201WithoutItsLocationDoesNotCompile() {
    JavaFileObject source = resource("return UserResourceResponses.Create.created();");

    Compilation compilation = compile(source);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("method created in class com.acme.UserResourceResponses.Create cannot be applied to given types")
        .inFile(source)
        .onLineContaining("Create.created()");
  }

  @Test
  void aLocationOfTheWrongTypeDoesNotCompile() {
    JavaFileObject source = resource("return UserResourceResponses.Create.created(\"/users/1\");");

    assertThat(compile(source)).hadErrorContaining("incompatible types: java.lang.String cannot be converted to java.net.URI");
  }

  @Test
  void aContractWithErrorsStillGetsItsHelpersSoOnlyTheContractErrorShows() {
    JavaFileObject source =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @DELETE",
            "  @Returns(value = 204, body = String.class)",
            "  @Returns(value = 401, headers = {\"Retry After\", \"WWW-Authenticate\"})",
            "  public Response delete() {",
            "    return OrderResourceResponses.Delete.unauthorized(\"Bearer\");",
            "  }",
            "}");

    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[body-not-allowed]").inFile(source).onLineContaining("@Returns(value = 204");
    assertThat(compilation).hadErrorContaining("[invalid-header-name]").inFile(source).onLineContaining("@Returns(value = 401");
  }

  @Test
  void theOptionTurnsHelpersOff() {
    JavaFileObject source = resource("return Response.created(URI.create(\"/users/1\")).build();");

    // The class does not use its helpers: only "all" generates them.
    Compilation on = compile(List.of("-Astatuscontract.helpers=all"), source);
    Compilation off = compile(List.of("-Astatuscontract.helpers=false"), source);

    assertThat(on).generatedSourceFile("com.acme.UserResourceResponses");
    assertThat(off).succeededWithoutWarnings();
    assertThat(off.generatedFiles().stream().filter(f -> f.getKind() == JavaFileObject.Kind.SOURCE).toList())
        .isEmpty();
  }

  @Test
  void aBadHelpersValueIsAnError() {
    assertThat(compile(List.of("-Astatuscontract.helpers=maybe"), resource("return null;")))
        .hadErrorContaining("[status-contract] -Astatuscontract.helpers=maybe is none of used");
  }

  @Test
  void endpointsThatCannotCarryAStatusGetNoHelperClass() {
    Compilation compilation =
        compile(
            source(
                "com.acme.Plain",
                "package com.acme;",
                "import dev.statuscontract.Returns;",
                "import jakarta.ws.rs.*;",
                "@Path(\"/plain\")",
                "public class Plain {",
                "  @GET @Returns(value = 200, body = String.class) public String get() { return \"\"; }",
                "  @DELETE @Returns(204) public void delete() {}",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "com/acme/PlainResponses.java")).isEmpty();
  }

  @Test
  void aControllerThatDeclaresNoCodeGetsNoHelperClass() {
    Compilation compilation =
        compile(
            source(
                "com.acme.Undeclared",
                "package com.acme;",
                "import org.springframework.http.ResponseEntity;",
                "import org.springframework.web.bind.annotation.*;",
                "@RestController",
                "public class Undeclared {",
                "  @GetMapping(\"/a\") public ResponseEntity<String> get() { return ResponseEntity.ok(\"\"); }",
                "  @DeleteMapping(\"/a\") public ResponseEntity<Void> delete() { return ResponseEntity.noContent().build(); }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFile(StandardLocation.SOURCE_OUTPUT, "com/acme/UndeclaredResponses.java")).isEmpty();
  }

  @Test
  void theSameSourcesGiveTheSameHelpers() {
    List<JavaFileObject> sources = HelpersFixture.sources("spring");
    String first = generated(compile(sources.toArray(JavaFileObject[]::new)));
    List<JavaFileObject> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    String second = generated(compile(reversed.toArray(JavaFileObject[]::new)));
    assertThat(second).isEqualTo(first);
  }

  private static String generated(Compilation compilation) {
    try {
      return compilation
          .generatedFile(StandardLocation.SOURCE_OUTPUT, "com/acme/spring/OrderControllerResponses.java")
          .orElseThrow()
          .getCharContent(false)
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.statuscontract.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.rules.DeclarationCompilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.common.truth.Truth;
import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MissingContractTest {

  private static final List<String> AS_ERROR = List.of("-Astatuscontract.rules=missing-contract:error");

  /** A JAX-RS (javax) resource: list declares its statuses, find declares none. */
  private static JavaFileObject resource() {
    return source(
        "com.acme.UserResource",
        "package com.acme;",
        "import dev.statuscontract.Returns;",
        "import javax.ws.rs.GET;",
        "import javax.ws.rs.Path;",
        "@Path(\"/users\")",
        "public class UserResource {",
        "  @GET",
        "  @Returns(200)",
        "  public String list() { return \"\"; }",
        "  @GET",
        "  @Path(\"{id}\")",
        "  public String find(String id) { return id; }",
        "  String helper() { return \"\"; }",
        "}");
  }

  @Test
  void isOffByDefault() {
    assertThat(compile(resource())).succeededWithoutWarnings();
  }

  @Test
  void reportsAnEndpointWithoutContractWhenTurnedOn() {
    JavaFileObject resource = resource();

    Compilation compilation = compile(AS_ERROR, resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadWarningCount(0);
    assertThat(compilation)
        .hadErrorContaining(
            "[missing-contract] GET /users/{id} (UserResource.find(String)) declares no status codes;"
                + " add @Returns for each status it returns, such as @Returns(200)"
                + " (status-contract convention)")
        .inFile(resource)
        .onLineContaining("public String find(");
  }

  @Test
  void warnsWhenTurnedOnAsAWarning() {
    JavaFileObject resource = resource();

    Compilation compilation =
        compile(List.of("-Astatuscontract.rules=missing-contract:warning"), resource);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[missing-contract] GET /users/{id} (UserResource.find(String))")
        .inFile(resource)
        .onLineContaining("public String find(");
  }

  /** Class-level and composed declarations are a contract too. */
  @Test
  void acceptsContractsDeclaredOnTheClassOrThroughAComposedAnnotation() {
    JavaFileObject standardResponses =
        source(
            "com.acme.StandardResponses",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@Target(ElementType.METHOD)",
            "@Returns(200)",
            "@Returns(404)",
            "public @interface StandardResponses {}");
    JavaFileObject users =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET @StandardResponses public String list() { return \"\"; }",
            "}");
    JavaFileObject orders =
        source(
            "com.acme.OrderResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/orders\")",
            "@Returns(200)",
            "public class OrderResource {",
            "  @GET public String list() { return \"\"; }",
            "}");

    assertThat(compile(AS_ERROR, standardResponses, users, orders)).succeededWithoutWarnings();
  }

  /** A bare @Creates is create-without-201's error; this rule would only say it again. */
  @Test
  void leavesAnEndpointWithOnlyCreatesToCreateWithout201() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Creates;",
            "import javax.ws.rs.POST;",
            "import javax.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST",
            "  @Creates",
            "  public String create(String user) { return user; }",
            "}");

    Compilation compilation = compile(AS_ERROR, resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[create-without-201]");
    Truth.assertThat(messages(compilation)).doesNotContain("[missing-contract]");
  }

  @Test
  void acceptsEveryEndpointWithAContract() {
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import javax.ws.rs.GET;",
            "import javax.ws.rs.Path;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET",
            "  @Returns(200)",
            "  public String list() { return \"\"; }",
            "  @GET",
            "  @Path(\"{id}\")",
            "  @Returns(200)",
            "  @Returns(404)",
            "  public String find(String id) { return id; }",
            "  String helper() { return \"\"; }",
            "}");

    assertThat(compile(AS_ERROR, resource)).succeededWithoutWarnings();
  }

  private static String messages(Compilation compilation) {
    return String.join(
        "\n",
        compilation.diagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
  }
}

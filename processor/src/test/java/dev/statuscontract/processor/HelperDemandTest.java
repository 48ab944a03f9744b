package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a class gets its typed response helpers (docs/helpers.md#when-helpers-are-generated): under
 * the default, when the compilation refers to them, in one build; {@code all} and {@code none}.
 */
class HelperDemandTest {

  /** A resource whose create method has the body {@code body}. */
  private static JavaFileObject userResource(String body) {
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

  private static final String PLAIN = "return Response.created(URI.create(\"/users/1\")).build();";
  private static final String WITH_HELPERS = "return UserResourceResponses.Create.created(URI.create(\"/users/1\"));";

  /**
   * A second resource, of another package, that answers its conflict through UserResource's helpers
   * if {@code usesHelpers}.
   */
  private static JavaFileObject orderResource(boolean usesHelpers) {
    List<String> lines = new ArrayList<>(List.of("package com.acme.orders;"));
    lines.addAll(
        List.of(
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/orders\")",
            "public class OrderResource {",
            "  @DELETE",
            "  @Returns(204)",
            "  @Returns(409)",
            "  public Response delete() {",
            "    if (System.nanoTime() == 0) {",
            usesHelpers
                ? "      return com.acme.UserResourceResponses.Create.conflict();"
                : "      return Response.status(409).build();",
            "    }",
            "    return Response.noContent().build();",
            "  }",
            "}"));
    return source("com.acme.orders.OrderResource", lines.toArray(String[]::new));
  }

  private static List<String> generatedSources(Compilation compilation) {
    return compilation.generatedFiles().stream()
        .filter(file -> file.getKind() == JavaFileObject.Kind.SOURCE)
        .map(file -> file.getName().replaceAll(".*/SOURCE_OUTPUT/", ""))
        .sorted()
        .toList();
  }

  @Test
  void aClassThatUsesItsOwnHelpersCompilesInOneBuild() {
    Compilation compilation = compile(userResource(WITH_HELPERS));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSources(compilation)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void aClassThatUsesNoHelpersGetsNoHelperFile() {
    Compilation compilation = compile(userResource(PLAIN), orderResource(false));

    assertThat(compilation).succeeded();
    assertThat(generatedSources(compilation)).isEmpty();
  }

  @Test
  void aClassUsingAnotherClassesHelpersByQualifiedNameCompilesInOneBuild() {
    Compilation compilation = compile(orderResource(true), userResource(PLAIN));

    assertThat(compilation).succeeded();
    // Only the helpers referred to: OrderResource's own are not.
    assertThat(generatedSources(compilation)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void anImportedHelperClassIsGenerated() {
    JavaFileObject user =
        source(
            "com.acme.web.Handler",
            "package com.acme.web;",
            "import com.acme.UserResourceResponses;",
            "import jakarta.ws.rs.core.Response;",
            "public class Handler {",
            "  Response taken() {",
            "    return UserResourceResponses.Create.conflict();",
            "  }",
            "}");

    Compilation compilation = compile(user, userResource(PLAIN));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(generatedSources(compilation)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void helperClassesOfAPackageImportedOnDemandAndStaticImportsAreGenerated() {
    JavaFileObject wildcard =
        source(
            "com.acme.web.Handler",
            "package com.acme.web;",
            "import com.acme.*;",
            "public class Handler {",
            "  Object taken() {",
            "    return UserResourceResponses.Create.conflict();",
            "  }",
            "}");
    JavaFileObject staticImport =
        source(
            "com.acme.web.Other",
            "package com.acme.web;",
            "import static com.acme.UserResourceResponses.Create.conflict;",
            "public class Other {",
            "  Object taken() {",
            "    return conflict();",
            "  }",
            "}");

    assertThat(generatedSources(compile(wildcard, userResource(PLAIN))))
        .containsExactly("com/acme/UserResourceResponses.java");
    assertThat(generatedSources(compile(staticImport, userResource(PLAIN))))
        .containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void aNestedResourceClassGetsItsHelpersWhenTheyAreUsed() {
    JavaFileObject api =
        source(
            "com.acme.Api",
            "package com.acme;",
            "import dev.statuscontract.Returns;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "public class Api {",
            "  @Path(\"/users\")",
            "  public static class Users {",
            "    @GET @Returns(200) @Returns(404)",
            "    public Response get() { return Api_UsersResponses.Get.ok(); }",
            "  }",
            "  @Path(\"/items\")",
            "  public static class Items {",
            "    @GET @Returns(200)",
            "    public Response get() { return Response.ok().build(); }",
            "  }",
            "}");

    Compilation compilation = compile(api);

    assertThat(compilation).succeeded();
    assertThat(generatedSources(compilation)).containsExactly("com/acme/Api_UsersResponses.java");
  }

  @Test
  void allGeneratesEveryHelperAndSoDoesTrue() {
    for (String value : List.of("all", "true", "ALL")) {
      Compilation compilation =
          compile(List.of("-Astatuscontract.helpers=" + value), userResource(PLAIN), orderResource(false));

      assertThat(compilation).succeeded();
      assertThat(generatedSources(compilation))
          .containsExactly("com/acme/UserResourceResponses.java", "com/acme/orders/OrderResourceResponses.java");
    }
  }

  @Test
  void noneGeneratesNoHelperEvenWhereOneIsUsedAndSoDoesFalse() {
    for (String value : List.of("none", "false")) {
      JavaFileObject resource = userResource(WITH_HELPERS);
      Compilation compilation = compile(List.of("-Astatuscontract.helpers=" + value), resource);

      // javac's own error: nothing generated the helper class.
      assertThat(compilation).failed();
      assertThat(compilation).hadErrorContaining("package UserResourceResponses does not exist").inFile(resource);
    }
    for (String value : List.of("none", "false")) {
      Compilation compilation =
          compile(List.of("-Astatuscontract.helpers=" + value), userResource(PLAIN), orderResource(false));

      assertThat(compilation).succeeded();
      assertThat(generatedSources(compilation)).isEmpty();
    }
  }

  @Test
  void usedIsTheDefault() {
    Compilation compilation =
        compile(List.of("-Astatuscontract.helpers=used"), userResource(PLAIN), userOf("UserResourceResponses"));

    assertThat(compilation).succeeded();
    assertThat(generatedSources(compilation)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void anUnknownValueIsOneError() {
    Compilation compilation = compile(List.of("-Astatuscontract.helpers=maybe"), userResource(PLAIN));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] -Astatuscontract.helpers=maybe is none of used (the default: the helpers the"
                + " compilation refers to), all and none; true means all, false none");
  }

  /** A class of another package that calls UserResource's helpers through {@code name}. */
  private static JavaFileObject userOf(String name) {
    return source(
        "com.acme.client.Client",
        "package com.acme.client;",
        "import com.acme.*;",
        "public class Client {",
        "  Object conflict() {",
        "    return " + name + ".Create.conflict();",
        "  }",
        "}");
  }

  @Test
  void aFileCompiledAloneGetsTheHelpersOfAResourceOnTheClassPath(@TempDir Path dir) {
    // An IDE's incremental build: the resource was compiled earlier, without its helpers.
    Compilation first = compile(userResource(PLAIN));
    assertThat(first).succeeded();
    assertThat(generatedSources(first)).isEmpty();
    Path classes = writeClasses(first, dir.resolve("classes"));

    Compilation second = compileWithClassPath(classes, userOf("UserResourceResponses"));

    assertThat(second).succeededWithoutWarnings();
    assertThat(generatedSources(second)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void aHelperClassOnTheClassPathIsNotGeneratedAgainForAFileThatUsesIt(@TempDir Path dir) {
    Compilation first = compile(userResource(WITH_HELPERS));
    assertThat(first).succeeded();
    Path classes = writeClasses(first, dir.resolve("classes"));

    Compilation second = compileWithClassPath(classes, userOf("UserResourceResponses"));

    assertThat(second).succeededWithoutWarnings();
    assertThat(generatedSources(second)).isEmpty();
  }

  @Test
  void aResourceCompiledAgainGetsTheHelpersAnEarlierBuildLeftOnTheClassPath(@TempDir Path dir) {
    // The resource alone is compiled again, but the class that uses its helpers is not: they stay in
    // step with its contract.
    Compilation first = compile(userResource(PLAIN), userOf("UserResourceResponses"));
    assertThat(generatedSources(first)).containsExactly("com/acme/UserResourceResponses.java");
    Path classes = writeClasses(first, dir.resolve("classes"));

    Compilation second = compileWithClassPath(classes, userResource(PLAIN));

    assertThat(second).succeeded();
    assertThat(generatedSources(second)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void aNameThatIsNoHelperClassOfAnyResourceIsIgnored() {
    JavaFileObject other =
        source(
            "com.acme.Other",
            "package com.acme;",
            "public class Other {",
            "  static class LocalResponses {}",
            "  Object o = new LocalResponses();",
            "  Object unrelated = java.util.List.of();",
            "}");

    Compilation compilation = compile(other, userResource(PLAIN));

    assertThat(compilation).succeeded();
    assertThat(generatedSources(compilation)).isEmpty();
  }

  @Test
  void behindAnEnvironmentThatHoldsJavacsTheRuleApplies() {
    // Gradle's wrapper keeps javac's environment in a field named delegate.
    Compilation compilation =
        javac()
            .withProcessors(new Wrapping(AnalysisLifecycleTest.DelegatingEnvironment::new))
            .compile(userResource(PLAIN), orderResource(false), userOf("UserResourceResponses"));

    assertThat(compilation).succeeded();
    assertThat(generatedSources(compilation)).containsExactly("com/acme/UserResourceResponses.java");
  }

  @Test
  void withoutTreesEveryClassGetsItsHelpers() {
    // A wrapper that cannot be unwrapped leaves no trees to read the names with, as under ECJ.
    Compilation compilation =
        javac()
            .withProcessors(
                new Wrapping(
                    env ->
                        (ProcessingEnvironment)
                            Proxy.newProxyInstance(
                                HelperDemandTest.class.getClassLoader(),
                                new Class<?>[] {ProcessingEnvironment.class},
                                (proxy, method, args) -> method.invoke(env, args))))
            .compile(userResource(PLAIN), orderResource(false));

    assertThat(compilation).succeeded();
    assertThat(generatedSources(compilation))
        .containsExactly("com/acme/UserResourceResponses.java", "com/acme/orders/OrderResourceResponses.java");
  }

  /** Hands the processor a build tool's environment around javac's. */
  private static final class Wrapping extends AbstractProcessor {
    private final StatusContractProcessor processor = new StatusContractProcessor();
    private final UnaryOperator<ProcessingEnvironment> wrap;

    Wrapping(UnaryOperator<ProcessingEnvironment> wrap) {
      this.wrap = wrap;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      processor.init(wrap.apply(env));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return processor.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }

  private static Compilation compileWithClassPath(Path classes, JavaFileObject... sources) {
    List<File> classPath = new ArrayList<>();
    classPath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    return javac().withProcessors(new StatusContractProcessor()).withClasspath(classPath).compile(sources);
  }

  /** Writes the class files {@code compilation} wrote into {@code dir}, as a build's output directory. */
  private static Path writeClasses(Compilation compilation, Path dir) {
    String marker = "/" + StandardLocation.CLASS_OUTPUT.getName() + "/";
    try {
      for (JavaFileObject file : compilation.generatedFiles()) {
        String path = file.toUri().getPath();
        if (file.getKind() != JavaFileObject.Kind.CLASS || !path.contains(marker)) {
          continue;
        }
        Path target = dir.resolve(path.substring(path.indexOf(marker) + marker.length()));
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.write(target, in.readAllBytes());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}

package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.compileWith;
import static dev.statuscontract.processor.Compilations.compileWithRules;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.rules.Finding;
import dev.statuscontract.processor.rules.Rule;
import dev.statuscontract.processor.rules.Rules;
import dev.statuscontract.processor.rules.Severity;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RobustnessTest {

  private static final JavaFileObject MISSING_LOCATION =
      source(
          "com.acme.UserResource",
          "package com.acme;",
          "import dev.statuscontract.*;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST @Creates",
          "  @Returns(value = 201, body = User.class)",
          "  @Returns(409)",
          "  public jakarta.ws.rs.core.Response create() { return jakarta.ws.rs.core.Response.status(201).build(); }",
          "}");

  @Test
  void anUnresolvedTypeYieldsJavacsErrorAndNoFinding() {
    Compilation compilation = compile(MISSING_LOCATION);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    assertThat(String.join("\n", messages(compilation))).doesNotContain("[created-without-location]");
  }

  @Test
  void aTypeAnotherProcessorGeneratesIsCheckedOnceItExists() {
    Compilation compilation =
        javac().withProcessors(new GeneratesClass("com.acme.User"), new StatusContractProcessor()).compile(MISSING_LOCATION);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location] POST /users declares 201 Created")
        .inFile(MISSING_LOCATION)
        .onLineContaining("@Returns(value = 201");
  }

  @Test
  void anInternalFailureIsOneClearErrorNotACrash() {
    Rule broken =
        new Rule("broken", Severity.ERROR, "throws") {
          @Override
          protected void check(Endpoint endpoint, List<Finding> out) {
            throw new IllegalStateException("boom");
          }
        };

    Compilation compilation = compileWithRules(List.of(broken), MISSING_LOCATION, USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] internal error while checking com.acme.UserResource:"
                + " java.lang.IllegalStateException: boom. This is a bug in status-contract")
        .inFile(MISSING_LOCATION)
        .onLineContaining("public class UserResource");
    assertThat(compilation).hadErrorContaining("please report it");
  }

  @Test
  void aRepeatedAnnotationIsReportedOnItsOwnLine() {
    Compilation compilation = compile(MISSING_LOCATION, USER);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location]")
        .inFile(MISSING_LOCATION)
        .onLineContaining("@Returns(value = 201");
  }

  @Test
  void withoutTreesARepeatedAnnotationFallsBackToTheMethod() {
    Compilation compilation =
        compileWith(new WrappedEnvironment(new StatusContractProcessor()), List.of(), MISSING_LOCATION, USER);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location]")
        .inFile(MISSING_LOCATION)
        .onLineContaining("Response create()");
  }

  @Test
  void withoutTreesALoneAnnotationIsStillReportedOnItsLine() {
    JavaFileObject lone =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST @Creates",
            "  @Returns(201)",
            "  public void create() {}",
            "}");

    Compilation compilation =
        compileWith(new WrappedEnvironment(new StatusContractProcessor()), List.of(), lone);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[created-without-location]").inFile(lone).onLineContaining("@Returns(201)");
  }

  @Test
  void withoutTreesOneNoteSaysSoOncePerCompilation() {
    JavaFileObject twice =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST @Creates",
            "  @Returns(201)",
            "  public void create() {}",
            "  @POST @Path(\"admins\") @Creates",
            "  @Returns(201)",
            "  public void createAdmin() {}",
            "}");

    Compilation compilation =
        compileWith(new WrappedEnvironment(new StatusContractProcessor()), List.of(), twice);

    assertThat(compilation).hadErrorCount(2);
    List<String> notes = positionNotes(compilation);
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0))
        .startsWith("[status-contract] exact positions are unavailable under this compiler (");
    // The environment's class is a proxy here, such as jdk.proxy2.$Proxy12.
    assertThat(notes.get(0))
        .endsWith(
            " offers no com.sun.source.util.Trees); findings point at the annotation or the"
                + " annotated element");
  }

  @Test
  void withoutTreesACleanCompilationGetsNoSuchNote() {
    JavaFileObject clean =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @GET @Returns(200) public String list() { return \"\"; }",
            "}");

    Compilation compilation =
        compileWith(new WrappedEnvironment(new StatusContractProcessor()), List.of(), clean);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(positionNotes(compilation)).isEmpty();
  }

  /**
   * A composed annotation read from the class path has no source: without trees the finding goes
   * where it is used, not nowhere (the Eclipse compiler prints a message on a class-file element
   * without a file or a line).
   */
  @Test
  void withoutTreesAFindingFromACompiledComposedAnnotationPointsAtItsUse(@TempDir Path classes)
      throws IOException {
    JavaFileObject created =
        source(
            "com.lib.Created",
            "package com.lib;",
            "import dev.statuscontract.Returns;",
            "import java.lang.annotation.*;",
            "@Retention(RetentionPolicy.CLASS) @Target(ElementType.METHOD)",
            "@Returns(201)",
            "public @interface Created {}");
    Compilation library = javac().compile(created);
    assertThat(library).succeeded();
    for (JavaFileObject file : library.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        Path target = classes.resolve("com/lib/Created.class");
        Files.createDirectories(target.getParent());
        try (InputStream in = file.openInputStream()) {
          Files.copy(in, target);
        }
      }
    }
    JavaFileObject resource =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import com.lib.Created;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST",
            "  @Created",
            "  public void create() {}",
            "}");
    List<File> classpath = new ArrayList<>();
    classpath.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classpath.add(new File(entry));
    }

    Compilation compilation =
        javac()
            .withProcessors(new WrappedEnvironment(new StatusContractProcessor()))
            .withClasspath(classpath)
            .compile(resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location] POST /users declares 201 Created (from @Created)")
        .inFile(resource)
        .onLineContaining("@Created");
  }

  /**
   * The Eclipse compiler can run on a runtime without the jdk.compiler module, where the tree API
   * (com.sun.source) is missing: the processor must still load, check and report, not crash.
   */
  @Test
  void withoutTheTreeApiTheProcessorStillReportsOnTheAnnotation() throws Exception {
    ClassLoader hidingTheTreeApi =
        new ClassLoader(ClassLoader.getPlatformClassLoader()) {
          @Override
          protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("com.sun.source.")) {
              throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
          }
        };
    List<URL> urls = new ArrayList<>();
    for (String entry : testClassPath().split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    JavaFileObject lone =
        source(
            "com.acme.UserResource",
            "package com.acme;",
            "import dev.statuscontract.*;",
            "import jakarta.ws.rs.*;",
            "@Path(\"/users\")",
            "public class UserResource {",
            "  @POST @Creates",
            "  @Returns(201)",
            "  @Returns(409)",
            "  public void create() {}",
            "}");

    Compilation compilation;
    try (URLClassLoader isolated = new URLClassLoader(urls.toArray(URL[]::new), hidingTheTreeApi)) {
      Class<?> type = isolated.loadClass(StatusContractProcessor.class.getName());
      assertThat(type.getClassLoader()).isSameInstanceAs(isolated);
      Processor processor = (Processor) type.getConstructor().newInstance();
      compilation = javac().withProcessors(processor).compile(lone);
    }

    assertThat(String.join("\n", messages(compilation))).doesNotContain("internal error");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[created-without-location]")
        .inFile(lone)
        .onLineContaining("public void create()");
    assertThat(positionNotes(compilation)).hasSize(1);
    assertThat(positionNotes(compilation).get(0))
        .startsWith(
            "[status-contract] exact positions are unavailable under this compiler ("
                + "com.sun.source.util.Trees is not available: java.lang.NoClassDefFoundError: com/sun/source/");
  }

  /** The test class path as entries, also when Surefire hands it over in a manifest-only jar. */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path", "");
    return surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
  }

  /** The notes about positions. */
  private static List<String> positionNotes(Compilation compilation) {
    return compilation.notes().stream()
        .map(d -> d.getMessage(Locale.ROOT))
        .filter(m -> m.contains("exact positions"))
        .toList();
  }

  @Test
  void everyRuleHasAUniqueKebabCaseId() {
    List<String> ids = Rules.all().stream().map(Rule::id).toList();
    assertThat(ids).containsNoDuplicates();
    assertThat(ids).hasSize(28);
  }

  private static final JavaFileObject USER =
      source("com.acme.User", "package com.acme;", "public class User {}");

  private static List<String> messages(Compilation compilation) {
    List<String> messages = new ArrayList<>();
    compilation.diagnostics().forEach(d -> messages.add(d.getMessage(null)));
    return messages;
  }


  /**
   * Hands the processor a {@link ProcessingEnvironment} that is not javac's own, as some build tools
   * do, so that {@code Trees} is unavailable.
   */
  private static final class WrappedEnvironment extends AbstractProcessor {
    private final AbstractProcessor delegate;

    WrappedEnvironment(AbstractProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      ProcessingEnvironment wrapped =
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  getClass().getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  (proxy, method, args) -> method.invoke(env, args));
      delegate.init(wrapped);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}

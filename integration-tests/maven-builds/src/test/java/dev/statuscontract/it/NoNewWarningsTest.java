package dev.statuscontract.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.Returns;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.bind.annotation.RestController;

/**
 * The processor never adds a javac warning: a module compiled with {@code -Xlint:all,-processing
 * -Werror} gives the same result, and the same warnings, with the processor on the processor path
 * as with {@code -proc:none}.
 *
 * <p>The real-world case: Spring 5.3's {@code org.springframework.lang.Nullable} is meta-annotated
 * {@code @javax.annotation.Nonnull(when = When.MAYBE)}, from jsr305, which Spring declares
 * optional. An application without jsr305 compiles without a warning; but once anything reads
 * {@code Nullable}'s own annotations, javac completes them and warns {@code unknown enum constant
 * When.MAYBE}, which {@code -Werror} turns into a failed build. Here the modules are compiled
 * against spring-core and spring-web 5.3 and nothing of jsr305.
 *
 * <p>Reading an annotation type's own annotations (or anything else that makes javac complete it
 * from its class file) during processing is enough: javac warns then, and where the sources use
 * {@code @Nullable} themselves it warns once more after processing, because it resets the symbols it
 * read from class files when the rounds end. {@link #readingNullablesAnnotationsMakesJavacWarn}
 * shows that the class path reproduces the warning at all.
 */
class NoNewWarningsTest {

  private static final List<String> LINT = List.of("-Xlint:all,-processing", "-Werror");

  /** A module to compile: a library compiled before it (without lint), and its own sources. */
  record Module(String name, Map<String, List<String>> library, Map<String, List<String>> sources) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A class implementing Spring's Converter, whose convert() is @Nullable, beside a controller. */
  static final Module SPRING_CONVERTER =
      new Module(
          "Spring 5.3 Converter beside a @RestController",
          Map.of(),
          Map.of(
              "com/acme/Upper.java",
              List.of(
                  "package com.acme;",
                  "",
                  "import java.util.Locale;",
                  "import org.springframework.core.convert.converter.Converter;",
                  "",
                  "public class Upper implements Converter<String, String> {",
                  "  @Override",
                  "  public String convert(String source) {",
                  "    return source.toUpperCase(Locale.ROOT);",
                  "  }",
                  "}"),
              "com/acme/UpperController.java",
              List.of(
                  "package com.acme;",
                  "",
                  "import dev.statuscontract.Returns;",
                  "import org.springframework.http.ResponseEntity;",
                  "import org.springframework.web.bind.annotation.GetMapping;",
                  "import org.springframework.web.bind.annotation.RequestParam;",
                  "import org.springframework.web.bind.annotation.RestController;",
                  "",
                  "@RestController",
                  "public class UpperController {",
                  "  private final Upper upper = new Upper();",
                  "",
                  "  @GetMapping(\"/upper\")",
                  "  @Returns(200)",
                  "  @Returns(400)",
                  "  public ResponseEntity<String> upper(@RequestParam String text) {",
                  "    return ResponseEntity.ok(upper.convert(text));",
                  "  }",
                  "}")));

  /**
   * A Jakarta REST resource implementing its API interface, from a library, whose endpoint method
   * carries @Nullable: javac alone never reads that method's annotations.
   */
  static final Module JAKARTA_INHERITED =
      new Module(
          "Jakarta REST resource whose inherited endpoint method is @Nullable",
          Map.of(
              "com/lib/UserApi.java",
              List.of(
                  "package com.lib;",
                  "",
                  "import jakarta.ws.rs.GET;",
                  "import jakarta.ws.rs.Path;",
                  "import jakarta.ws.rs.PathParam;",
                  "import org.springframework.lang.Nullable;",
                  "",
                  "@Path(\"/users\")",
                  "public interface UserApi {",
                  "  @GET",
                  "  @Path(\"{id}\")",
                  "  @Nullable",
                  "  String find(@PathParam(\"id\") String id);",
                  "}")),
          Map.of(
              "com/acme/UserResource.java",
              List.of(
                  "package com.acme;",
                  "",
                  "import com.lib.UserApi;",
                  "import dev.statuscontract.Returns;",
                  "",
                  "public class UserResource implements UserApi {",
                  "  @Override",
                  "  @Returns(200)",
                  "  @Returns(404)",
                  "  public String find(String id) {",
                  "    return id;",
                  "  }",
                  "}")));

  /**
   * A Jakarta REST endpoint method that carries @Nullable itself: javac warns already (so the build
   * fails under -Werror either way), and the processor must not repeat the warnings.
   */
  static final Module JAKARTA_DIRECT =
      new Module(
          "Jakarta REST endpoint method annotated @Nullable",
          Map.of(),
          Map.of(
              "com/acme/UserResource.java",
              List.of(
                  "package com.acme;",
                  "",
                  "import dev.statuscontract.Returns;",
                  "import jakarta.ws.rs.GET;",
                  "import jakarta.ws.rs.Path;",
                  "import jakarta.ws.rs.PathParam;",
                  "import org.springframework.lang.Nullable;",
                  "",
                  "@Path(\"/users\")",
                  "public class UserResource {",
                  "  @GET",
                  "  @Path(\"{id}\")",
                  "  @Nullable",
                  "  @Returns(200)",
                  "  @Returns(404)",
                  "  public String find(@PathParam(\"id\") String id) {",
                  "    return id;",
                  "  }",
                  "}")));

  static Stream<Module> modules() {
    return Stream.of(SPRING_CONVERTER, JAKARTA_INHERITED, JAKARTA_DIRECT);
  }

  @TempDir Path work;

  @ParameterizedTest(name = "{0}")
  @MethodSource("modules")
  void theProcessorAddsNoWarning(Module module) throws IOException {
    String classpath = classpath(module);

    Compiled without = compile(module, classpath, "without", List.of("-proc:none"), List.of());
    Compiled with =
        compile(
            module, classpath, "with", List.of("-processorpath", BuildPaths.processorPath()), List.of());

    Compiled floor = compile(module, classpath, "no-op", List.of(), List.of(new NoOpProcessor()));

    String describe =
        "-proc:none:\n" + without.describe() + "\nwith a processor that does nothing:\n" + floor.describe()
            + "\nwith the processor:\n" + with.describe();
    // Whatever javac prints whenever any processor runs, the processor adds nothing to it...
    assertEquals(floor.succeeded(), with.succeeded(), describe);
    assertEquals(floor.reported(), with.reported(), describe);
    // ...and where javac prints the same with and without processing, neither does the processor.
    if (module != JAKARTA_DIRECT) {
      assertEquals(without.succeeded(), with.succeeded(), describe);
      assertEquals(without.reported(), with.reported(), describe);
    }
    assertTrue(
        with.notes().stream().anyMatch(note -> note.startsWith("[status-contract] checked 1 endpoint")),
        "the processor did not run:\n" + describe);
  }

  /**
   * Where the sources themselves use {@code @Nullable}, javac warns during processing and again
   * after it, because it completes the class-file symbols anew when the rounds end: any processor
   * doubles the warnings, a processor that does nothing too. That is javac's, not ours.
   */
  @Test
  void javacRepeatsItsOwnWarningsWheneverAProcessorRuns() throws IOException {
    String classpath = classpath(JAKARTA_DIRECT);

    Compiled without = compile(JAKARTA_DIRECT, classpath, "without", List.of("-proc:none"), List.of());
    Compiled floor = compile(JAKARTA_DIRECT, classpath, "no-op", List.of(), List.of(new NoOpProcessor()));

    assertEquals(2 * without.reported().stream().filter(d -> d.startsWith("WARNING")).count(),
        floor.reported().stream().filter(d -> d.startsWith("WARNING")).count(),
        "-proc:none:\n" + without.describe() + "\nno-op:\n" + floor.describe());
  }

  /** The floor for any processor: claims nothing, reads nothing. */
  private static final class NoOpProcessor extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return false;
    }
  }

  /**
   * The control: the modules reproduce javac's warning once anything reads Nullable's annotations,
   * so that the test above would see what the processor adds.
   */
  @Test
  void readingNullablesAnnotationsMakesJavacWarn() throws IOException {
    String classpath = classpath(SPRING_CONVERTER);

    Compiled probed =
        compile(SPRING_CONVERTER, classpath, "probe", List.of(), List.of(new ReadsNullablesAnnotations()));

    assertFalse(probed.succeeded(), probed.describe());
    assertTrue(
        probed.reported().stream()
            .anyMatch(d -> d.contains("unknown enum constant") && d.contains("When.MAYBE")),
        probed.describe());
  }

  /** What a compilation gave: success, and every diagnostic but the notes. */
  record Compiled(boolean succeeded, List<String> reported, List<String> notes) {
    String describe() {
      return (succeeded ? "succeeded" : "failed")
          + "\n"
          + String.join("\n", reported)
          + (notes.isEmpty() ? "" : "\nnotes:\n" + String.join("\n", notes));
    }
  }

  /**
   * The class path of {@code module}: the annotations, Jakarta REST, spring-core and spring-web 5.3,
   * and its library compiled first; never jsr305.
   */
  private String classpath(Module module) throws IOException {
    String apis =
        BuildPaths.pathOf(
            Returns.class, jakarta.ws.rs.Path.class, Converter.class, RestController.class);
    String classpath = apis;
    if (!module.library().isEmpty()) {
      Path library = Files.createDirectories(work.resolve("library"));
      Compiled compiled =
          compile(module.library(), apis, library, List.of("-proc:none", "-nowarn"), List.of());
      assertTrue(compiled.succeeded(), "the library did not compile:\n" + compiled.describe());
      classpath = library.resolve("classes") + File.pathSeparator + apis;
    }
    List<URL> urls = new ArrayList<>();
    for (String entry : classpath.split(File.pathSeparator)) {
      urls.add(Path.of(entry).toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      assertNull(
          loader.getResource("javax/annotation/meta/When.class"),
          "jsr305 is on the class path " + classpath + ": the test would show nothing");
    }
    return classpath;
  }

  private Compiled compile(
      Module module, String classpath, String name, List<String> options, List<Processor> processors)
      throws IOException {
    Path output = Files.createDirectories(work.resolve(name));
    List<String> all = new ArrayList<>(LINT);
    all.addAll(options);
    return compile(module.sources(), classpath, output, all, processors);
  }

  private Compiled compile(
      Map<String, List<String>> sources,
      String classpath,
      Path output,
      List<String> options,
      List<Processor> processors)
      throws IOException {
    Path sourceRoot = Files.createDirectories(output.resolve("src"));
    Path classes = Files.createDirectories(output.resolve("classes"));
    Path generated = Files.createDirectories(output.resolve("generated"));
    List<Path> files = new ArrayList<>();
    for (Map.Entry<String, List<String>> source : sources.entrySet()) {
      Path file = sourceRoot.resolve(source.getKey());
      Files.createDirectories(file.getParent());
      files.add(Files.write(file, source.getValue(), UTF_8));
    }
    files.sort(null);
    List<String> all = new ArrayList<>(options);
    all.addAll(
        List.of(
            "-classpath", classpath, "-d", classes.toString(), "-s", generated.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean succeeded;
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      var task =
          javac.getTask(
              null, fileManager, diagnostics, all, null, fileManager.getJavaFileObjectsFromPaths(files));
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      succeeded = task.call();
    }
    List<String> reported =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(NoNewWarningsTest::describe)
            .toList();
    List<String> notes =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();
    return new Compiled(succeeded, reported, notes);
  }

  /** Kind, file name (a source or a class file in a jar), line and message. */
  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String file =
        diagnostic.getSource() == null
            ? ""
            : diagnostic.getSource().toUri().toString().replaceFirst(".*/", "") + ":";
    return diagnostic.getKind()
        + " "
        + file
        + diagnostic.getLineNumber()
        + " "
        + diagnostic.getMessage(Locale.ROOT).lines().collect(Collectors.joining(" | "));
  }

  /** Reads the annotations of Spring's Nullable, as a processor that looks at meta-annotations does. */
  static final class ReadsNullablesAnnotations extends AbstractProcessor {
    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      TypeElement nullable =
          processingEnv.getElementUtils().getTypeElement("org.springframework.lang.Nullable");
      if (nullable != null) {
        nullable.getAnnotationMirrors();
      }
      return false;
    }
  }
}

package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * The analysis of method bodies across javac's life: through a build tool's wrapped environment,
 * under {@code -proc:only}, beside errors elsewhere, and the documents it completes.
 */
class AnalysisLifecycleTest {

  /** A resource whose declaration breaks a rule (line 8) and whose body answers an undeclared 404 (line 10). */
  private static final JavaFileObject RESOURCE =
      source(
          "com.acme.BookResource",
          "package com.acme;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.*;",
          "import jakarta.ws.rs.core.Response;",
          "@Path(\"/books\")",
          "public class BookResource {",
          "  @POST",
          "  @Returns(201)",
          "  public Response add(String isbn) {",
          "    if (isbn.isEmpty()) throw new NotFoundException();",
          "    return Response.status(201).build();",
          "  }",
          "}");

  private static final String UNDECLARED = "[undeclared-status] POST /books answers 404 Not Found";
  private static final String DECLARED = "[created-without-location] POST /books declares 201 Created";

  @Test
  void throughAnEnvironmentItCannotUnwrapItSaysSoOnceAndStillChecksTheDeclarations() {
    Compilation compilation =
        javac().withProcessors(new Wrapping(new StatusContractProcessor(), AnalysisLifecycleTest::proxy)).compile(RESOURCE);

    assertThat(compilation).hadErrorContaining(DECLARED).inFile(RESOURCE).onLine(8);
    assertThat(messages(compilation)).doesNotContain(UNDECLARED);
    List<String> notes = notes(compilation, "body analysis is unavailable");
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0)).startsWith("[status-contract] body analysis is unavailable: ");
  }

  @Test
  void aWrapperThatKeepsJavacsEnvironmentInADelegateFieldIsUnwrapped() {
    Compilation compilation =
        javac().withProcessors(new Wrapping(new StatusContractProcessor(), DelegatingEnvironment::new)).compile(RESOURCE);

    assertThat(compilation).hadErrorContaining(DECLARED).inFile(RESOURCE).onLine(8);
    assertThat(compilation).hadErrorContaining(UNDECLARED).inFile(RESOURCE).onLine(10);
    assertThat(notes(compilation, "body analysis is unavailable")).isEmpty();
  }

  @Test
  void procOnlyLosesNoDeclarationFindingAndStillWritesTheDocuments(@TempDir Path out) throws IOException {
    Directory compilation = Directory.compile(out, List.of("-proc:only"), RESOURCE);

    assertThat(compilation.diagnostics())
        .contains("ERROR BookResource.java:8: " + DECLARED + " without a Location header; add headers = \"Location\" (RFC 9110 §15.3.2)");
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal error");
    assertThat(compilation.documents().get("contract.json")).contains("\"path\": \"/books\"");
    assertThat(compilation.diagnostics().stream().filter(d -> d.contains("[status-contract] checked 1 endpoint in 1 class")))
        .hasSize(1);
  }

  @Test
  void anErrorInAnotherBodyLosesNoFinding() {
    JavaFileObject broken =
        source("com.acme.Broken", "package com.acme;", "class Broken {", "  int x() { return \"text\"; }", "}");

    Compilation compilation = Compilations.compile(RESOURCE, broken);

    assertThat(compilation).hadErrorContaining("incompatible types").inFile(broken).onLine(3);
    assertThat(compilation).hadErrorContaining(DECLARED).inFile(RESOURCE).onLine(8);
    assertThat(compilation).hadErrorContaining(UNDECLARED).inFile(RESOURCE).onLine(10);
  }

  @Test
  void anErrorInADeclarationElsewhereStopsJavacBeforeTheBodiesButTheDocumentsAreWritten(@TempDir Path out)
      throws IOException {
    JavaFileObject broken =
        source("com.acme.Broken", "package com.acme;", "class Broken {", "  Missing field;", "}");

    Directory compilation = Directory.compile(out, List.of(), RESOURCE, broken);

    assertThat(compilation.diagnostics()).contains("ERROR Broken.java:3: cannot find symbol\n  symbol:   class Missing\n  location: class com.acme.Broken");
    assertThat(compilation.diagnostics())
        .contains("ERROR BookResource.java:8: " + DECLARED + " without a Location header; add headers = \"Location\" (RFC 9110 §15.3.2)");
    assertThat(compilation.diagnostics().toString()).doesNotContain("internal error");
    assertThat(compilation.documents().get("openapi.json")).contains("\"/books\"");
    assertThat(compilation.documents().keySet()).containsExactly(
        "com.acme.md", "contract.json", "findings.json", "index.html", "index.md", "openapi.json");
  }

  /** An un-annotated Spring controller, documented from its code. */
  private static final JavaFileObject CONTROLLER =
      source(
          "com.acme.AccountController",
          "package com.acme;",
          "import java.net.URI;",
          "import org.springframework.http.ResponseEntity;",
          "import org.springframework.web.bind.annotation.*;",
          "@RestController",
          "@RequestMapping(\"/accounts\")",
          "public class AccountController {",
          "  public record Account(String id) {}",
          "  @GetMapping(\"/{id}\")",
          "  public ResponseEntity<Account> get(@PathVariable String id) {",
          "    return id.isEmpty() ? ResponseEntity.notFound().build() : ResponseEntity.ok(new Account(id));",
          "  }",
          "  @PostMapping",
          "  public ResponseEntity<Account> open(@RequestBody Account account) {",
          "    return ResponseEntity.created(URI.create(\"/accounts/\" + account.id())).body(account);",
          "  }",
          "}");

  @Test
  void inferredResponsesAreInEveryDocumentMarkedAsInferred() {
    Compilation compilation = Compilations.compile(CONTROLLER);
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> files = documents(compilation);
    String json = files.get("contract.json");
    assertThat(json).containsMatch("\"code\": 404,[^}]*\"declaredWith\": \"the code\",\\s*\"inferred\": true");
    assertThat(json)
        .containsMatch(
            "(?s)\"code\": 200,(?:(?!\"code\").)*\"body\": \"com.acme.AccountController.Account\"(?:(?!\"code\").)*\"inferred\": true");
    assertThat(json).containsMatch("\"code\": 201,[^}]*\"headers\": \\[\\s*\"Location\"\\s*]");
    String openapi = files.get("openapi.json");
    assertThat(openapi).containsMatch("\"404\": \\{\\s*\"description\": \"Not Found\",\\s*\"x-declared-with\": \"the code\",\\s*\"x-inferred\": true");
    assertThat(files.get("com.acme.md")).contains("(inferred from the code)");
    assertThat(files.get("index.html")).contains("(inferred from the code)");
    assertThat(files.get("index.md")).contains("200 OK, 404 Not Found");
  }

  @Test
  void theContentTypesTheCodeNamesAreTheInferredBodiesWithTheirSchemas() {
    JavaFileObject resource =
        source(
            "com.acme.BookResource",
            "package com.acme;",
            "import jakarta.ws.rs.*;",
            "import jakarta.ws.rs.core.Response;",
            "@Path(\"/books\")",
            "public class BookResource {",
            "  public record Book(String isbn, int pages) {}",
            "  public record Problem(String detail) {}",
            "  @GET @Path(\"{isbn}\")",
            "  public Response get(@PathParam(\"isbn\") String isbn) {",
            "    if (isbn.isEmpty()) {",
            "      return Response.status(404).entity(new Problem(\"no book has this ISBN\")).build();",
            "    }",
            "    return Response.ok(new Book(isbn, 412)).build();",
            "  }",
            "}");

    Compilation compilation = Compilations.compile(resource);
    assertThat(compilation).succeededWithoutWarnings();

    Map<String, String> files = documents(compilation);
    assertThat(files.get("contract.json"))
        .containsMatch("(?s)\"code\": 200,(?:(?!\"code\").)*\"body\": \"com.acme.BookResource.Book\"");
    assertThat(files.get("contract.json"))
        .containsMatch("(?s)\"code\": 404,(?:(?!\"code\").)*\"body\": \"com.acme.BookResource.Problem\"");
    String openapi = files.get("openapi.json");
    assertThat(openapi).contains("\"$ref\": \"#/components/schemas/BookResource.Book\"");
    assertThat(openapi).containsMatch("(?s)\"BookResource.Book\": \\{.*\"pages\": \\{\\s*\"type\": \"integer\"");
  }

  @Test
  void theDocumentsWrittenAfterTheAnalysisAreTheSameEveryTime(@TempDir Path one, @TempDir Path two) throws IOException {
    Map<String, String> first = Directory.compile(one, List.of(), CONTROLLER, RESOURCE).documents();
    Map<String, String> second = Directory.compile(two, List.of(), RESOURCE, CONTROLLER).documents();

    assertThat(first.keySet()).containsAtLeast("contract.json", "openapi.json", "index.html", "index.md");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void withTheAnalysisOffNothingIsInferred() {
    Map<String, String> files = documents(Compilations.compile(List.of("-Astatuscontract.analysis=false"), CONTROLLER));

    assertThat(files.get("contract.json")).doesNotContain("inferred");
    assertThat(files.get("contract.json")).doesNotContain("\"code\": 404");
  }

  /** A compilation into a directory, whose files can be read when it fails too. */
  record Directory(Path out, List<String> diagnostics) {

    static Directory compile(Path out, List<String> options, JavaFileObject... sources) throws IOException {
      JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
      List<String> diagnostics = new ArrayList<>();
      try (StandardJavaFileManager files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
        files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
        files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
        List<String> all = new ArrayList<>(List.of("-classpath", testClassPath()));
        all.addAll(options);
        JavaCompiler.CompilationTask task =
            compiler.getTask(
                null,
                files,
                d ->
                    diagnostics.add(
                        d.getKind()
                            + (d.getSource() == null ? "" : " " + Path.of(d.getSource().getName()).getFileName() + ":" + d.getLineNumber())
                            + ": " + d.getMessage(Locale.ROOT)),
                all,
                null,
                List.of(sources));
        task.setProcessors(List.of(new StatusContractProcessor()));
        task.call();
      }
      return new Directory(out, diagnostics);
    }

    /** The documents written, by file name. */
    Map<String, String> documents() throws IOException {
      Map<String, String> documents = new TreeMap<>();
      Path directory = out.resolve("META-INF/status-contract");
      if (Files.isDirectory(directory)) {
        try (Stream<Path> paths = Files.list(directory)) {
          for (Path path : paths.toList()) {
            documents.put(path.getFileName().toString(), Files.readString(path));
          }
        }
      }
      return documents;
    }

    private static String testClassPath() {
      String surefire = System.getProperty("surefire.test.class.path", "");
      return surefire.isBlank() ? System.getProperty("java.class.path") : surefire;
    }
  }

  private static Map<String, String> documents(Compilation compilation) {
    Map<String, String> files = new TreeMap<>();
    String directory = "/META-INF/status-contract/";
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf(directory);
      if (at >= 0) {
        try {
          files.put(path.substring(at + directory.length()), file.getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  private static String messages(Compilation compilation) {
    StringBuilder all = new StringBuilder();
    compilation.diagnostics().forEach(d -> all.append(d.getMessage(Locale.ROOT)).append('\n'));
    return all.toString();
  }

  private static List<String> notes(Compilation compilation, String containing) {
    return compilation.notes().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.contains(containing)).toList();
  }

  private static ProcessingEnvironment proxy(ProcessingEnvironment env) {
    return (ProcessingEnvironment)
        Proxy.newProxyInstance(
            AnalysisLifecycleTest.class.getClassLoader(),
            new Class<?>[] {ProcessingEnvironment.class},
            (proxy, method, args) -> method.invoke(env, args));
  }

  /** A build tool's environment that keeps javac's in a field named {@code delegate}, as Gradle's does. */
  static final class DelegatingEnvironment implements ProcessingEnvironment {
    @SuppressWarnings("unused") // read by the processor, by name
    private final ProcessingEnvironment delegate;

    DelegatingEnvironment(ProcessingEnvironment delegate) {
      this.delegate = delegate;
    }

    @Override
    public Map<String, String> getOptions() {
      return delegate.getOptions();
    }

    @Override
    public Messager getMessager() {
      return delegate.getMessager();
    }

    @Override
    public Filer getFiler() {
      return delegate.getFiler();
    }

    @Override
    public Elements getElementUtils() {
      return delegate.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return delegate.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return delegate.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return delegate.getLocale();
    }
  }

  /** Hands the processor a wrapped environment. */
  private static final class Wrapping extends AbstractProcessor {
    private final AbstractProcessor processor;
    private final java.util.function.Function<ProcessingEnvironment, ProcessingEnvironment> wrap;

    Wrapping(AbstractProcessor processor, java.util.function.Function<ProcessingEnvironment, ProcessingEnvironment> wrap) {
      this.processor = processor;
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
}

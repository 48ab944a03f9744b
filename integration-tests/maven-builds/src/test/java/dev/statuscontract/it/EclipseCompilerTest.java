package dev.statuscontract.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.Returns;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged processor under the Eclipse compiler (ECJ), as Eclipse and
 * maven-compiler-plugin's {@code <compilerId>eclipse</compilerId>} do, from the processor path.
 *
 * <p>ECJ offers no {@code com.sun.source.util.Trees}: the processor must check, report, generate
 * its helpers and write its documentation all the same, and say once that positions are less
 * exact, never crash. ECJ ignores {@code -processorpath} when it comes before {@code -classpath}
 * (Eclipse bug 573833), so the class path goes first, as plexus-compiler-eclipse passes it since
 * its fix for that bug.
 */
class EclipseCompilerTest {

  private static final String POSITIONS_NOTE =
      "[status-contract] exact positions are unavailable under this compiler (";

  private static final List<String> VIOLATION =
      List.of(
          "package com.acme;",
          "",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.core.Response;",
          "",
          "@Path(\"/users\")",
          "public class UserResource {",
          "  @POST",
          "  @Returns(201)",
          "  public Response create() {",
          "    return Response.status(201).build();",
          "  }",
          "}");

  private static final List<String> CORRECT =
      List.of(
          "package com.acme;",
          "",
          "import dev.statuscontract.Creates;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.core.Response;",
          "",
          "@Path(\"/users\")",
          "public class UserResource {",
          "",
          "  @GET",
          "  @Returns(200)",
          "  @Returns(value = 429, headers = \"Retry-After\")",
          "  public Response list() {",
          "    return Response.ok(\"[]\").build();",
          "  }",
          "",
          "  @POST",
          "  @Creates",
          "  @Returns(value = 201, headers = \"Location\")",
          "  @Returns(409)",
          "  public Response create(String user) {",
          "    return Response.status(201).build();",
          "  }",
          "}");

  @TempDir Path work;

  @Test
  void aViolationIsOneErrorOnItsAnnotationAndOneNoteSaysPositionsAreLessExact() throws IOException {
    Result result = compile(VIOLATION);

    assertFalse(result.succeeded(), result.describe());
    // ECJ prints its problems there too; a stack trace would be a crash.
    assertFalse(result.output().contains("Exception"), result.describe());
    assertFalse(result.describe().contains("internal error"), result.describe());
    List<Diagnostic<? extends JavaFileObject>> errors = result.ofKind(Diagnostic.Kind.ERROR);
    assertEquals(1, errors.size(), result.describe());
    Diagnostic<? extends JavaFileObject> error = errors.get(0);
    assertTrue(
        error.getMessage(Locale.ROOT)
            .startsWith(
                "[created-without-location] POST /users declares 201 Created without a Location"
                    + " header"),
        result.describe());
    // ECJ places a message on an annotation mirror at that annotation.
    assertEquals(VIOLATION.indexOf("  @Returns(201)") + 1, error.getLineNumber(), result.describe());
    assertEquals("UserResource.java", Path.of(error.getSource().toUri()).getFileName().toString());
    List<String> notes = result.messages(Diagnostic.Kind.NOTE);
    assertEquals(
        1, notes.stream().filter(note -> note.startsWith(POSITIONS_NOTE)).count(), result.describe());
    assertTrue(
        notes.stream()
            .anyMatch(
                note ->
                    note.startsWith(POSITIONS_NOTE)
                        && note.endsWith(
                            " offers no com.sun.source.util.Trees); findings point at the annotation"
                                + " or the annotated element")),
        result.describe());
    assertTrue(
        notes.stream()
            .anyMatch(note -> note.startsWith("[status-contract] checked 1 endpoint in 1 class: 1 error")),
        result.describe());
  }

  @Test
  void aCorrectContractCompilesWithItsHelpersAndDocumentation() throws IOException {
    Result result = compile(CORRECT);

    assertTrue(result.succeeded(), result.describe());
    // ECJ prints its problems there too; a stack trace would be a crash.
    assertFalse(result.output().contains("Exception"), result.describe());
    assertEquals(List.of(), result.ofKind(Diagnostic.Kind.ERROR), result.describe());
    assertEquals(List.of(), result.ofKind(Diagnostic.Kind.WARNING), result.describe());
    assertEquals(List.of(), result.ofKind(Diagnostic.Kind.MANDATORY_WARNING), result.describe());
    List<String> notes = result.messages(Diagnostic.Kind.NOTE);
    // Nothing was placed, so nothing is less exact: besides the summary, the only note says that
    // ECJ has no trees for the analysis of method bodies.
    assertEquals(2, notes.size(), result.describe());
    assertEquals(
        "[status-contract] body analysis is unavailable: the compiler is the Eclipse compiler (ECJ), not javac,"
            + " and only javac has the trees it reads",
        notes.get(0),
        result.describe());
    assertTrue(
        notes.get(1).startsWith("[status-contract] checked 2 endpoints in 1 class: 0 errors, 0 warnings"),
        result.describe());
    Path classes = work.resolve("classes");
    Path generated = work.resolve("generated");
    // The helpers were generated, and ECJ compiled them with the resource.
    assertTrue(Files.isRegularFile(generated.resolve("com/acme/UserResourceResponses.java")), result.describe());
    assertTrue(Files.isRegularFile(classes.resolve("com/acme/UserResourceResponses.class")), result.describe());
    assertTrue(Files.isRegularFile(classes.resolve("com/acme/UserResource.class")), result.describe());
    for (String doc : List.of("index.html", "index.md", "contract.json", "openapi.json")) {
      Path file = classes.resolve("META-INF/status-contract").resolve(doc);
      assertTrue(Files.isRegularFile(file), "no " + file + "\n" + result.describe());
    }
    String contract = Files.readString(classes.resolve("META-INF/status-contract/contract.json"), UTF_8);
    assertTrue(contract.contains("\"/users\""), contract);
  }

  /**
   * ECJ also runs where javac's tree API is missing: a runtime without the jdk.compiler module, such
   * as a JRE or a jlink image. The processor must load and report there too.
   */
  @Test
  void onARuntimeWithoutJdkCompilerTheProcessorStillReports() throws Exception {
    Path source = write(VIOLATION);
    Path output = work.resolve("ecj.out");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--limit-modules");
    // java.compiler for javax.annotation.processing, jdk.zipfs for ECJ's --release; no jdk.compiler.
    command.add("java.base,java.compiler,jdk.zipfs");
    command.add("-Duser.language=en");
    // A compilation of a few seconds: C1 alone and the serial collector start fastest.
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-XX:+UseSerialGC");
    command.add("-cp");
    command.add(BuildPaths.pathOf(EclipseCompiler.class));
    command.add("org.eclipse.jdt.internal.compiler.batch.Main");
    command.addAll(options());
    command.add(source.toString());
    Process ecj =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!ecj.waitFor(2, TimeUnit.MINUTES)) {
      ecj.destroyForcibly();
      throw new AssertionError("ECJ did not finish in 2 minutes");
    }
    String printed = Files.readString(output, Charset.defaultCharset());

    assertFalse(printed.contains("Exception"), printed);
    assertFalse(printed.contains("internal error"), printed);
    assertTrue(printed.contains("[created-without-location] POST /users declares 201 Created"), printed);
    assertTrue(
        printed.contains(
            POSITIONS_NOTE + "com.sun.source.util.Trees is not available: java.lang.NoClassDefFoundError"),
        printed);
    assertTrue(printed.contains("1 problem") || printed.contains("(1 error"), printed);
    assertTrue(Files.isRegularFile(work.resolve("classes/META-INF/status-contract/contract.json")), printed);
  }

  /** The compilation's result: whether it succeeded, what ECJ printed and reported. */
  private record Result(
      boolean succeeded, String output, List<Diagnostic<? extends JavaFileObject>> diagnostics) {

    List<Diagnostic<? extends JavaFileObject>> ofKind(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }

    List<String> messages(Diagnostic.Kind kind) {
      return ofKind(kind).stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    String describe() {
      return "ECJ "
          + (succeeded ? "succeeded" : "failed")
          + ":\n"
          + output
          + diagnostics.stream()
              .map(
                  d ->
                      d.getKind()
                          + " "
                          + (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName())
                          + ":"
                          + d.getLineNumber()
                          + " "
                          + d.getMessage(Locale.ROOT))
              .collect(Collectors.joining("\n"));
    }
  }

  /** Compiles {@code lines} as com/acme/UserResource.java with ECJ in process. */
  private Result compile(List<String> lines) throws IOException {
    JavaCompiler ecj = new EclipseCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    Path source = write(lines);
    boolean succeeded;
    try (StandardJavaFileManager files = ecj.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      succeeded =
          ecj.getTask(output, files, diagnostics, options(), null, files.getJavaFileObjects(source))
              .call();
    }
    return new Result(succeeded, output.toString(), List.copyOf(diagnostics.getDiagnostics()));
  }

  /** The class path first, then the processor path: see the class comment. */
  private List<String> options() throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path generated = Files.createDirectories(work.resolve("generated"));
    return List.of(
        "--release",
        "17",
        "-classpath",
        BuildPaths.pathOf(Returns.class, jakarta.ws.rs.Path.class),
        "-processorpath",
        BuildPaths.processorPath(),
        "-d",
        classes.toString(),
        "-s",
        generated.toString());
  }

  private Path write(List<String> lines) throws IOException {
    Path file = work.resolve("src/com/acme/UserResource.java");
    Files.createDirectories(file.getParent());
    return Files.write(file, lines, UTF_8);
  }
}

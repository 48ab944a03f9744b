package dev.statuscontract.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.Returns;
import dev.statuscontract.processor.StatusContractProcessor;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged processor the way a build tool does, with {@code -processorpath}, on the newest
 * JDK installed next to the running one and on the running JDK itself.
 *
 * <p>The newest JDK is the reason for this test: the processor is built for Java 17 but must keep
 * working on every later javac, and since JDK 23 javac runs no processor that is only on the
 * class path. The processor path comes from the pom (the processor and its runtime dependencies);
 * the annotations and the Jakarta REST API are found where this test's own classes come from (the
 * reactor's build output, or the local repository). The test names no machine path.
 */
class NewestJdkTest {

  /** The oldest JDK worth a separate run: the running JDK 17 is covered by the second test. */
  private static final int NEWEST_AT_LEAST = 21;

  private static final List<String> VIOLATION =
      List.of(
          "package com.acme;",
          "",
          "import dev.statuscontract.Creates;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.Path;",
          "",
          "@Path(\"/users\")",
          "public class UserResource {",
          "",
          "  @POST",
          "  @Creates",
          "  @Returns(value = 201, headers = \"ETag\")",
          "  @Returns(409)",
          "  public String create(String user) {",
          "    return user;",
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
          "",
          "@Path(\"/users\")",
          "public class UserResource {",
          "",
          "  @GET",
          "  @Returns(200)",
          "  @Returns(value = 429, headers = \"Retry-After\")",
          "  public String list() {",
          "    return \"[]\";",
          "  }",
          "",
          "  @POST",
          "  @Creates",
          "  @Returns(value = 201, headers = {\"ETag\", \"Location\"})",
          "  @Returns(409)",
          "  public String create(String user) {",
          "    return user;",
          "  }",
          "}");

  @TempDir Path work;

  @Test
  void newestInstalledJdkRunsTheProcessorFromTheProcessorPath() throws Exception {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Jdk jdk =
        newestJdkNextTo(javaHome)
            .filter(candidate -> candidate.feature() >= NEWEST_AT_LEAST)
            .orElseGet(
                () ->
                    Assumptions.abort(
                        "no JDK " + NEWEST_AT_LEAST + "+ installed next to " + javaHome));
    Path source = write(VIOLATION);
    Path stdout = work.resolve("javac.out");
    Path stderr = work.resolve("javac.err");

    List<String> command = new ArrayList<>();
    command.add(jdk.javac().toString());
    // javac's own words ("error:") are localized; the processor's messages are not.
    command.add("-J-Duser.language=en");
    command.add("-J-Duser.country=US");
    command.addAll(options());
    command.add(source.toString());
    Process javac =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!javac.waitFor(2, TimeUnit.MINUTES)) {
      javac.destroyForcibly();
      throw new AssertionError("javac of JDK " + jdk.version() + " did not finish in 2 minutes");
    }
    String errors = Files.readString(stderr, Charset.defaultCharset());
    String describe = "javac of JDK " + jdk.version() + " at " + jdk.home() + ":\n" + errors;

    assertEquals(1, javac.exitValue(), describe);
    int line = VIOLATION.indexOf("  @Returns(value = 201, headers = \"ETag\")") + 1;
    assertTrue(
        errors.contains(
            "UserResource.java:" + line + ": error: [created-without-location] POST /users declares"
                + " 201 Created"),
        describe);
    assertTrue(errors.contains("1 error"), describe);
    // No "supported source version" or other warning from running a Java 17 processor on it.
    assertFalse(errors.contains("warning:"), describe);
  }

  @Test
  void runningJdkCompilesACorrectContractWithoutADiagnostic() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path source = write(CORRECT);
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options = new ArrayList<>(options());
      // Claimed by the processor: were it not loaded, javac would warn that nothing recognized it.
      options.add("-Astatuscontract.warningsAsErrors=true");
      compiled =
          javac
              .getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source))
              .call();
    }
    String reported =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(NewestJdkTest::describe)
            .collect(Collectors.joining("\n"));
    List<String> notes =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.NOTE)
            .map(d -> d.getMessage(Locale.ROOT))
            .toList();

    assertTrue(compiled, reported);
    assertEquals("", reported);
    // The processor's closing summary, and nothing else.
    assertEquals(1, notes.size(), String.join("\n", notes));
    assertTrue(notes.get(0).startsWith("[status-contract] checked 2 endpoints in 1 class: 0 errors, 0 warnings"), notes.get(0));
    assertTrue(
        Files.exists(work.resolve("classes/com/acme/UserResource.class")),
        "javac wrote no class file");
  }

  @Test
  void runningJdkReportsTheViolationOnItsAnnotation() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Path source = write(VIOLATION);
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      compiled =
          javac
              .getTask(null, files, diagnostics, options(), null, files.getJavaFileObjects(source))
              .call();
    }
    List<String> reported =
        diagnostics.getDiagnostics().stream()
            .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
            .map(NewestJdkTest::describe)
            .toList();

    assertFalse(compiled, String.join("\n", reported));
    int line = VIOLATION.indexOf("  @Returns(value = 201, headers = \"ETag\")") + 1;
    assertEquals(1, reported.size(), String.join("\n", reported));
    assertTrue(
        reported.get(0).startsWith("ERROR UserResource.java:" + line + ":3 [created-without-location] "),
        reported.get(0));
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
    String file =
        diagnostic.getSource() == null
            ? ""
            : Path.of(diagnostic.getSource().toUri()).getFileName() + ":";
    return diagnostic.getKind()
        + " "
        + file
        + diagnostic.getLineNumber()
        + ":"
        + diagnostic.getColumnNumber()
        + " "
        + diagnostic.getMessage(Locale.ROOT);
  }

  /** The options a build tool passes: the processor on the processor path, the APIs on the class path. */
  private List<String> options() throws IOException {
    Path classes = Files.createDirectories(work.resolve("classes"));
    return List.of(
        "-processorpath",
        processorPath(),
        "-classpath",
        pathOf(Returns.class, jakarta.ws.rs.Path.class),
        "-d",
        classes.toString());
  }

  /**
   * The processor and its runtime dependencies, as maven-dependency-plugin computed them for this
   * module (see its pom): the path that maven-compiler-plugin's annotationProcessorPaths gives javac.
   */
  private static String processorPath() {
    String path = System.getProperty("statuscontract.processorPath", "");
    if (path.isBlank() || path.startsWith("${")) {
      throw new IllegalStateException(
          "statuscontract.processorPath is not set: run this test through Maven's lifecycle"
              + " (mvn verify -pl integration-tests -am), which sets it");
    }
    assertTrue(
        Stream.of(path.split(File.pathSeparator))
            .map(Path::of)
            .anyMatch(entry -> entry.equals(locationOf(StatusContractProcessor.class))),
        "the processor path " + path + " lacks the processor this test was compiled against");
    return path;
  }

  /** The jars (or class directories) that {@code classes} are loaded from, as a path. */
  private static String pathOf(Class<?>... classes) {
    return Stream.of(classes)
        .map(NewestJdkTest::locationOf)
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Path locationOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError("cannot locate " + type.getName(), e);
    }
  }

  private Path write(List<String> lines) throws IOException {
    Path file = work.resolve("src/com/acme/UserResource.java");
    Files.createDirectories(file.getParent());
    return Files.write(file, lines, UTF_8);
  }

  /** An installed JDK: its home, the feature version and the full version from its release file. */
  record Jdk(Path home, int feature, Runtime.Version version) {
    Path javac() {
      Path unix = home.resolve("bin/javac");
      return Files.isRegularFile(unix) ? unix : home.resolve("bin/javac.exe");
    }
  }

  /**
   * The newest JDK in the directory that holds {@code javaHome} (such as /usr/lib/jvm or
   * ~/.sdkman/candidates/java), {@code javaHome} included; on macOS, where a home is
   * {@code <name>.jdk/Contents/Home}, the directory that holds the bundles.
   */
  static Optional<Jdk> newestJdkNextTo(Path javaHome) throws IOException {
    Path home = javaHome.toRealPath();
    boolean bundle =
        home.endsWith(Path.of("Contents", "Home")) && home.getNameCount() >= 3;
    Path installations = bundle ? home.getParent().getParent().getParent() : home.getParent();
    if (installations == null) {
      return Optional.empty();
    }
    try (Stream<Path> children = Files.list(installations)) {
      return children
          .map(child -> bundle ? child.resolve("Contents/Home") : child)
          .map(NewestJdkTest::jdkAt)
          .flatMap(Optional::stream)
          .max(Comparator.comparing(Jdk::version));
    }
  }

  /** The JDK at {@code home}: a directory with bin/javac and a release file naming JAVA_VERSION. */
  static Optional<Jdk> jdkAt(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)
        || !(Files.isRegularFile(home.resolve("bin/javac"))
            || Files.isRegularFile(home.resolve("bin/javac.exe")))) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (var in = Files.newBufferedReader(release, UTF_8)) {
      properties.load(in);
      String value = properties.getProperty("JAVA_VERSION", "").replace("\"", "").trim();
      // Runtime.Version reads 17.0.15, 21, 25-ea; JDK 8's 1.8.0_432 is not one, nor wanted.
      Runtime.Version version = Runtime.Version.parse(value);
      return Optional.of(new Jdk(home, version.feature(), version));
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}

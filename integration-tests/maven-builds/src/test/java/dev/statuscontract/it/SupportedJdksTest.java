package dev.statuscontract.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.Returns;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the packaged processor the way a build tool does, with {@code -processorpath}, on every
 * supported JDK that is installed, and on the running JDK in process.
 *
 * <p>The processor is built for Java 17 and must work on the javac of each LTS release from 17 on
 * (17, 21, 25), and of any newer JDK found: since JDK 23 javac runs no processor that is only on the
 * class path, and a newer javac may warn about a processor's supported source version. Each
 * release is one case; one that is not installed is skipped, and says where it was looked for. A
 * JDK is found next to the running one (such as /usr/lib/jvm or ~/.sdkman/candidates/java) or in
 * {@code -Dstatuscontract.jdks=<home>[:<home>...]}.
 */
class SupportedJdksTest {

  /** The LTS releases the processor supports, from its own Java 17 on. */
  static final List<Integer> SUPPORTED = List.of(17, 21, 25);

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
          "  public jakarta.ws.rs.core.Response create(String user) {",
          "    return jakarta.ws.rs.core.Response.status(201).header(\"ETag\", \"\\\"1\\\"\").build();",
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
          "  public jakarta.ws.rs.core.Response create(String user) {",
          "    return jakarta.ws.rs.core.Response.created(java.net.URI.create(\"/users/1\")).header(\"ETag\", \"\\\"1\\\"\").build();",
          "  }",
          "}");

  @TempDir Path work;

  /** The supported releases, and every newer one that is installed. */
  static Stream<Integer> featureReleases() throws IOException {
    TreeSet<Integer> features = new TreeSet<>(SUPPORTED);
    int newest = features.last();
    installedJdks().stream().map(Jdk::feature).filter(f -> f > newest).forEach(features::add);
    return features.stream();
  }

  @ParameterizedTest(name = "JDK {0}")
  @MethodSource("featureReleases")
  void jdkRunsTheProcessorFromTheProcessorPath(int feature) throws Exception {
    List<Jdk> installed = installedJdks();
    Jdk jdk =
        installed.stream()
            .filter(candidate -> candidate.feature() == feature)
            .max(Comparator.comparing(Jdk::version))
            .orElseGet(
                () ->
                    Assumptions.abort(
                        String.format(
                            "no JDK %d found, so the processor was not run on it: looked next to %s"
                                + " and in -Dstatuscontract.jdks (found %s); install one there, or"
                                + " name its home with -Dstatuscontract.jdks=<path>",
                            feature,
                            Path.of(System.getProperty("java.home")),
                            installed.stream()
                                .map(found -> found.version() + " at " + found.home())
                                .collect(Collectors.joining(", ")))));
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
    // The documentation is written on every JDK.
    assertTrue(
        Files.isRegularFile(work.resolve("classes/META-INF/status-contract/contract.json")), describe);
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
            .map(SupportedJdksTest::describe)
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
            .map(SupportedJdksTest::describe)
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
        BuildPaths.processorPath(),
        "-classpath",
        BuildPaths.pathOf(Returns.class, jakarta.ws.rs.Path.class),
        "-d",
        classes.toString());
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
   * The running JDK, the JDKs next to it and those named by {@code statuscontract.jdks}, each once
   * (by its real path).
   */
  static List<Jdk> installedJdks() throws IOException {
    Path javaHome = Path.of(System.getProperty("java.home"));
    Map<Path, Jdk> jdks = new LinkedHashMap<>();
    List<Path> candidates = new ArrayList<>();
    candidates.add(javaHome);
    candidates.addAll(jdkHomesNextTo(javaHome));
    String named = System.getProperty("statuscontract.jdks", "");
    if (!named.isBlank() && !named.startsWith("${")) {
      Stream.of(named.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of).forEach(candidates::add);
    }
    for (Path candidate : candidates) {
      Optional<Jdk> jdk = jdkAt(candidate);
      if (jdk.isPresent()) {
        jdks.putIfAbsent(jdk.get().home().toRealPath(), jdk.get());
      }
    }
    return List.copyOf(jdks.values());
  }

  /**
   * The would-be JDK homes in the directory that holds {@code javaHome} (such as /usr/lib/jvm or
   * ~/.sdkman/candidates/java); on macOS, where a home is {@code <name>.jdk/Contents/Home}, those in
   * the directory that holds the bundles.
   */
  static List<Path> jdkHomesNextTo(Path javaHome) throws IOException {
    Path home = javaHome.toRealPath();
    boolean bundle = home.endsWith(Path.of("Contents", "Home")) && home.getNameCount() >= 3;
    Path installations = bundle ? home.getParent().getParent().getParent() : home.getParent();
    if (installations == null) {
      return List.of();
    }
    try (Stream<Path> children = Files.list(installations)) {
      return children.map(child -> bundle ? child.resolve("Contents/Home") : child).sorted().toList();
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

package dev.statuscontract.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.Returns;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor jar is self-contained: javac, given that jar alone as its processor path, runs the
 * processor with its JavaPoet (the helpers), Jackson (contract.json) and JMustache (index.html),
 * which live inside it under {@code dev.statuscontract.processor.shaded}, so they cannot clash
 * with the versions other processors on the same path bring.
 *
 * <p>javac runs as a separate process of the running JDK: in this JVM, javac's processor class
 * loader would delegate to the test class path, which holds the processor's libraries. The jar is
 * the processor artifact as the reactor resolves it (see the pom).
 */
class ShadedJarTest {

  private static final List<String> CORRECT =
      List.of(
          "package com.acme;",
          "",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.core.Response;",
          "",
          "@Path(\"/books\")",
          "public class BookResource {",
          "",
          "  @GET",
          "  @Returns(200)",
          "  public Response list() {",
          "    // Refers to its helpers, so that they are generated (docs/helpers.md).",
          "    return BookResourceResponses.List.ok();",
          "  }",
          "}");

  private static final List<String> VIOLATION =
      List.of(
          "package com.acme;",
          "",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.core.Response;",
          "",
          "@Path(\"/books\")",
          "public class BookResource {",
          "",
          "  @POST",
          "  @Returns(201)",
          "  public Response create() {",
          "    return Response.status(201).build();",
          "  }",
          "}");

  @TempDir Path work;

  @Test
  void jarHoldsNoClassOutsideItsOwnPackages() throws IOException {
    List<String> foreign = new ArrayList<>();
    List<String> names;
    try (JarFile jar = new JarFile(processorJar().toFile())) {
      names = jar.stream().map(ZipEntry::getName).toList();
      for (String name : names) {
        boolean ours = name.equals("dev/") || name.startsWith("dev/statuscontract/");
        boolean metaInf = name.startsWith("META-INF/");
        // META-INF holds no class either: the libraries' module-info.class and
        // META-INF/versions/** describe packages this jar does not have.
        if (!(ours || metaInf) || (metaInf && name.endsWith(".class"))) {
          foreign.add(name);
        }
      }
      String services =
          new String(
              jar.getInputStream(jar.getEntry("META-INF/services/javax.annotation.processing.Processor"))
                  .readAllBytes(),
              UTF_8);
      assertEquals("dev.statuscontract.processor.StatusContractProcessor", services.strip());
    }

    assertEquals(List.of(), foreign, "entries outside dev/statuscontract/ and META-INF/");
    for (String library :
        List.of(
            "dev/statuscontract/processor/shaded/com/palantir/javapoet/",
            "dev/statuscontract/processor/shaded/com/fasterxml/jackson/core/",
            "dev/statuscontract/processor/shaded/com/samskivert/mustache/")) {
      assertTrue(names.stream().anyMatch(name -> name.startsWith(library) && name.endsWith(".class")), library);
    }
    // jackson-core's license and notice come along, under names of their own.
    assertTrue(names.contains("META-INF/jackson-core-LICENSE"), String.join("\n", names));
    assertTrue(names.contains("META-INF/jackson-core-NOTICE"), String.join("\n", names));
  }

  @Test
  void plainJavacRunsTheProcessorFromTheJarAlone() throws Exception {
    Javac javac = javac(CORRECT);

    assertEquals(0, javac.exitCode(), javac.output());
    assertTrue(javac.output().contains("[status-contract] checked 1 endpoint in 1 class: 0 errors, 0 warnings"), javac.output());
    assertFalse(javac.output().contains("warning:"), javac.output());
    Path classes = work.resolve("classes");
    // Written with the relocated JavaPoet, Jackson and JMustache respectively.
    for (String output :
        List.of(
            "com/acme/BookResourceResponses.class",
            "META-INF/status-contract/contract.json",
            "META-INF/status-contract/index.html")) {
      assertTrue(Files.isRegularFile(classes.resolve(output)), output + " in " + listing(classes));
    }
  }

  @Test
  void plainJavacReportsARuleErrorFromTheJarAlone() throws Exception {
    Javac javac = javac(VIOLATION);

    assertEquals(1, javac.exitCode(), javac.output());
    int line = VIOLATION.indexOf("  @Returns(201)") + 1;
    assertTrue(
        javac.output().contains("BookResource.java:" + line + ": error: [created-without-location] POST /books declares 201 Created"),
        javac.output());
    assertTrue(javac.output().contains("[status-contract] checked 1 endpoint in 1 class: 1 error"), javac.output());
  }

  /** What javac printed (notes and errors go to its standard error) and its exit code. */
  record Javac(int exitCode, String output) {}

  /**
   * Compiles {@code source} with the running JDK's javac: the processor jar, and nothing else, on
   * the processor path; the annotations and the Jakarta REST API on the class path.
   */
  private Javac javac(List<String> source) throws IOException, InterruptedException {
    Path file = work.resolve("src/com/acme/BookResource.java");
    Files.createDirectories(file.getParent());
    Files.write(file, source, UTF_8);
    Path classes = Files.createDirectories(work.resolve("classes"));
    Path output = work.resolve("javac.out");
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    if (!Files.isRegularFile(javac)) {
      javac = javac.resolveSibling("javac.exe");
    }
    List<String> command =
        List.of(
            javac.toString(),
            // javac's own words ("error:") are localized; the processor's messages are not.
            "-J-Duser.language=en",
            "-J-Duser.country=US",
            "-processorpath",
            processorJar().toString(),
            "-classpath",
            pathOf(Returns.class, jakarta.ws.rs.Path.class),
            "-d",
            classes.toString(),
            file.toString());
    Process process =
        new ProcessBuilder(command)
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("javac did not finish in 2 minutes: " + command);
    }
    return new Javac(process.exitValue(), Files.readString(output, Charset.defaultCharset()));
  }

  /**
   * The processor artifact that the reactor (or the local repository) resolves for this module, as
   * maven-dependency-plugin's properties goal sets it in the pom.
   */
  private static Path processorJar() {
    String property = System.getProperty("statuscontract.processorJar", "");
    if (property.isBlank() || property.startsWith("${")) {
      throw new IllegalStateException(
          "statuscontract.processorJar is not set: run this test through Maven's lifecycle"
              + " (mvn verify -pl integration-tests/maven-builds -am), which sets it");
    }
    Path jar = Path.of(property);
    // Before its package phase (mvn test), the reactor resolves the processor to target/classes.
    Assumptions.assumeFalse(
        Files.isDirectory(jar),
        "the processor is not packaged yet (" + jar + "): run mvn verify to test its jar");
    assertTrue(Files.isRegularFile(jar) && jar.getFileName().toString().endsWith(".jar"), "not a jar: " + jar);
    return jar;
  }

  private static String pathOf(Class<?>... classes) {
    return Stream.of(classes)
        .map(ShadedJarTest::locationOf)
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

  private static String listing(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return directory + " (missing)";
    }
    try (Stream<Path> files = Files.walk(directory)) {
      List<String> all = new ArrayList<>(files.filter(Files::isRegularFile).map(directory::relativize).map(Path::toString).toList());
      Collections.sort(all);
      return directory + ": " + all;
    }
  }
}

package dev.statuscontract.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statuscontract.Returns;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import javax.ws.rs.core.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls the helpers generated for a JAX-RS (javax) resource and reads the
 * {@code javax.ws.rs.core.Response}s they build through Jersey 2, the javax implementation on this
 * module's test class path. (The processor module's tests do the same for Jakarta REST and Spring;
 * Jersey 2 and 3 cannot share a class path.) The resource, in src/test/resources/javax-helpers, is
 * compiled the way a build tool compiles it: the packaged processor on {@code -processorpath}. The
 * expected values come from RFC 9110, not from the generated code.
 */
class HelpersRuntimeJavaxTest {

  private static final String HELPERS = "com.acme.javax.ReportResourceResponses$";

  @TempDir static Path work;

  private static URLClassLoader loader;

  @BeforeAll
  static void compileTheResource() throws IOException, URISyntaxException {
    Path sources = Path.of(HelpersRuntimeJavaxTest.class.getResource("/javax-helpers").toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    }
    Path classes = Files.createDirectories(work.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    boolean compiled;
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<String> options =
          List.of(
              "-processorpath",
              processorPath(),
              "-classpath",
              pathOf(Returns.class, javax.ws.rs.Path.class),
              "-d",
              classes.toString());
      compiled =
          javac.getTask(null, fileManager, diagnostics, options, null, fileManager.getJavaFileObjectsFromPaths(files)).call();
    }
    String reported =
        diagnostics.getDiagnostics().stream().map(d -> d.getKind() + " " + d.getMessage(Locale.ROOT)).collect(Collectors.joining("\n"));
    assertTrue(compiled, reported);
    assertTrue(
        Files.exists(classes.resolve("com/acme/javax/ReportResourceResponses.class")),
        "the processor generated no helper\n" + reported);
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, HelpersRuntimeJavaxTest.class.getClassLoader());
  }

  @AfterAll
  static void close() throws IOException {
    if (loader != null) {
      loader.close();
    }
  }

  @Test
  void theJaxRsImplementationIsJersey2() {
    // The API alone cannot build a Response: it finds its implementation on the class path.
    assertEquals(
        "org.glassfish.jersey.internal.RuntimeDelegateImpl",
        javax.ws.rs.ext.RuntimeDelegate.getInstance().getClass().getName());
  }

  @Test
  void okSendsTheMapAsTheEntity() {
    Map<String, Integer> summary = Map.of("reports", 3);

    Response response = call("Summary", "ok", summary);

    assertEquals(200, response.getStatus());
    assertSame(summary, response.getEntity());
    assertHeaders(response, Map.of());
  }

  @Test
  void unauthorizedSendsTheChallengeAsGiven() {
    Response response = call("Summary", "unauthorized", "Bearer realm=\"reports\"");

    assertEquals(401, response.getStatus());
    assertFalse(response.hasEntity());
    assertHeaders(response, Map.of("WWW-Authenticate", "Bearer realm=\"reports\""));
  }

  @Test
  void createdSendsTheReportAndItsLocation() {
    Object report = report();
    URI location = URI.create("https://api.example.com/reports/7");

    Response response = call("Create", "created", report, location);

    assertEquals(201, response.getStatus());
    assertSame(report, response.getEntity());
    assertEquals(location, response.getLocation());
    assertHeaders(response, Map.of("Location", "https://api.example.com/reports/7"));
  }

  @Test
  void acceptedSendsTheLocationAndRetryAfterInSeconds() {
    Response response = call("Create", "accepted", URI.create("/jobs/1"), Duration.ofMinutes(2));

    assertEquals(202, response.getStatus());
    assertFalse(response.hasEntity());
    assertHeaders(response, Map.of("Location", "/jobs/1", "Retry-After", "120"));
  }

  @Test
  void retryAfterRoundsAFractionOfASecondUp() {
    // delta-seconds are whole seconds; rounding down would tell the client to come back too early.
    Response response = call("Create", "accepted", URI.create("/jobs/1"), Duration.ofMillis(1500));

    assertHeaders(response, Map.of("Location", "/jobs/1", "Retry-After", "2"));
  }

  @Test
  void aLocationOutsideAsciiIsPercentEncodedOnTheWire() throws URISyntaxException {
    // RFC 3986 §2.1 and RFC 9110 §10.2.2: a URI-reference is ASCII; other characters are sent as
    // the percent-encoded octets of their UTF-8 form.
    Response response = call("Create", "accepted", new URI(null, null, "/jobs/café", null), Duration.ZERO);

    assertHeaders(response, Map.of("Location", "/jobs/caf%C3%A9", "Retry-After", "0"));
  }

  @Test
  void getOkSendsContentLocationAndBothDatesAsImfFixdates() {
    Object report = report();
    // RFC 9110 §5.6.7's own example, and a day and an hour below 10, written with two digits.
    Instant lastModified = Instant.parse("1994-11-06T08:49:37Z");
    Instant expires = Instant.parse("2024-03-05T07:08:09Z");

    Response response = call("Get", "ok", report, URI.create("/reports/7.json"), lastModified, expires);

    assertEquals(200, response.getStatus());
    assertSame(report, response.getEntity());
    assertHeaders(
        response,
        Map.of(
            "Content-Location", "/reports/7.json",
            "Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT",
            "Expires", "Tue, 05 Mar 2024 07:08:09 GMT"));
    // Jersey's own HTTP-date parser reads the same instant back.
    assertEquals(Date.from(lastModified), response.getLastModified());
  }

  @Test
  void methodNotAllowedSendsTheAllowedMethodsSortedInOneField() {
    Response response = call("Get", "methodNotAllowed", new LinkedHashSet<>(List.of("PUT", "GET", "DELETE")));

    assertEquals(405, response.getStatus());
    assertHeaders(response, Map.of("Allow", "DELETE, GET, PUT"));
    assertEquals(Set.of("DELETE", "GET", "PUT"), response.getAllowedMethods());
  }

  @Test
  void aNegativeRetryAfterIsRejected() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> call("Create", "accepted", URI.create("/jobs/1"), Duration.ofSeconds(-1)));

    assertEquals("Retry-After cannot be negative: PT-1S", thrown.getMessage());
  }

  @Test
  void aMissingBodyOrHeaderIsRejected() {
    URI uri = URI.create("/reports/7");
    Instant now = Instant.parse("2024-03-05T07:08:09Z");

    assertRejectsNull("the 200 response requires a body", "Summary", "ok", (Object) null);
    assertRejectsNull("the 401 response requires the WWW-Authenticate header", "Summary", "unauthorized", (Object) null);
    assertRejectsNull("the 201 response requires a body", "Create", "created", null, uri);
    assertRejectsNull("the 201 response requires the Location header", "Create", "created", report(), null);
    assertRejectsNull("the 202 response requires the Location header", "Create", "accepted", null, Duration.ZERO);
    assertRejectsNull("the 202 response requires the Retry-After header", "Create", "accepted", uri, null);
    assertRejectsNull("the 200 response requires the Content-Location header", "Get", "ok", report(), null, now, now);
    assertRejectsNull("the 200 response requires the Last-Modified header", "Get", "ok", report(), uri, null, now);
    assertRejectsNull("the 200 response requires the Expires header", "Get", "ok", report(), uri, now, null);
    assertRejectsNull("the 405 response requires the Allow header", "Get", "methodNotAllowed", (Object) null);
  }

  private static void assertRejectsNull(String message, String helper, String factory, Object... arguments) {
    NullPointerException thrown = assertThrows(NullPointerException.class, () -> call(helper, factory, arguments));
    assertEquals(message, thrown.getMessage(), helper + "." + factory);
  }

  /** The response has exactly these header fields, each with exactly one value, as written on the wire. */
  private static void assertHeaders(Response response, Map<String, String> expected) {
    assertEquals(expected.keySet(), response.getStringHeaders().keySet(), "header names");
    for (Map.Entry<String, String> header : expected.entrySet()) {
      assertEquals(List.of(header.getValue()), response.getStringHeaders().get(header.getKey()), header.getKey());
      assertEquals(header.getValue(), response.getHeaderString(header.getKey()), header.getKey());
    }
  }

  private static Object report() {
    try {
      return loader.loadClass("com.acme.javax.Report").getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** Calls a factory of a nested helper class; what it throws is thrown as it is. */
  private static Response call(String helper, String factory, Object... arguments) {
    try {
      List<Method> found =
          Stream.of(loader.loadClass(HELPERS + helper).getMethods()).filter(m -> m.getName().equals(factory)).toList();
      assertEquals(1, found.size(), helper + "." + factory);
      return (Response) found.get(0).invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The processor and its runtime dependencies, as the pom computes them (see SupportedJdksTest). */
  private static String processorPath() {
    String path = System.getProperty("statuscontract.processorPath", "");
    if (path.isBlank() || path.startsWith("${")) {
      throw new IllegalStateException(
          "statuscontract.processorPath is not set: run this test through Maven's lifecycle"
              + " (mvn verify -pl integration-tests -am), which sets it");
    }
    return path;
  }

  private static String pathOf(Class<?>... types) {
    return Stream.of(types)
        .map(
            type -> {
              try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
              } catch (URISyntaxException e) {
                throw new AssertionError("cannot locate " + type.getName(), e);
              }
            })
        .collect(Collectors.joining(File.pathSeparator));
  }
}

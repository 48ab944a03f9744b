package dev.statuscontract.processor.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statuscontract.processor.Compilations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Calls the helpers generated for the Spring fixture (OrderController, and a small controller of
 * this test's own for the headers the fixture does not send) and reads the {@code ResponseEntity}s
 * they build: status, every header as it goes on the wire, and the body. The expected values come
 * from RFC 9110, not from the generated code.
 */
class HelpersRuntimeSpringTest {

  private static final String HELPERS = "com.acme.spring.OrderControllerResponses$";
  private static final String FILE_HELPERS = "com.acme.spring.FileControllerResponses$";

  /** Content-Location and Last-Modified, which OrderController does not declare. */
  private static final JavaFileObject FILE_CONTROLLER =
      Compilations.source(
          "com.acme.spring.FileController",
          "package com.acme.spring;",
          "",
          "import dev.statuscontract.Returns;",
          "import org.springframework.http.ResponseEntity;",
          "import org.springframework.web.bind.annotation.GetMapping;",
          "import org.springframework.web.bind.annotation.PathVariable;",
          "import org.springframework.web.bind.annotation.RestController;",
          "",
          "@RestController",
          "public class FileController {",
          "  @GetMapping(\"/files/{name}\")",
          "  @Returns(value = 200, body = String.class, headers = {\"Content-Location\", \"Last-Modified\"})",
          "  public ResponseEntity<String> read(@PathVariable String name) {",
          "    return FileControllerResponses.Read.ok(name, java.net.URI.create(\"/files\"), java.time.Instant.EPOCH);",
          "  }",
          "}");

  /** RFC 9110 §5.6.7's own example of an IMF-fixdate. */
  private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

  private static final String RFC_EXAMPLE_DATE = "Sun, 06 Nov 1994 08:49:37 GMT";

  /** A day and an hour below 10, which the IMF-fixdate writes with two digits. */
  private static final Instant SINGLE_DIGITS = Instant.parse("2024-03-05T07:08:09Z");

  private static final String SINGLE_DIGITS_DATE = "Tue, 05 Mar 2024 07:08:09 GMT";

  /** Stands for an Order in {@link #nulls()}. */
  private static final Object AN_ORDER = new Object();

  private static LoadedHelpers helpers;

  @BeforeAll
  static void compileTheFixture() {
    List<JavaFileObject> sources = new ArrayList<>(HelpersFixture.sources("spring"));
    sources.add(FILE_CONTROLLER);
    helpers = LoadedHelpers.compile(sources);
  }

  private static Object order(String id) {
    return helpers.instance("com.acme.spring.Order", id);
  }

  private static ResponseEntity<?> call(String helper, String factory, Object... arguments) {
    return helpers.call(HELPERS + helper, factory, arguments);
  }

  @Test
  void listOkSendsTheListAsTheBody() {
    List<Object> orders = List.of(order("1"), order("2"));

    ResponseEntity<?> response = call("List", "ok", orders);

    assertEquals(200, response.getStatusCode().value());
    assertSame(orders, response.getBody());
    assertHeaders(response, Map.of());
  }

  @Test
  void tooManyRequestsSendsRetryAfterInSeconds() {
    ResponseEntity<?> response = call("List", "tooManyRequests", Duration.ofMinutes(2));

    assertEquals(429, response.getStatusCode().value());
    assertNull(response.getBody());
    assertHeaders(response, Map.of("Retry-After", "120"));
  }

  @Test
  void retryAfterOfZeroIsZeroSeconds() {
    assertHeaders(call("List", "tooManyRequests", Duration.ZERO), Map.of("Retry-After", "0"));
  }

  @Test
  void retryAfterRoundsAFractionOfASecondUp() {
    // delta-seconds are whole seconds; rounding down would tell the client to come back too early.
    assertHeaders(call("List", "tooManyRequests", Duration.ofMillis(1500)), Map.of("Retry-After", "2"));
  }

  @Test
  void getOkSendsTheOrderAndTheEtagAsGiven() {
    Object order = order("7");

    ResponseEntity<?> response = call("Get", "ok", order, "\"v1\"");

    assertEquals(200, response.getStatusCode().value());
    assertSame(order, response.getBody());
    assertHeaders(response, Map.of("ETag", "\"v1\""));
    assertEquals("\"v1\"", response.getHeaders().getETag());
  }

  @Test
  void notFoundSendsTheMapAsTheBody() {
    Map<String, String> problem = Map.of("id", "7");

    ResponseEntity<?> response = call("Get", "notFound", problem);

    assertEquals(404, response.getStatusCode().value());
    assertSame(problem, response.getBody());
    assertHeaders(response, Map.of());
  }

  @Test
  void methodNotAllowedSendsTheAllowedMethodsSortedInOneField() {
    ResponseEntity<?> response =
        call("Get", "methodNotAllowed", new LinkedHashSet<>(List.of("PUT", "GET", "DELETE")));

    assertEquals(405, response.getStatusCode().value());
    assertNull(response.getBody());
    assertHeaders(response, Map.of("Allow", "DELETE, GET, PUT"));
    assertEquals(Set.of(HttpMethod.DELETE, HttpMethod.GET, HttpMethod.PUT), response.getHeaders().getAllow());
  }

  @Test
  void anEmptyAllowIsSentAsAnEmptyField() {
    // RFC 9110 §10.2.1: an empty Allow field value means the resource allows no methods.
    assertHeaders(call("Get", "methodNotAllowed", Set.of()), Map.of("Allow", ""));
  }

  @Test
  void createdSendsTheOrderAndItsLocation() {
    Object order = order("7");
    URI location = URI.create("https://api.example.com/orders/7");

    ResponseEntity<?> response = call("Place", "created", order, location);

    assertEquals(201, response.getStatusCode().value());
    assertSame(order, response.getBody());
    assertEquals(location, response.getHeaders().getLocation());
    assertHeaders(response, Map.of("Location", "https://api.example.com/orders/7"));
  }

  @Test
  void aLocationOutsideAsciiIsPercentEncodedOnTheWire() throws URISyntaxException {
    // RFC 3986 §2.1 and RFC 9110 §10.2.2: a URI-reference is ASCII; other characters are sent as
    // the percent-encoded octets of their UTF-8 form.
    ResponseEntity<?> response = call("Place", "created", order("é"), new URI(null, null, "/orders/café", null));

    assertHeaders(response, Map.of("Location", "/orders/caf%C3%A9"));
  }

  @Test
  void conflictAndNoContentHaveNoHeaderAndNoBody() {
    ResponseEntity<?> conflict = call("Place", "conflict");
    ResponseEntity<?> noContent = call("Cancel", "noContent");

    assertEquals(409, conflict.getStatusCode().value());
    assertNull(conflict.getBody());
    assertHeaders(conflict, Map.of());
    assertEquals(204, noContent.getStatusCode().value());
    assertNull(noContent.getBody());
    assertHeaders(noContent, Map.of());
  }

  @Test
  void goneSendsExpiresAsAnImfFixdate() {
    ResponseEntity<?> response = call("Cancel", "gone", SINGLE_DIGITS);

    assertEquals(410, response.getStatusCode().value());
    assertHeaders(response, Map.of("Expires", SINGLE_DIGITS_DATE));
    // Spring's own HTTP-date parser reads the same instant back.
    assertEquals(SINGLE_DIGITS.toEpochMilli(), response.getHeaders().getExpires());
  }

  @Test
  void rawOkSendsTheStringBody() {
    ResponseEntity<?> response = call("Raw", "ok", "raw text");

    assertEquals(200, response.getStatusCode().value());
    assertEquals("raw text", response.getBody());
    assertHeaders(response, Map.of());
  }

  @Test
  void fileOkSendsContentLocationAndLastModified() {
    ResponseEntity<?> response =
        helpers.call(FILE_HELPERS + "Read", "ok", "contents", URI.create("/files/a.txt"), RFC_EXAMPLE);

    assertEquals(200, response.getStatusCode().value());
    assertEquals("contents", response.getBody());
    assertHeaders(response, Map.of("Content-Location", "/files/a.txt", "Last-Modified", RFC_EXAMPLE_DATE));
    assertEquals(RFC_EXAMPLE.toEpochMilli(), response.getHeaders().getLastModified());
  }

  @Test
  void aContentLocationOutsideAsciiIsPercentEncodedOnTheWire() throws URISyntaxException {
    ResponseEntity<?> response =
        helpers.call(
            FILE_HELPERS + "Read", "ok", "contents", new URI(null, null, "/files/café", null), RFC_EXAMPLE);

    assertEquals("/files/caf%C3%A9", response.getHeaders().getFirst("Content-Location"));
  }

  @Test
  void aNegativeRetryAfterIsRejected() {
    IllegalArgumentException thrown =
        assertThrows(IllegalArgumentException.class, () -> call("List", "tooManyRequests", Duration.ofSeconds(-1)));

    assertEquals("Retry-After cannot be negative: PT-1S", thrown.getMessage());
  }

  static Stream<Arguments> nulls() {
    URI uri = URI.create("/orders/7");
    return Stream.of(
        Arguments.of(HELPERS + "List", "ok", new Object[] {null}, "the 200 response requires a body"),
        Arguments.of(
            HELPERS + "List", "tooManyRequests", new Object[] {null}, "the 429 response requires the Retry-After header"),
        Arguments.of(HELPERS + "Get", "ok", new Object[] {null, "\"v1\""}, "the 200 response requires a body"),
        Arguments.of(HELPERS + "Get", "ok", new Object[] {AN_ORDER, null}, "the 200 response requires the ETag header"),
        Arguments.of(HELPERS + "Get", "notFound", new Object[] {null}, "the 404 response requires a body"),
        Arguments.of(
            HELPERS + "Get", "methodNotAllowed", new Object[] {null}, "the 405 response requires the Allow header"),
        Arguments.of(HELPERS + "Place", "created", new Object[] {null, uri}, "the 201 response requires a body"),
        Arguments.of(
            HELPERS + "Place", "created", new Object[] {AN_ORDER, null}, "the 201 response requires the Location header"),
        Arguments.of(HELPERS + "Cancel", "gone", new Object[] {null}, "the 410 response requires the Expires header"),
        Arguments.of(HELPERS + "Raw", "ok", new Object[] {null}, "the 200 response requires a body"),
        Arguments.of(
            FILE_HELPERS + "Read",
            "ok",
            new Object[] {"x", null, RFC_EXAMPLE},
            "the 200 response requires the Content-Location header"),
        Arguments.of(
            FILE_HELPERS + "Read", "ok", new Object[] {"x", uri, null}, "the 200 response requires the Last-Modified header"));
  }

  @ParameterizedTest(name = "{0}.{1} {3}")
  @MethodSource("nulls")
  void aMissingBodyOrHeaderIsRejected(String helper, String factory, Object[] arguments, String message) {
    // The fixture's Order is compiled with the helpers, after the arguments are made.
    Object[] typed = Stream.of(arguments).map(a -> a == AN_ORDER ? order("7") : a).toArray();

    NullPointerException thrown = assertThrows(NullPointerException.class, () -> helpers.call(helper, factory, typed));

    assertEquals(message, thrown.getMessage());
  }

  /** The response has exactly these header fields, each with exactly one value, as written on the wire. */
  static void assertHeaders(ResponseEntity<?> response, Map<String, String> expected) {
    HttpHeaders headers = response.getHeaders();
    assertEquals(expected.keySet(), headers.keySet(), "header names");
    for (Map.Entry<String, String> header : expected.entrySet()) {
      assertEquals(List.of(header.getValue()), headers.get(header.getKey()), header.getKey());
      assertEquals(header.getValue(), headers.getFirst(header.getKey()), header.getKey());
    }
  }
}

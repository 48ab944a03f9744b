package dev.statuscontract.processor.helpers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls the helpers generated for the Jakarta REST fixture (ItemResource) and reads the
 * {@code jakarta.ws.rs.core.Response}s they build through Jersey, the JAX-RS implementation on the
 * test class path: status, every header as it goes on the wire, and the entity. The expected
 * values come from RFC 9110, not from the generated code.
 */
class HelpersRuntimeJakartaTest {

  private static final String HELPERS = "com.acme.jakarta.ItemResourceResponses$";

  /** RFC 9110 §5.6.7's own example of an IMF-fixdate. */
  private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

  private static final String RFC_EXAMPLE_DATE = "Sun, 06 Nov 1994 08:49:37 GMT";

  /** A day and an hour below 10, which the IMF-fixdate writes with two digits. */
  private static final Instant SINGLE_DIGITS = Instant.parse("2024-03-05T07:08:09Z");

  private static final String SINGLE_DIGITS_DATE = "Tue, 05 Mar 2024 07:08:09 GMT";

  /** Stands for an Item in {@link #nulls()}. */
  private static final Object AN_ITEM = new Object();

  private static LoadedHelpers helpers;

  @BeforeAll
  static void compileTheFixture() {
    helpers = LoadedHelpers.compile(HelpersFixture.sources("jakarta"));
  }

  private static Object item(String id, String name) {
    return helpers.instance("com.acme.jakarta.Item", id, name);
  }

  private static Response call(String helper, String factory, Object... arguments) {
    return helpers.call(HELPERS + helper, factory, arguments);
  }

  @Test
  void theJaxRsImplementationIsJersey() {
    // The API alone cannot build a Response: it finds its implementation on the class path.
    assertEquals(
        "org.glassfish.jersey.internal.RuntimeDelegateImpl", RuntimeDelegate.getInstance().getClass().getName());
  }

  @Test
  void okSendsTheBodyAndBothDatesAsImfFixdates() {
    List<Object> items = List.of(item("7", "Seven"));

    Response response = call("List", "ok", items, RFC_EXAMPLE, SINGLE_DIGITS);

    assertEquals(200, response.getStatus());
    assertSame(items, response.getEntity());
    assertHeaders(response, Map.of("Last-Modified", RFC_EXAMPLE_DATE, "Expires", SINGLE_DIGITS_DATE));
    // Jersey's own HTTP-date parser reads the same instant back.
    assertEquals(Date.from(RFC_EXAMPLE), response.getLastModified());
  }

  @Test
  void notModifiedSendsTheEtagAsGivenAndNoEntity() {
    Response response = call("List", "notModified", "\"v1\"", SINGLE_DIGITS);

    assertEquals(304, response.getStatus());
    assertFalse(response.hasEntity());
    assertHeaders(response, Map.of("ETag", "\"v1\"", "Last-Modified", SINGLE_DIGITS_DATE));
    assertEquals(new EntityTag("v1"), response.getEntityTag());
    assertEquals(Date.from(SINGLE_DIGITS), response.getLastModified());
  }

  @Test
  void lastModifiedDropsFractionsOfASecond() {
    Response response =
        call("List", "notModified", "W/\"v2\"", Instant.parse("1994-11-06T08:49:37.999Z"));

    assertHeaders(response, Map.of("ETag", "W/\"v2\"", "Last-Modified", RFC_EXAMPLE_DATE));
    assertEquals(new EntityTag("v2", true), response.getEntityTag());
  }

  @Test
  void serviceUnavailableSendsRetryAfterInSeconds() {
    Response response = call("List", "serviceUnavailable", Duration.ofMinutes(2));

    assertEquals(503, response.getStatus());
    assertFalse(response.hasEntity());
    assertHeaders(response, Map.of("Retry-After", "120"));
  }

  @Test
  void everyEndpointMethodHasTheClassLevel503() {
    for (String helper : List.of("List", "Get", "CreateItem", "CreateList", "Delete")) {
      Response response = call(helper, "serviceUnavailable", Duration.ofHours(1));
      assertEquals(503, response.getStatus(), helper);
      assertHeaders(response, Map.of("Retry-After", "3600"));
    }
  }

  @Test
  void retryAfterOfZeroIsZeroSeconds() {
    assertHeaders(call("Get", "serviceUnavailable", Duration.ZERO), Map.of("Retry-After", "0"));
  }

  @Test
  void retryAfterRoundsAFractionOfASecondUp() {
    // delta-seconds are whole seconds; rounding down would tell the client to come back too early.
    assertHeaders(call("Get", "serviceUnavailable", Duration.ofMillis(1500)), Map.of("Retry-After", "2"));
    assertHeaders(call("Get", "serviceUnavailable", Duration.ofNanos(1)), Map.of("Retry-After", "1"));
    assertHeaders(call("Get", "serviceUnavailable", Duration.ofSeconds(2)), Map.of("Retry-After", "2"));
  }

  @Test
  void retryAfterIsNeverANegativeNumber() {
    // RFC 9110 §10.2.3: delta-seconds is 1*DIGIT. Rejecting a delay too long to send is fine too.
    Response response;
    try {
      response = call("Get", "serviceUnavailable", Duration.ofSeconds(Long.MAX_VALUE, 1));
    } catch (IllegalArgumentException | ArithmeticException tooLong) {
      return;
    }
    String value = response.getHeaderString("Retry-After");
    assertTrue(value.matches("[0-9]+"), "Retry-After: " + value);
  }

  @Test
  void getOkSendsTheItemAndItsContentLocation() {
    Object item = item("7", "Seven");

    Response response = call("Get", "ok", item, URI.create("/items/7"));

    assertEquals(200, response.getStatus());
    assertSame(item, response.getEntity());
    assertHeaders(response, Map.of("Content-Location", "/items/7"));
  }

  @Test
  void notFoundHasNoHeaderAndNoEntity() {
    Response response = call("Get", "notFound");

    assertEquals(404, response.getStatus());
    assertFalse(response.hasEntity());
    assertHeaders(response, Map.of());
  }

  @Test
  void createdSendsTheItemAndItsLocation() {
    Object item = item("7", "Seven");
    URI location = URI.create("https://api.example.com/items/7");

    Response response = call("CreateItem", "created", item, location);

    assertEquals(201, response.getStatus());
    assertSame(item, response.getEntity());
    assertEquals(location, response.getLocation());
    assertHeaders(response, Map.of("Location", "https://api.example.com/items/7"));
  }

  @Test
  void aLocationOutsideAsciiIsPercentEncodedOnTheWire() throws URISyntaxException {
    // RFC 3986 §2.1 and RFC 9110 §10.2.2: a URI-reference is ASCII; other characters are sent as
    // the percent-encoded octets of their UTF-8 form.
    URI location = new URI(null, null, "/items/café", null);
    URI contentLocation = new URI(null, null, "/items/café/v1", null);

    assertHeaders(call("CreateList", "created", location), Map.of("Location", "/items/caf%C3%A9"));
    assertHeaders(
        call("Get", "ok", item("é", "É"), contentLocation),
        Map.of("Content-Location", "/items/caf%C3%A9/v1"));
  }

  @Test
  void methodNotAllowedSendsTheAllowedMethodsSortedInOneField() {
    Response response =
        call("CreateItem", "methodNotAllowed", new LinkedHashSet<>(List.of("PUT", "GET", "DELETE")));

    assertEquals(405, response.getStatus());
    assertHeaders(response, Map.of("Allow", "DELETE, GET, PUT"));
    assertEquals(Set.of("DELETE", "GET", "PUT"), response.getAllowedMethods());
  }

  @Test
  void anEmptyAllowIsSentAsAnEmptyField() {
    // RFC 9110 §10.2.1: an empty Allow field value means the resource allows no methods.
    assertHeaders(call("CreateItem", "methodNotAllowed", Set.of()), Map.of("Allow", ""));
  }

  @Test
  void tooManyRequestsSendsRetryAfterAndTheOtherHeaderAsGiven() {
    Response response = call("CreateItem", "tooManyRequests", Duration.ofSeconds(30), "0");

    assertEquals(429, response.getStatus());
    assertHeaders(response, Map.of("Retry-After", "30", "X-RateLimit-Remaining", "0"));
  }

  @Test
  void bulkCreatedHasALocationAndNoEntity() {
    Response response = call("CreateList", "created", URI.create("/items"));

    assertEquals(201, response.getStatus());
    assertFalse(response.hasEntity());
    assertNull(response.getEntity());
    assertHeaders(response, Map.of("Location", "/items"));
  }

  @Test
  void deleteAcceptedAndNoContent() {
    Response accepted = call("Delete", "accepted", URI.create("/queue/7"));
    Response noContent = call("Delete", "noContent");

    assertEquals(202, accepted.getStatus());
    assertHeaders(accepted, Map.of("Location", "/queue/7"));
    assertEquals(204, noContent.getStatus());
    assertFalse(noContent.hasEntity());
    assertHeaders(noContent, Map.of());
  }

  @Test
  void endpointsThatReturnNoResponseGetNoHelper() {
    Set<String> nested =
        Stream.of(helpers.type("com.acme.jakarta.ItemResourceResponses").getClasses())
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());

    // ClassLevel holds the class-level codes, which the endpoints' classes inherit.
    assertEquals(Set.of("ClassLevel", "List", "Get", "CreateItem", "CreateList", "Delete"), nested);
  }

  @Test
  void aNegativeRetryAfterIsRejected() {
    IllegalArgumentException thrown =
        assertThrows(
            IllegalArgumentException.class,
            () -> call("CreateItem", "tooManyRequests", Duration.ofSeconds(-1), "0"));

    assertEquals("Retry-After cannot be negative: PT-1S", thrown.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> call("Delete", "serviceUnavailable", Duration.ofMillis(-1)));
  }

  static Stream<Arguments> nulls() {
    URI uri = URI.create("/items/7");
    Instant now = SINGLE_DIGITS;
    Duration minute = Duration.ofMinutes(1);
    return Stream.of(
        Arguments.of("List", "ok", new Object[] {null, now, now}, "the 200 response requires a body"),
        Arguments.of("List", "ok", new Object[] {List.of(), null, now}, "the 200 response requires the Last-Modified header"),
        Arguments.of("List", "ok", new Object[] {List.of(), now, null}, "the 200 response requires the Expires header"),
        Arguments.of("List", "notModified", new Object[] {null, now}, "the 304 response requires the ETag header"),
        Arguments.of(
            "List", "notModified", new Object[] {"\"v1\"", null}, "the 304 response requires the Last-Modified header"),
        Arguments.of(
            "List", "serviceUnavailable", new Object[] {null}, "the 503 response requires the Retry-After header"),
        Arguments.of("Get", "ok", new Object[] {null, uri}, "the 200 response requires a body"),
        Arguments.of("Get", "ok", new Object[] {AN_ITEM, null}, "the 200 response requires the Content-Location header"),
        Arguments.of("CreateItem", "created", new Object[] {null, uri}, "the 201 response requires a body"),
        Arguments.of("CreateItem", "created", new Object[] {AN_ITEM, null}, "the 201 response requires the Location header"),
        Arguments.of(
            "CreateItem", "methodNotAllowed", new Object[] {null}, "the 405 response requires the Allow header"),
        Arguments.of(
            "CreateItem",
            "tooManyRequests",
            new Object[] {null, "0"},
            "the 429 response requires the Retry-After header"),
        Arguments.of(
            "CreateItem",
            "tooManyRequests",
            new Object[] {minute, null},
            "the 429 response requires the X-RateLimit-Remaining header"),
        Arguments.of("CreateList", "created", new Object[] {null}, "the 201 response requires the Location header"),
        Arguments.of("Delete", "accepted", new Object[] {null}, "the 202 response requires the Location header"));
  }

  @ParameterizedTest(name = "{0}.{1} {3}")
  @MethodSource("nulls")
  void aMissingBodyOrHeaderIsRejected(String helper, String factory, Object[] arguments, String message) {
    // The fixture's Item is compiled with the helpers, after the arguments are made.
    Object[] typed = Stream.of(arguments).map(a -> a == AN_ITEM ? item("7", "Seven") : a).toArray();

    NullPointerException thrown = assertThrows(NullPointerException.class, () -> call(helper, factory, typed));

    assertEquals(message, thrown.getMessage());
  }

  /**
   * The response has exactly these header fields, each with exactly one value, as written on the
   * wire: the names as given, the values as the JAX-RS implementation turns them into text.
   */
  static void assertHeaders(Response response, Map<String, String> expected) {
    assertEquals(expected.keySet(), response.getStringHeaders().keySet(), "header names");
    for (Map.Entry<String, String> header : expected.entrySet()) {
      assertEquals(List.of(header.getValue()), response.getStringHeaders().get(header.getKey()), header.getKey());
      assertEquals(header.getValue(), response.getHeaderString(header.getKey()), header.getKey());
    }
  }
}

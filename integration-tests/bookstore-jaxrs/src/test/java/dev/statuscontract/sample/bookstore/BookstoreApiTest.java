package dev.statuscontract.sample.bookstore;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuscontract.conformance.ContractConformance;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The bookstore over real HTTP: a server on 127.0.0.1 and a free port, and {@link HttpClient}
 * requests to every endpoint. Every response is checked against the contract.json that the
 * processor generated for these very resources: its status must be declared for its endpoint, and
 * every header declared for that status must be there and well-formed. The last test checks that
 * the requests exercised every declared code of every endpoint. The server stops after the last
 * test, and must then be gone: its port closed and its threads ended.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookstoreApiTest {

  private static final String TOKEN = "test-token";
  private static final Book DUNE = new Book("9780441172719", "Dune", "Frank Herbert");
  private static final Duration EXPORT_DURATION = Duration.ofSeconds(30);
  private static final int SEARCHES_PER_MINUTE = 3;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Declared codes that no request to a correct bookstore can provoke, so that the last test does
   * not require them: 500 is declared on every resource class for failures of the server itself.
   */
  private static final Map<Integer, String> UNPROVOKABLE =
      Map.of(500, "declared on each resource class for unexpected failures; nothing a client sends provokes it");

  private static final Set<String> HTTP_METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");
  private static final Pattern AUTH_SCHEME = Pattern.compile("^([!#$%&'*+.^_`|~0-9A-Za-z-]+)(?:\\s|$)");

  private static MutableClock clock;
  private static BookstoreServer server;
  private static HttpClient http;
  private static ContractConformance contract;

  @BeforeAll
  static void start() {
    clock = new MutableClock(Instant.parse("2026-01-01T12:00:00Z"));
    server =
        BookstoreServer.start(
            "127.0.0.1",
            0,
            new Settings(clock, Map.of(TOKEN, "alice"), SEARCHES_PER_MINUTE, EXPORT_DURATION, List.of(DUNE)));
    http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    contract = ContractConformance.fromClassPath();
  }

  /** Stops the server, and checks that it stopped: the port is closed and its threads are gone. */
  @AfterAll
  static void stop() throws Exception {
    if (server == null) {
      return;
    }
    server.close();
    server.close(); // a second close does nothing
    server.awaitStop(); // returns at once: the server has stopped
    HttpRequest docs = HttpRequest.newBuilder(server.uri().resolve("/docs")).timeout(Duration.ofSeconds(5)).build();
    assertThrows(IOException.class, () -> http.send(docs, HttpResponse.BodyHandlers.discarding()));
    List<String> serverThreads =
        Thread.getAllStackTraces().keySet().stream()
            .filter(Thread::isAlive)
            .map(Thread::getName)
            .filter(name -> name.startsWith("jdk-http-server-") || name.equals("HTTP-Dispatcher"))
            .toList();
    assertEquals(List.of(), serverThreads, "threads of the stopped server");
  }

  @Test
  @Order(1)
  void aCreatedBookIsAtItsLocation() throws Exception {
    Book book = new Book("9780547928227", "The Hobbit", "J. R. R. Tolkien");

    HttpResponse<String> created = send("POST", "/books", json(book), bearer(TOKEN));
    assertEquals(201, created.statusCode(), created.body());
    assertEquals(book, JSON.readValue(created.body(), Book.class));

    URI location = created.uri().resolve(created.headers().firstValue("Location").orElseThrow());
    assertEquals(server.uri().resolve("/books/" + book.isbn()), location);
    HttpResponse<String> fetched = send("GET", location, null);
    assertEquals(200, fetched.statusCode());
    assertEquals(book, JSON.readValue(fetched.body(), Book.class));

    HttpResponse<String> again = send("POST", "/books", json(book), bearer(TOKEN));
    assertEquals(409, again.statusCode());
  }

  @Test
  @Order(2)
  void invalidBooksAreRejected() throws Exception {
    assertEquals(400, send("POST", "/books", "{\"isbn\": \"978\", \"title\": \"\"}", bearer(TOKEN)).statusCode());
    // Not JSON at all: Jersey's Jackson support answers 400 before the method runs.
    assertEquals(400, send("POST", "/books", "{", bearer(TOKEN)).statusCode());
    // No body: the method gets null.
    assertEquals(400, send("POST", "/books", "", bearer(TOKEN)).statusCode());
  }

  @Test
  @Order(3)
  void changingBooksTakesABearerToken() throws Exception {
    Book book = new Book("9780060850524", "Brave New World", "Aldous Huxley");

    HttpResponse<String> none = send("POST", "/books", json(book));
    assertEquals(401, none.statusCode());
    assertEquals("Bearer", challengeScheme(none));
    assertTrue(challenge(none).contains("realm=\"bookstore\""), challenge(none));

    HttpResponse<String> unknown = send("POST", "/books", json(book), bearer("stolen"));
    assertEquals(401, unknown.statusCode());
    assertTrue(challenge(unknown).contains("error=\"invalid_token\""), challenge(unknown));

    assertEquals(401, send("PUT", "/books/" + DUNE.isbn(), json(DUNE)).statusCode());
    assertEquals(401, send("DELETE", "/books/" + DUNE.isbn(), null, "Authorization", "Basic YWxpY2U6c2VjcmV0").statusCode());
    assertEquals(404, send("GET", "/books/" + book.isbn(), null).statusCode(), "nothing was added");
  }

  @Test
  @Order(4)
  void booksAreListed() throws Exception {
    HttpResponse<String> all = send("GET", "/books", null);
    assertEquals(200, all.statusCode());
    List<String> isbns = new ArrayList<>();
    JSON.readTree(all.body()).forEach(b -> isbns.add(b.path("isbn").asText()));
    assertTrue(isbns.contains(DUNE.isbn()), isbns.toString());

    HttpResponse<String> one = send("GET", "/books?limit=1", null);
    assertEquals(200, one.statusCode());
    assertEquals(1, JSON.readTree(one.body()).size());

    assertEquals(400, send("GET", "/books?limit=0", null).statusCode());
    assertEquals(400, send("GET", "/books?limit=many", null).statusCode());
  }

  @Test
  @Order(5)
  void booksAreReplacedAndRemoved() throws Exception {
    Book book = new Book("9780261102736", "The Silmarillion", "J. R. R. Tolkien");
    assertEquals(201, send("POST", "/books", json(book), bearer(TOKEN)).statusCode());

    Book corrected = new Book(book.isbn(), "The Silmarillion (2nd ed.)", book.author());
    HttpResponse<String> replaced = send("PUT", "/books/" + book.isbn(), json(corrected), bearer(TOKEN));
    assertEquals(200, replaced.statusCode());
    assertEquals(corrected, JSON.readValue(replaced.body(), Book.class));
    assertEquals(corrected, JSON.readValue(send("GET", "/books/" + book.isbn(), null).body(), Book.class));

    assertEquals(400, send("PUT", "/books/" + book.isbn(), json(DUNE), bearer(TOKEN)).statusCode(), "ISBN mismatch");
    Book missing = new Book("9780000000002", "Nowhere", "Nobody");
    assertEquals(404, send("PUT", "/books/" + missing.isbn(), json(missing), bearer(TOKEN)).statusCode());

    HttpResponse<String> removed = send("DELETE", "/books/" + book.isbn(), null, bearer(TOKEN));
    assertEquals(204, removed.statusCode());
    assertEquals("", removed.body());
    assertEquals(404, send("DELETE", "/books/" + book.isbn(), null, bearer(TOKEN)).statusCode());
    assertEquals(404, send("GET", "/books/" + book.isbn(), null).statusCode());
  }

  @Test
  @Order(6)
  void searchesAreRateLimited() throws Exception {
    // The limiter counts every search, answered or not: three a minute here.
    HttpResponse<String> found = send("GET", "/books/search?q=herbert", null);
    assertEquals(200, found.statusCode());
    assertEquals(DUNE.isbn(), JSON.readTree(found.body()).path(0).path("isbn").asText());
    assertEquals(400, send("GET", "/books/search?q=%20", null).statusCode());
    assertEquals(200, send("GET", "/books/search?q=nothing-like-this", null).statusCode());

    HttpResponse<String> limited = send("GET", "/books/search?q=dune", null);
    assertEquals(429, limited.statusCode());
    Duration retryAfter = retryAfter(limited);
    assertTrue(!retryAfter.isNegative() && retryAfter.compareTo(Duration.ofMinutes(1)) <= 0, retryAfter.toString());

    clock.advance(retryAfter);
    assertEquals(200, send("GET", "/books/search?q=dune", null).statusCode(), "a new window after Retry-After");
  }

  @Test
  @Order(7)
  void anExportRunsAndThenSendsTheClientToItsFile() throws Exception {
    assertEquals(401, send("POST", "/exports", "", "Authorization", "Bearer").statusCode());

    HttpResponse<String> accepted = send("POST", "/exports", "", bearer(TOKEN));
    assertEquals(202, accepted.statusCode());
    assertEquals("running", JSON.readTree(accepted.body()).path("state").asText());
    assertEquals(EXPORT_DURATION, retryAfter(accepted));
    URI monitor = accepted.uri().resolve(accepted.headers().firstValue("Location").orElseThrow());

    HttpResponse<String> running = send("GET", monitor, null);
    assertEquals(200, running.statusCode());
    assertEquals("running", JSON.readTree(running.body()).path("state").asText());
    String id = JSON.readTree(running.body()).path("id").asText();
    assertEquals(404, send("GET", "/exports/" + id + "/file", null).statusCode(), "not done yet");

    clock.advance(retryAfter(running));
    HttpResponse<String> done = send("GET", monitor, null);
    assertEquals(303, done.statusCode());
    URI file = done.uri().resolve(done.headers().firstValue("Location").orElseThrow());
    HttpResponse<String> csv = send("GET", file, null);
    assertEquals(200, csv.statusCode());
    assertEquals("text/csv;charset=UTF-8", mediaType(csv));
    assertTrue(csv.body().startsWith("isbn,title,author\r\n"), csv.body());
    assertTrue(csv.body().contains(DUNE.isbn() + ",Dune,Frank Herbert\r\n"), csv.body());

    // A finished export cannot be cancelled: 405, and Allow names what its monitor still answers.
    HttpResponse<String> notAllowed = send("DELETE", monitor, null, bearer(TOKEN));
    assertEquals(405, notAllowed.statusCode());
    Set<String> allowed = allow(notAllowed);
    assertTrue(HTTP_METHODS.containsAll(allowed), allowed.toString());
    assertTrue(allowed.contains("GET"), allowed.toString());
    assertFalse(allowed.contains("DELETE"), allowed.toString());
    for (String method : allowed) {
      HttpResponse<String> response = sendUnchecked(method, monitor);
      assertNotEquals(405, response.statusCode(), method + " is in Allow");
    }

    assertEquals(404, send("GET", "/exports/no-such-export", null).statusCode());
    assertEquals(404, send("GET", "/exports/no-such-export/file", null).statusCode());
  }

  @Test
  @Order(8)
  void aRunningExportCanBeCancelled() throws Exception {
    HttpResponse<String> accepted = send("POST", "/exports", "", bearer(TOKEN));
    assertEquals(202, accepted.statusCode());
    URI monitor = accepted.uri().resolve(accepted.headers().firstValue("Location").orElseThrow());

    assertEquals(401, send("DELETE", monitor, null).statusCode());
    assertEquals(204, send("DELETE", monitor, null, bearer(TOKEN)).statusCode());
    assertEquals(404, send("GET", monitor, null).statusCode());
    assertEquals(404, send("DELETE", monitor, null, bearer(TOKEN)).statusCode());
  }

  @Test
  @Order(9)
  void theAccountNeedsAValidToken() throws Exception {
    HttpResponse<String> anonymous = send("GET", "/account", null);
    assertEquals(401, anonymous.statusCode());
    assertEquals("Bearer", challengeScheme(anonymous));

    HttpResponse<String> signedIn = send("GET", "/account", null, bearer(TOKEN));
    assertEquals(200, signedIn.statusCode());
    assertEquals("alice", JSON.readTree(signedIn.body()).path("name").asText());
  }

  @Test
  @Order(10)
  void theOldCatalogRedirectsToBooks() throws Exception {
    HttpResponse<String> moved = send("GET", "/catalog/" + DUNE.isbn(), null);
    assertEquals(301, moved.statusCode());
    URI location = moved.uri().resolve(moved.headers().firstValue("Location").orElseThrow());
    assertEquals(server.uri().resolve("/books/" + DUNE.isbn()), location);
    assertEquals(DUNE, JSON.readValue(send("GET", location, null).body(), Book.class));

    assertEquals(404, send("GET", "/catalog/9780000000002", null).statusCode());
  }

  @Test
  @Order(11)
  void theDocsListEveryEndpointOfTheContract() throws Exception {
    Set<String> endpoints =
        contract.endpoints().stream().map(ContractConformance.Endpoint::toString).collect(Collectors.toCollection(TreeSet::new));
    assertFalse(endpoints.isEmpty());

    String fromClassPath = resource(ApiDocs.INDEX_HTML);
    assertEquals(endpoints, endpointsIn(fromClassPath));

    HttpResponse<String> served = send("GET", "/docs", null);
    assertEquals(200, served.statusCode());
    assertEquals("text/html;charset=UTF-8", mediaType(served));
    assertEquals(fromClassPath, served.body());
    assertEquals(endpoints, endpointsIn(served.body()));

    assertEquals(406, send("GET", "/docs", null, "Accept", "application/json").statusCode());
  }

  /**
   * The page's links to openapi.json and contract.json are relative: against /docs they resolve to
   * /openapi.json and /contract.json, where the generated files are served.
   */
  @Test
  @Order(12)
  void theDocsLinkToTheOpenApiDocumentServedNextToThem() throws Exception {
    HttpResponse<String> page = send("GET", "/docs", null);
    assertEquals(200, page.statusCode());
    for (String file : List.of("openapi.json", "contract.json")) {
      assertTrue(page.body().contains("<a href=\"" + file + "\">"), "/docs does not link to " + file);
      URI linked = page.uri().resolve(file);
      assertEquals(server.uri().resolve("/" + file), linked);

      HttpResponse<String> served = send("GET", linked, null);
      assertEquals(200, served.statusCode(), linked.toString());
      assertEquals("application/json", mediaType(served), linked.toString());
      assertEquals(resource("META-INF/status-contract/" + file), served.body(), linked + " is not the generated file");

      assertEquals(406, send("GET", linked, null, "Accept", "text/html").statusCode(), linked.toString());
    }

    JsonNode openApi = JSON.readTree(send("GET", "/openapi.json", null).body());
    assertEquals("3.1.0", openApi.path("openapi").asText());
    JsonNode paths = openApi.path("paths");
    assertTrue(paths.path("/books/{isbn}").has("get"), paths.toString());
    assertTrue(paths.path("/openapi.json").has("get"), "the document describes where it is served: " + paths);
    assertTrue(paths.path("/account").path("get").path("responses").has("401"), "GET /account documents its 401: " + paths);
  }

  /** Runs last: every declared code of every endpoint, except the unprovokable ones, was seen. */
  @Test
  @Order(Integer.MAX_VALUE)
  void everyEndpointAnsweredWithEachCodeItDeclares() {
    // The allow-list must not hide anything: each code in it is declared on the class, for all.
    for (JsonNode endpoint : contractJson().path("endpoints")) {
      for (JsonNode response : endpoint.path("responses")) {
        if (UNPROVOKABLE.containsKey(response.path("code").asInt())) {
          assertEquals("class", response.path("declaredOn").asText(), endpoint.path("path") + " " + response);
        }
      }
    }

    Map<ContractConformance.Endpoint, Set<Integer>> observed = contract.observed();
    List<String> gaps = new ArrayList<>();
    for (ContractConformance.Endpoint endpoint : contract.endpoints()) {
      Set<Integer> seen = observed.getOrDefault(endpoint, Set.of());
      Set<Integer> successes = new TreeSet<>();
      Set<Integer> errors = new TreeSet<>();
      for (int code : endpoint.codes()) {
        (code < 400 ? successes : errors).add(code);
      }
      errors.removeAll(UNPROVOKABLE.keySet());
      // Each 2xx and 3xx code, and at least one 4xx or 5xx code.
      for (int code : successes) {
        if (!seen.contains(code)) {
          gaps.add(endpoint + " never answered " + code + " (seen: " + seen + ")");
        }
      }
      if (errors.isEmpty()) {
        gaps.add(endpoint + " declares no error that a request can provoke, only " + UNPROVOKABLE.keySet());
      } else if (errors.stream().noneMatch(seen::contains)) {
        gaps.add(endpoint + " never answered any of its errors " + errors + " (seen: " + seen + ")");
      } else {
        // This sample goes further: it provokes every error it declares.
        for (int code : errors) {
          if (!seen.contains(code)) {
            gaps.add(endpoint + " never answered " + code + " (seen: " + seen + ")");
          }
        }
      }
    }
    assertTrue(gaps.isEmpty(), String.join("\n", gaps));
  }

  // ----------------------------------------------------------------------------------------------

  /** Sends a request and checks the response against the contract. */
  private static HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
    return send(method, server.uri().resolve(path), body, headers);
  }

  private static HttpResponse<String> send(String method, URI uri, String body, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(5))
            .method(
                method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    if (headers.length > 0) {
      request.headers(headers);
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    contract.assertConforms(response);
    return response;
  }

  /** Sends a request that the contract does not describe (HEAD, which Jersey answers for GET). */
  private static HttpResponse<String> sendUnchecked(String method, URI uri) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).method(method, HttpRequest.BodyPublishers.noBody()).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
  }

  private static String[] bearer(String token) {
    return new String[] {"Authorization", "Bearer " + token};
  }

  private static String json(Object value) throws IOException {
    return JSON.writeValueAsString(value);
  }

  private static String challenge(HttpResponse<?> response) {
    return response.headers().firstValue("WWW-Authenticate").orElseThrow();
  }

  /** The auth-scheme at the start of the challenge (RFC 9110 §11.6.1). */
  private static String challengeScheme(HttpResponse<?> response) {
    Matcher scheme = AUTH_SCHEME.matcher(challenge(response));
    assertTrue(scheme.find(), "WWW-Authenticate without a scheme: " + challenge(response));
    return scheme.group(1);
  }

  /** Retry-After as delta-seconds or an HTTP-date (RFC 9110 §10.2.3), as a duration from now. */
  private static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElseThrow();
    if (value.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      return Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
    } catch (DateTimeParseException e) {
      throw new AssertionError("Retry-After is neither delta-seconds nor an HTTP-date: " + value, e);
    }
  }

  private static Set<String> allow(HttpResponse<?> response) {
    String value = response.headers().firstValue("Allow").orElseThrow();
    return Arrays.stream(value.split(",")).map(String::strip).collect(Collectors.toCollection(TreeSet::new));
  }

  /** The Content-Type without spaces, with the charset in upper case. */
  private static String mediaType(HttpResponse<?> response) {
    String type = response.headers().firstValue("Content-Type").orElseThrow().replace(" ", "");
    int charset = type.toLowerCase(Locale.ROOT).indexOf("charset=");
    return charset < 0 ? type : type.substring(0, charset) + "charset=" + type.substring(charset + 8).toUpperCase(Locale.ROOT);
  }

  /** The endpoints that a generated index.html documents, as {@code METHOD /path}. */
  private static Set<String> endpointsIn(String html) {
    Matcher heading = Pattern.compile("<span class=\"method\">([A-Z]+)</span> <code>([^<]+)</code>").matcher(html);
    Set<String> endpoints = new TreeSet<>();
    while (heading.find()) {
      endpoints.add(heading.group(1) + " " + heading.group(2));
    }
    return endpoints;
  }

  private static JsonNode contractJson() {
    try {
      return JSON.readTree(resource("META-INF/status-contract/contract.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = BookstoreApiTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name + " is not on the class path");
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

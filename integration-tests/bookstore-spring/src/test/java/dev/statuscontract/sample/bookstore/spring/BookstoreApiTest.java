package dev.statuscontract.sample.bookstore.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statuscontract.conformance.ContractConformance;
import dev.statuscontract.conformance.ContractConformance.Endpoint;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bookstore over real HTTP on 127.0.0.1. Every response goes through {@link #send}, which checks
 * it against the contract.json the processor wrote: its status must be one the endpoint declares,
 * and every header declared for that status must be present and well-formed. The last test checks
 * that the requests exercised every declared status of every endpoint.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BookstoreApiTest {

  private static final String TOKEN = "test-token";
  private static final int SEARCHES_PER_MINUTE = 5;
  private static final String DUNE = "9780441013593";
  private static final String DUNE_ISBN10 = "0441013597";
  private static final String ARCHIVED = "9780140449136";
  private static final Pattern SCHEME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");

  /**
   * Declared codes that no request of these tests can provoke, by endpoint ("METHOD /path"), each
   * with the reason. Empty: every declared code can be provoked from here, 503 by opening a
   * maintenance window through the application's {@link Maintenance} bean.
   */
  private static final Map<String, Set<Integer>> NOT_PROVOKABLE = Map.of();

  private static final ContractConformance CONTRACT = ContractConformance.fromClassPath();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger ISBNS = new AtomicInteger();

  private static ConfigurableApplicationContext app;
  private static HttpClient client;
  private static URI base;

  @BeforeAll
  static void start() {
    // Command-line arguments: they take precedence over application.properties, unlike
    // SpringApplicationBuilder.properties(), which only sets defaults.
    app =
        new SpringApplicationBuilder(BookstoreApplication.class)
            .run(
                "--server.address=127.0.0.1",
                "--server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.main.lazy-initialization=false",
                "--logging.level.root=WARN",
                "--bookstore.tokens=" + TOKEN,
                "--bookstore.search.per-minute=" + SEARCHES_PER_MINUTE,
                "--bookstore.exports.duration=1s");
    int port = ((WebServerApplicationContext) app).getWebServer().getPort();
    base = URI.create("http://127.0.0.1:" + port);
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
  }

  // ---- the catalogue ----

  @Test
  void listsTheCatalogue() throws Exception {
    HttpResponse<String> list = send(get("/books"));
    assertEquals(200, list.statusCode());
    assertTrue(isbns(JSON.readTree(list.body())).containsAll(List.of(DUNE, ARCHIVED)), list.body());
  }

  @Test
  void readsABookOrSaysItIsNotThere() throws Exception {
    HttpResponse<String> dune = send(get("/books/" + DUNE));
    assertEquals(200, dune.statusCode());
    assertEquals("Dune", JSON.readTree(dune.body()).path("title").asText());

    assertEquals(404, send(get("/books/9780000000002")).statusCode());
  }

  @Test
  void movesAnIsbn10ToItsIsbn13() throws Exception {
    HttpResponse<String> moved = send(get("/books/" + DUNE_ISBN10));
    assertEquals(301, moved.statusCode());
    URI location = location(moved);
    assertEquals("/books/" + DUNE, location.getPath());
    HttpResponse<String> there = send(HttpRequest.newBuilder(location));
    assertEquals(200, there.statusCode());
    assertEquals(DUNE, JSON.readTree(there.body()).path("isbn").asText());

    // An ISBN-10 of no book of the catalogue is not redirected.
    assertEquals(404, send(get("/books/0306406152")).statusCode());
  }

  @Test
  void createsABookThatIsThenAtItsLocation() throws Exception {
    String isbn = freshIsbn();
    String book = book(isbn, "The Left Hand of Darkness");
    HttpResponse<String> created = send(authorized(post("/books", book)));
    assertEquals(201, created.statusCode());
    assertEquals(JSON.readTree(book), JSON.readTree(created.body()));

    HttpResponse<String> there = send(HttpRequest.newBuilder(location(created)));
    assertEquals(200, there.statusCode());
    assertEquals(JSON.readTree(book), JSON.readTree(there.body()));

    HttpResponse<String> again = send(authorized(post("/books", book)));
    assertEquals(409, again.statusCode());
    assertEquals("application/problem+json", contentType(again));
  }

  @Test
  void rejectsAnInvalidBook() throws Exception {
    HttpResponse<String> badIsbn = send(authorized(post("/books", book("9780441013590", "Dune, misprinted"))));
    assertEquals(422, badIsbn.statusCode());
    assertEquals("application/problem+json", contentType(badIsbn));
    assertEquals(422, JSON.readTree(badIsbn.body()).path("status").asInt());

    assertEquals(422, send(authorized(post("/books", book(freshIsbn(), " ")))).statusCode());
  }

  @Test
  void replacesABook() throws Exception {
    String isbn = freshIsbn();
    assertEquals(201, send(authorized(post("/books", book(isbn, "Kindred")))).statusCode());

    String replacement = book(isbn, "Kindred (25th anniversary edition)");
    HttpResponse<String> replaced = send(authorized(put("/books/" + isbn, replacement)));
    assertEquals(200, replaced.statusCode());
    assertEquals(JSON.readTree(replacement), JSON.readTree(send(get("/books/" + isbn)).body()));

    assertEquals(422, send(authorized(put("/books/" + isbn, book(DUNE, "Dune")))).statusCode());
    assertEquals(404, send(authorized(put("/books/9780000000002", book("9780000000002", "Nothing")))).statusCode());
  }

  @Test
  void deletesABook() {
    String isbn = freshIsbn();
    assertEquals(201, send(authorized(post("/books", book(isbn, "Parable of the Sower")))).statusCode());

    assertEquals(204, send(authorized(delete("/books/" + isbn))).statusCode());
    assertEquals(404, send(get("/books/" + isbn)).statusCode());
    assertEquals(404, send(authorized(delete("/books/" + isbn))).statusCode());
  }

  @Test
  void anArchivedBookIsReadOnly() {
    for (HttpRequest.Builder write :
        List.of(authorized(put("/books/" + ARCHIVED, book(ARCHIVED, "Crime and Punishment"))), authorized(delete("/books/" + ARCHIVED)))) {
      HttpResponse<String> refused = send(write);
      assertEquals(405, refused.statusCode());
      Set<String> allowed = allow(refused);
      assertEquals(Set.of("GET", "HEAD"), allowed);
      assertAllowedMethodsWork(refused.request().uri(), allowed);
    }
    // Still readable.
    assertEquals(200, send(get("/books/" + ARCHIVED)).statusCode());
  }

  @Test
  void searchesAreRateLimited() throws Exception {
    app.getBean(SearchRateLimiter.class).reset();
    assertEquals(400, send(get("/books/search")).statusCode());
    assertEquals(400, send(get("/books/search?q=%20")).statusCode());

    for (int i = 0; i < SEARCHES_PER_MINUTE; i++) {
      HttpResponse<String> found = send(get("/books/search?q=herbert"));
      assertEquals(200, found.statusCode());
      assertEquals(List.of(DUNE), isbns(JSON.readTree(found.body())));
    }
    HttpResponse<String> limited = send(get("/books/search?q=herbert"));
    assertEquals(429, limited.statusCode());
    Duration retryAfter = retryAfter(limited);
    assertTrue(retryAfter.compareTo(Duration.ZERO) > 0 && retryAfter.compareTo(Duration.ofMinutes(1)) <= 0, retryAfter.toString());
    app.getBean(SearchRateLimiter.class).reset();
  }

  // ---- exports: an asynchronous job ----

  @Test
  void exportsTheCatalogueInTheBackground() throws Exception {
    HttpResponse<String> accepted = send(authorized(post("/exports", "")));
    assertEquals(202, accepted.statusCode());
    Duration firstPoll = retryAfter(accepted);
    assertTrue(firstPoll.compareTo(Duration.ZERO) > 0 && firstPoll.compareTo(Duration.ofSeconds(5)) <= 0, firstPoll.toString());
    URI monitor = location(accepted);
    String id = JSON.readTree(accepted.body()).path("id").asText();
    assertEquals("/exports/" + id, monitor.getPath());

    // While it runs: the monitor answers 200 with its state, and there is no file yet.
    HttpResponse<String> running = send(authorized(HttpRequest.newBuilder(monitor)));
    assertEquals(200, running.statusCode());
    assertEquals("RUNNING", JSON.readTree(running.body()).path("state").asText());
    retryAfter(running);
    assertEquals(404, send(authorized(get("/exports/" + id + "/file"))).statusCode());

    // Once done: 303 See Other to the file (bounded polling, faster than Retry-After asks).
    HttpResponse<String> done = running;
    Instant deadline = Instant.now().plusSeconds(15);
    while (done.statusCode() == 200) {
      if (Instant.now().isAfter(deadline)) {
        fail("the export did not finish within 15 s");
      }
      Thread.sleep(100);
      done = send(authorized(HttpRequest.newBuilder(monitor)));
    }
    assertEquals(303, done.statusCode());
    HttpResponse<String> file = send(authorized(HttpRequest.newBuilder(location(done))));
    assertEquals(200, file.statusCode());
    assertTrue(contentType(file).startsWith("text/csv"), contentType(file));
    assertTrue(file.body().startsWith("isbn,title,author\r\n"), file.body());
    assertTrue(file.body().contains(DUNE + ",Dune,Frank Herbert\r\n"), file.body());

    assertEquals(404, send(authorized(get("/exports/no-such-export"))).statusCode());
    assertEquals(404, send(authorized(get("/exports/no-such-export/file"))).statusCode());
  }

  // ---- errors every endpoint shares ----

  @Test
  void everyProtectedEndpointChallengesForABearerToken() {
    List<Endpoint> protectedEndpoints = CONTRACT.endpoints().stream().filter(e -> e.codes().contains(401)).toList();
    assertEquals(6, protectedEndpoints.size(), protectedEndpoints.toString());
    for (Endpoint endpoint : protectedEndpoints) {
      HttpResponse<String> anonymous = send(requestFor(endpoint));
      assertEquals(401, anonymous.statusCode(), endpoint.toString());
      String challenge = anonymous.headers().firstValue("WWW-Authenticate").orElseThrow();
      assertEquals("Bearer", scheme(challenge), challenge);
      assertTrue(challenge.contains("realm=\"bookstore\""), challenge);

      HttpResponse<String> wrongToken = send(requestFor(endpoint).header("Authorization", "Bearer not-a-token"));
      assertEquals(401, wrongToken.statusCode(), endpoint.toString());
      String invalid = wrongToken.headers().firstValue("WWW-Authenticate").orElseThrow();
      assertEquals("Bearer", scheme(invalid), invalid);
      assertTrue(invalid.contains("error=\"invalid_token\""), invalid);

      HttpResponse<String> basic = send(requestFor(endpoint).header("Authorization", "Basic dXNlcjpwYXNz"));
      assertEquals(401, basic.statusCode(), endpoint.toString());
    }
  }

  @Test
  void everyEndpointIsClosedDuringMaintenance() {
    Maintenance maintenance = app.getBean(Maintenance.class);
    maintenance.start(Duration.ofMinutes(2));
    try {
      for (Endpoint endpoint : CONTRACT.endpoints()) {
        HttpResponse<String> closed = send(authorized(requestFor(endpoint)));
        assertEquals(503, closed.statusCode(), endpoint.toString());
        Duration retryAfter = retryAfter(closed);
        assertTrue(
            retryAfter.compareTo(Duration.ZERO) > 0 && retryAfter.compareTo(Duration.ofMinutes(2)) <= 0, retryAfter.toString());
      }
    } finally {
      maintenance.end();
    }
    assertEquals(200, send(get("/books")).statusCode());
  }

  // ---- the documentation the processor generated ----

  /**
   * /docs serves the generated index.html, whose relative links to openapi.json and contract.json
   * resolve to /openapi.json and /contract.json, where the generated files are served. None of them
   * is part of the bookstore's contract, so these requests are not checked against it.
   */
  @Test
  void servesTheDocsAndNextToThemTheOpenApiDocument() throws Exception {
    HttpResponse<String> page = sendUnchecked(get("/docs"));
    assertEquals(200, page.statusCode());
    assertEquals("text/html", contentType(page));
    assertEquals(classPathResource("index.html"), page.body());

    for (String file : List.of("openapi.json", "contract.json")) {
      assertTrue(page.body().contains("<a href=\"" + file + "\">"), "/docs does not link to " + file);
      URI linked = page.uri().resolve(file);
      assertEquals(base.resolve("/" + file), linked);
      HttpResponse<String> served = sendUnchecked(HttpRequest.newBuilder(linked));
      assertEquals(200, served.statusCode(), linked.toString());
      assertEquals("application/json", contentType(served), linked.toString());
      assertEquals(classPathResource(file), served.body(), linked + " is not the generated file");
    }

    JsonNode openApi = JSON.readTree(sendUnchecked(get("/openapi.json")).body());
    assertEquals("3.1.0", openApi.path("openapi").asText());
    JsonNode paths = openApi.path("paths");
    assertTrue(paths.path("/books/{isbn}").has("get"), paths.toString());
    assertTrue(paths.path("/books").path("post").path("responses").has("201"), "POST /books documents its 201: " + paths);
  }

  // ---- the contract was exercised ----

  @Test
  @Order(Integer.MAX_VALUE)
  void everyDeclaredStatusWasObserved() {
    List<String> missing = new ArrayList<>();
    for (Endpoint endpoint : CONTRACT.endpoints()) {
      Set<Integer> observed = CONTRACT.observed().getOrDefault(endpoint, Set.of());
      Set<Integer> excused = NOT_PROVOKABLE.getOrDefault(endpoint.toString(), Set.of());
      for (int code : endpoint.codes()) {
        if (!observed.contains(code) && !excused.contains(code)) {
          missing.add(endpoint + " " + code);
        }
      }
      if (observed.stream().noneMatch(code -> code >= 400)) {
        missing.add(endpoint + " (no 4xx or 5xx at all)");
      }
    }
    assertEquals(List.of(), missing, "declared but never observed; observed: " + CONTRACT.observed());
    // Every excuse names a declared code of a real endpoint, so the list cannot go stale.
    NOT_PROVOKABLE.forEach(
        (endpoint, codes) ->
            assertTrue(
                CONTRACT.endpoints().stream().anyMatch(e -> e.toString().equals(endpoint) && e.codes().containsAll(codes)),
                endpoint + " " + codes));
  }

  // ---- requests ----

  /** Sends a request and checks the response against the contract. */
  private static HttpResponse<String> send(HttpRequest.Builder request) {
    HttpResponse<String> response = sendUnchecked(request);
    CONTRACT.assertConforms(response);
    return response;
  }

  private static HttpResponse<String> sendUnchecked(HttpRequest.Builder request) {
    try {
      return client.send(request.timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).GET();
  }

  private static HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(json.isEmpty() ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder put(String path, String json) {
    return HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json").PUT(BodyPublishers.ofString(json));
  }

  private static HttpRequest.Builder delete(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).DELETE();
  }

  private static HttpRequest.Builder authorized(HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + TOKEN);
  }

  /**
   * A request to an endpoint of the contract, made from its method and path alone: path variables
   * name an existing book or no export, and POST and PUT carry a valid book.
   */
  private static HttpRequest.Builder requestFor(Endpoint endpoint) {
    String path = endpoint.path().replace("{isbn}", DUNE).replace("{id}", "no-such-export");
    String body = book(DUNE, "Dune");
    return switch (endpoint.method()) {
      case "GET" -> get(path);
      case "POST" -> post(path, body);
      case "PUT" -> put(path, body);
      case "DELETE" -> delete(path);
      default -> throw new AssertionError("no request for " + endpoint);
    };
  }

  /** Each method an Allow header lists is served at that URI: a request with it is not refused. */
  private static void assertAllowedMethodsWork(URI uri, Set<String> allowed) {
    for (String method : allowed) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).method(method, BodyPublishers.noBody());
      // HEAD is not in the contract: Spring answers it for every GET mapping, without a body.
      boolean inContract = CONTRACT.endpointFor(method, uri.getPath()).isPresent();
      assertTrue(inContract || method.equals("HEAD") && CONTRACT.endpointFor("GET", uri.getPath()).isPresent(), method);
      HttpResponse<String> response = inContract ? send(request) : sendUnchecked(request);
      assertNotEquals(405, response.statusCode(), method + " " + uri);
      assertEquals(2, response.statusCode() / 100, method + " " + uri + " answered " + response.statusCode());
    }
  }

  // ---- response parts ----

  /** The Location header, resolved against the request URI (RFC 9110 §10.2.2). */
  private static URI location(HttpResponse<?> response) {
    return response.request().uri().resolve(response.headers().firstValue("Location").orElseThrow());
  }

  /** Retry-After as delta-seconds or an HTTP-date (RFC 9110 §10.2.3); fails on anything else. */
  private static Duration retryAfter(HttpResponse<?> response) {
    String value = response.headers().firstValue("Retry-After").orElseThrow(() -> new AssertionError("no Retry-After"));
    if (value.matches("\\d+")) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      if (!value.endsWith(" GMT")) {
        throw new AssertionError("Retry-After: " + value + " is an HTTP-date not in GMT");
      }
      return Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
    } catch (DateTimeParseException e) {
      throw new AssertionError("Retry-After: " + value + " is neither delta-seconds nor an HTTP-date", e);
    }
  }

  /** The methods of an Allow header; each must be a method token, none repeated. */
  private static Set<String> allow(HttpResponse<?> response) {
    String value = response.headers().firstValue("Allow").orElseThrow(() -> new AssertionError("no Allow"));
    List<String> methods = Arrays.stream(value.split(",")).map(String::strip).toList();
    methods.forEach(m -> assertTrue(SCHEME.matcher(m).matches() && m.equals(m.toUpperCase(Locale.ROOT)), value));
    assertEquals(methods.size(), new HashSet<>(methods).size(), value);
    return new TreeSet<>(methods);
  }

  /** The auth-scheme a challenge starts with (RFC 9110 §11.6.1). */
  private static String scheme(String challenge) {
    String scheme = challenge.split("[ ,]", 2)[0];
    assertTrue(SCHEME.matcher(scheme).matches(), challenge);
    return scheme;
  }

  private static String contentType(HttpResponse<?> response) {
    return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
  }

  /** A file the processor generated into META-INF/status-contract/, from the class path. */
  private static String classPathResource(String name) throws IOException {
    try (InputStream in = BookstoreApiTest.class.getClassLoader().getResourceAsStream("META-INF/status-contract/" + name)) {
      if (in == null) {
        throw new AssertionError("META-INF/status-contract/" + name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> isbns(JsonNode books) {
    List<String> isbns = new ArrayList<>();
    books.forEach(b -> isbns.add(b.path("isbn").asText()));
    return isbns;
  }

  private static String book(String isbn, String title) {
    return JSON.createObjectNode().put("isbn", isbn).put("title", title).put("author", "Octavia E. Butler").toString();
  }

  /** A valid ISBN-13 that no other test uses. */
  private static String freshIsbn() {
    String first12 = String.format("979%09d", 100_000 + ISBNS.incrementAndGet());
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (first12.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return first12 + (10 - sum % 10) % 10;
  }
}

package dev.statuscontract.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conformance check can fail: it reports what a server gets wrong. */
class ContractConformanceTest {

  private static final String CONTRACT =
      """
      {
        "schemaVersion": 1,
        "endpoints": [
          {"method": "POST", "path": "/books", "responses": [
            {"code": 201, "headers": ["Location"]}, {"code": 409, "headers": []}]},
          {"method": "GET", "path": "/books/{isbn}", "responses": [
            {"code": 200, "headers": []}, {"code": 404, "headers": []}]},
          {"method": "GET", "path": "/books/search", "responses": [
            {"code": 200, "headers": []}, {"code": 429, "headers": ["Retry-After"]}]},
          {"method": "DELETE", "path": "/books/{isbn}", "responses": [
            {"code": 405, "headers": ["Allow"]}]},
          {"method": "GET", "path": "/account", "responses": [
            {"code": 401, "headers": ["WWW-Authenticate"]}]}
        ]
      }
      """;

  @TempDir Path dir;

  private ContractConformance load() throws IOException {
    Path file = dir.resolve("contract.json");
    Files.writeString(file, CONTRACT);
    return ContractConformance.load(file);
  }

  @Test
  void reportsAnUndeclaredStatusAndAMissingDeclaredHeader() throws IOException {
    ContractConformance contract = load();

    List<String> undeclared = contract.check("GET", URI.create("http://127.0.0.1:1/books/42"), 500, Map.of());
    List<String> missingHeader = contract.check("POST", URI.create("http://127.0.0.1:1/books"), 201, Map.of());

    assertEquals(List.of("GET /books/42 answered 500, which GET /books/{isbn} does not declare (it declares [200, 404])"), undeclared);
    assertEquals(List.of("POST /books answered 201 without the Location header that POST /books declares"), missingHeader);
  }

  @Test
  void acceptsAConformingResponseWithHeaderNamesInAnyCase() throws IOException {
    ContractConformance contract = load();

    assertEquals(
        List.of(),
        contract.check("POST", URI.create("http://127.0.0.1:1/books"), 201, Map.of("location", List.of("/books/42"))));
    assertEquals(List.of(), contract.check("GET", URI.create("http://127.0.0.1:1/books/42"), 404, Map.of()));
  }

  @Test
  void reportsMalformedHeaders() throws IOException {
    ContractConformance contract = load();

    assertEquals(
        1,
        contract.check("GET", URI.create("http://h/books/search"), 429, Map.of("Retry-After", List.of("soon"))).size());
    assertEquals(
        0,
        contract.check("GET", URI.create("http://h/books/search"), 429, Map.of("Retry-After", List.of("120"))).size());
    assertEquals(
        0,
        contract
            .check("GET", URI.create("http://h/books/search"), 429, Map.of("Retry-After", List.of("Sun, 06 Nov 1994 08:49:37 GMT")))
            .size());
    assertEquals(
        1, contract.check("DELETE", URI.create("http://h/books/1"), 405, Map.of("Allow", List.of("GET, FETCH"))).size());
    assertEquals(
        0, contract.check("DELETE", URI.create("http://h/books/1"), 405, Map.of("Allow", List.of("GET, PUT"))).size());
    assertEquals(
        0, contract.check("DELETE", URI.create("http://h/books/1"), 405, Map.of("Allow", List.of(""))).size());
    assertEquals(
        1, contract.check("GET", URI.create("http://h/account"), 401, Map.of("WWW-Authenticate", List.of(" "))).size());
    assertEquals(
        0,
        contract
            .check("GET", URI.create("http://h/account"), 401, Map.of("WWW-Authenticate", List.of("Bearer realm=\"books\"")))
            .size());
  }

  @Test
  void aLiteralSegmentWinsOverATemplateAndUnknownRequestsAreReported() throws IOException {
    ContractConformance contract = load();

    assertEquals("GET /books/search", contract.endpointFor("GET", "/books/search").orElseThrow().toString());
    assertEquals("GET /books/{isbn}", contract.endpointFor("GET", "/books/978").orElseThrow().toString());
    assertEquals(List.of("PUT /nowhere matches no endpoint of the contract"), contract.check("PUT", URI.create("http://h/nowhere"), 200, Map.of()));
  }

  @Test
  void remembersWhatEachEndpointAnswered() throws IOException {
    ContractConformance contract = load();
    contract.check("GET", URI.create("http://h/books/1"), 200, Map.of());
    contract.check("GET", URI.create("http://h/books/2"), 404, Map.of());

    assertEquals(
        List.of(200, 404),
        List.copyOf(contract.observed().get(contract.endpointFor("GET", "/books/1").orElseThrow())));
  }

  @Test
  void refusesAnUnknownSchemaVersion() throws IOException {
    Path file = dir.resolve("v2.json");
    Files.writeString(file, "{\"schemaVersion\": 2, \"endpoints\": []}");
    assertThrows(IllegalArgumentException.class, () -> ContractConformance.load(file));
    assertTrue(load().endpoints().size() == 5);
  }
}

package dev.statuscontract.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks real HTTP responses against a {@code contract.json} that the status-contract processor
 * wrote: the status must be one the endpoint declares, and every header its contract declares for
 * that status must be on the wire and well-formed. It remembers which endpoint answered with which
 * status, so a test can also assert that it exercised the contract.
 */
public final class ContractConformance {

  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
  private static final Pattern DELTA_SECONDS = Pattern.compile("\\d+");
  private static final Pattern HTTP_DATE =
      Pattern.compile("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  private final List<Endpoint> endpoints;
  private final Map<Endpoint, Set<Integer>> observed = new LinkedHashMap<>();

  private ContractConformance(List<Endpoint> endpoints) {
    this.endpoints = List.copyOf(endpoints);
  }

  /** One endpoint of the contract, with its declared headers by status code. */
  public record Endpoint(String method, String path, Map<Integer, List<String>> headersByCode) {

    public Set<Integer> codes() {
      return headersByCode.keySet();
    }

    @Override
    public String toString() {
      return method + " " + path;
    }

    boolean matches(String requestMethod, String requestPath) {
      boolean methodMatches = method.equals(requestMethod) || method.equals("ANY");
      return methodMatches && template(path).matcher(normalize(requestPath)).matches();
    }

    private static Pattern template(String path) {
      StringBuilder regex = new StringBuilder();
      for (String part : path.split("(?=\\{)|(?<=})")) {
        regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
      }
      return Pattern.compile(regex.toString());
    }
  }

  /** Reads a {@code contract.json} file. */
  public static ContractConformance load(Path contractJson) {
    try (InputStream in = Files.newInputStream(contractJson)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code META-INF/status-contract/contract.json} from the class path. */
  public static ContractConformance fromClassPath() {
    try (InputStream in =
        ContractConformance.class.getClassLoader().getResourceAsStream("META-INF/status-contract/contract.json")) {
      if (in == null) {
        throw new IllegalStateException("no META-INF/status-contract/contract.json on the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ContractConformance read(InputStream in) throws IOException {
    JsonNode root = new ObjectMapper().readTree(in);
    if (root.path("schemaVersion").asInt() != 1) {
      throw new IllegalArgumentException("unknown contract.json schemaVersion " + root.path("schemaVersion"));
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (JsonNode endpoint : root.path("endpoints")) {
      Map<Integer, List<String>> headersByCode = new LinkedHashMap<>();
      for (JsonNode response : endpoint.path("responses")) {
        if (!response.path("code").isInt()) {
          continue; // a range or "default": documented, and no code to check a response against
        }
        List<String> headers = new ArrayList<>();
        response.path("headers").forEach(h -> headers.add(h.asText()));
        headersByCode.put(response.path("code").asInt(), List.copyOf(headers));
      }
      endpoints.add(
          new Endpoint(endpoint.path("method").asText(), endpoint.path("path").asText(), Collections.unmodifiableMap(headersByCode)));
    }
    return new ContractConformance(endpoints);
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  /** The endpoint of the contract that a request goes to. */
  public Optional<Endpoint> endpointFor(String method, String path) {
    // A literal segment beats a template variable: /books/search before /books/{isbn}.
    return endpoints.stream()
        .filter(e -> e.matches(method, path))
        .min((a, b) -> Long.compare(a.path().chars().filter(c -> c == '{').count(), b.path().chars().filter(c -> c == '{').count()));
  }

  /** The violations of one response, empty when it conforms; the response is remembered. */
  public List<String> check(String method, URI uri, int status, Map<String, List<String>> headers) {
    String request = method + " " + uri.getPath();
    Optional<Endpoint> endpoint = endpointFor(method, uri.getPath());
    if (endpoint.isEmpty()) {
      return List.of(request + " matches no endpoint of the contract");
    }
    Endpoint e = endpoint.get();
    observed.computeIfAbsent(e, k -> new LinkedHashSet<>()).add(status);
    List<String> headersDeclared = e.headersByCode().get(status);
    if (headersDeclared == null) {
      return List.of(
          String.format("%s answered %d, which %s does not declare (it declares %s)", request, status, e, e.codes()));
    }
    List<String> violations = new ArrayList<>();
    for (String header : headersDeclared) {
      List<String> values = values(headers, header);
      if (values.isEmpty()) {
        violations.add(String.format("%s answered %d without the %s header that %s declares", request, status, header, e));
      } else {
        for (String value : values) {
          wellFormed(header, value)
              .ifPresent(problem -> violations.add(String.format("%s answered %d with %s: %s, %s", request, status, header, value, problem)));
        }
      }
    }
    return violations;
  }

  /** The violations of a response from {@code java.net.http.HttpClient}. */
  public List<String> check(HttpResponse<?> response) {
    return check(response.request().method(), response.request().uri(), response.statusCode(), response.headers().map());
  }

  /** Throws an {@link AssertionError} listing every violation of the response. */
  public void assertConforms(HttpResponse<?> response) {
    List<String> violations = check(response);
    if (!violations.isEmpty()) {
      throw new AssertionError(String.join("\n", violations));
    }
  }

  /** Which statuses each endpoint answered with, in the checks so far. */
  public Map<Endpoint, Set<Integer>> observed() {
    return Collections.unmodifiableMap(observed);
  }

  private static List<String> values(Map<String, List<String>> headers, String name) {
    List<String> values = new ArrayList<>();
    headers.forEach(
        (key, list) -> {
          if (key != null && key.equalsIgnoreCase(name)) {
            values.addAll(list);
          }
        });
    return values;
  }

  /** What is wrong with a header value, by the rules of RFC 9110 for the headers that have them. */
  static Optional<String> wellFormed(String header, String value) {
    String v = value.trim();
    if (v.isEmpty()) {
      // An empty Allow says the resource allows no method at all (RFC 9110 §10.2.1).
      return header.equalsIgnoreCase("allow") ? Optional.empty() : Optional.of("an empty value");
    }
    switch (header.toLowerCase(Locale.ROOT)) {
      case "location", "content-location" -> {
        try {
          URI.create(v);
          return Optional.empty();
        } catch (IllegalArgumentException e) {
          return Optional.of("not a URI-reference (RFC 9110 §10.2.2)");
        }
      }
      case "retry-after" -> {
        return DELTA_SECONDS.matcher(v).matches() || HTTP_DATE.matcher(v).matches()
            ? Optional.empty()
            : Optional.of("neither delta-seconds nor an HTTP-date (RFC 9110 §10.2.3)");
      }
      case "allow" -> {
        for (String method : v.split("\\s*,\\s*")) {
          if (!METHODS.contains(method)) {
            return Optional.of("'" + method + "' is not an HTTP method (RFC 9110 §9, §10.2.1)");
          }
        }
        return Optional.empty();
      }
      case "www-authenticate", "proxy-authenticate" -> {
        String scheme = v.split("[\\s,]", 2)[0];
        return TOKEN.matcher(scheme).matches()
            ? Optional.empty()
            : Optional.of("no auth-scheme at its start (RFC 9110 §11.6.1)");
      }
      case "last-modified", "expires", "date" -> {
        return HTTP_DATE.matcher(v).matches() ? Optional.empty() : Optional.of("not an HTTP-date (RFC 9110 §5.6.7)");
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  static String normalize(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}

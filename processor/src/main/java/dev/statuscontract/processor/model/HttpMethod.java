package dev.statuscontract.processor.model;

import static java.util.Objects.requireNonNull;

/**
 * The HTTP method of an endpoint: one of RFC 9110's methods, an extension method that a JAX-RS
 * {@code @HttpMethod} annotation names, or {@link #ANY} for a Spring {@code @RequestMapping} that
 * lists no method.
 */
public record HttpMethod(String name) implements Comparable<HttpMethod> {
  public static final HttpMethod GET = new HttpMethod("GET");
  public static final HttpMethod HEAD = new HttpMethod("HEAD");
  public static final HttpMethod POST = new HttpMethod("POST");
  public static final HttpMethod PUT = new HttpMethod("PUT");
  public static final HttpMethod DELETE = new HttpMethod("DELETE");
  public static final HttpMethod PATCH = new HttpMethod("PATCH");
  public static final HttpMethod OPTIONS = new HttpMethod("OPTIONS");
  public static final HttpMethod TRACE = new HttpMethod("TRACE");
  /** Any method: the endpoint answers whatever method the request uses. */
  public static final HttpMethod ANY = new HttpMethod("ANY");

  public HttpMethod {
    requireNonNull(name, "name");
  }

  /** Whether this stands for every method, so that rules about one method do not apply. */
  public boolean isAny() {
    return equals(ANY);
  }

  /** Whether this is GET or HEAD, the methods that only read. */
  public boolean isGetOrHead() {
    return equals(GET) || equals(HEAD);
  }

  @Override
  public int compareTo(HttpMethod other) {
    int byRank = Integer.compare(rank(), other.rank());
    return byRank != 0 ? byRank : name.compareTo(other.name);
  }

  /** The conventional order in documentation: reads, then writes, then the rest. */
  private int rank() {
    return switch (name) {
      case "GET" -> 0;
      case "HEAD" -> 1;
      case "POST" -> 2;
      case "PUT" -> 3;
      case "PATCH" -> 4;
      case "DELETE" -> 5;
      case "OPTIONS" -> 6;
      case "TRACE" -> 7;
      case "ANY" -> 9;
      default -> 8;
    };
  }

  @Override
  public String toString() {
    return name;
  }
}

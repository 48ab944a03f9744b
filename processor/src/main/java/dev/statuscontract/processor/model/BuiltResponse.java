package dev.statuscontract.processor.model;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A response that an endpoint's method body can produce, as the body analysis reads it: it returns
 * it, or throws an exception that the framework, a mapper or an exception handler turns into it.
 *
 * @param code the status code, always known: responses whose code the code does not fix are
 *     counted in {@link Observed#unknowns()} instead
 * @param headers the header fields the code visibly sets on it, compared without regard to case
 * @param body whether it visibly has content
 * @param site where the method produces it: the {@code return}, {@code throw} or call in its own
 *     body
 * @param line the line of {@code site}, for messages that mention other places
 * @param via how it is produced, for messages: {@code directly}, {@code through helper()}, {@code
 *     through exception com.acme.Missing mapped by com.acme.MissingMapper}
 * @param exception the qualified name of the exception that is mapped to it; empty for a returned
 *     response
 * @param bodyType the type of the content where the code names it: the type of {@code x} in
 *     {@code entity(x)} or {@code body(x)}, or for a response that a Spring exception handler
 *     answers, the type its return type names ({@code Problem} for {@code ResponseEntity<Problem>});
 *     empty otherwise
 */
public record BuiltResponse(
    int code,
    Set<String> headers,
    boolean body,
    Origin site,
    long line,
    String via,
    Optional<String> exception,
    Optional<TypeRef> bodyType) {

  public BuiltResponse {
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sorted.addAll(headers);
    headers = Collections.unmodifiableSet(sorted);
  }

  /** Whether the header {@code name} is set, compared without regard to case (RFC 9110 §5.1). */
  public boolean hasHeader(String name) {
    return headers.contains(name.trim());
  }

  /** Whether the response is returned rather than thrown. */
  public boolean isReturned() {
    return exception.isEmpty();
  }

  /**
   * How it is produced, to follow the status in a message: {@code here} for a response the method
   * builds itself, else {@link #via()}.
   */
  public String how() {
    return via.equals("directly") ? "here" : via;
  }
}

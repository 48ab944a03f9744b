package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code @Returns} declaration as it applies to an endpoint.
 *
 * @param code the status code
 * @param description when the endpoint returns it; empty when not given
 * @param headers the response header names, as written
 * @param body the response body type; empty for no body
 * @param level whether it was written on the method, on the class, or reached through a composed
 *     annotation
 * @param source for {@link Level#CLASS} the simple name of the declaring class, for {@link
 *     Level#COMPOSED} the composed annotation as used (for example {@code @StandardErrors}); empty
 *     for {@link Level#METHOD}
 * @param declaration where the {@code @Returns} itself is written
 * @param site where the declaration attaches to the endpoint: the same as {@code declaration}, or
 *     the use of a composed annotation
 * @param bodyCarried whether the endpoint method's return type can carry {@code body}: false only
 *     when the method declares what it returns, as Spring's {@code ResponseEntity<User>} does, and
 *     {@code body} is something else
 */
public record DeclaredResponse(
    int code,
    String description,
    List<String> headers,
    Optional<TypeRef> body,
    Level level,
    String source,
    Origin declaration,
    Origin site,
    boolean bodyCarried) {

  public DeclaredResponse {
    headers = List.copyOf(headers);
  }

  /** Whether a header of this name is declared, compared case-insensitively as RFC 9110 §5.1 says. */
  public boolean hasHeader(String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    return headers.stream().anyMatch(h -> h.trim().toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** The code with its reason phrase, for example {@code 201 Created}. */
  public String status() {
    return StatusCodes.describe(code);
  }

  /**
   * The code with its reason phrase and, unless it is declared on the method, where it comes from:
   * {@code 401 Unauthorized (from @StandardErrors)}.
   */
  public String describe() {
    return switch (level) {
      case METHOD -> status();
      case CLASS -> status() + " (from class " + source + ")";
      case COMPOSED -> status() + " (from " + source + ")";
    };
  }

  /** The class of the code: 2 for 2xx and so on. */
  public int statusClass() {
    return code / 100;
  }
}

package dev.statuscontract.processor.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A request parameter of an endpoint, read from the framework's annotations on the Java method's
 * parameters (JAX-RS {@code @PathParam}, {@code @QueryParam}, {@code @HeaderParam}, {@code
 * @CookieParam}, and those of a {@code @BeanParam} class; Spring {@code @PathVariable}, {@code
 * @RequestParam}, {@code @RequestHeader}, {@code @CookieValue}).
 *
 * @param name the name the client sends it under
 * @param location where the client sends it
 * @param type its Java type; for Java's {@code Optional<T>}, {@code T}
 * @param required whether a request must carry it: always for a path parameter; otherwise as the
 *     framework decides (never in JAX-RS, Spring's {@code required} unless a default value or an
 *     {@code Optional} says otherwise)
 * @param defaultValue the default the framework uses when the request does not carry it, as written
 *     ({@code @DefaultValue}, {@code defaultValue =}); empty where none is given
 * @param description its Javadoc: the method's {@code @param}, or the bean field's or setter's
 * @param deprecated whether it is {@code @Deprecated}
 */
public record Parameter(
    String name,
    Location location,
    TypeRef type,
    boolean required,
    Optional<String> defaultValue,
    DocText description,
    boolean deprecated) {

  /** Where a parameter is sent. */
  public enum Location {
    PATH,
    QUERY,
    HEADER,
    COOKIE;

    /** The location as OpenAPI's {@code in} and contract.json write it: {@code path}, {@code query}, ... */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}

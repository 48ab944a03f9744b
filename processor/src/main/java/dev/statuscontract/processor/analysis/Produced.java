package dev.statuscontract.processor.analysis;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * One response that a method may produce: on some branch it returns it, or throws an exception
 * that the framework or a mapper turns into it.
 *
 * @param status the status code, or {@link Status.Unknown}
 * @param headers the header fields the code visibly sets on that response, compared without
 *     regard to case ({@code Location}, {@code WWW-Authenticate}); for a response built in a local
 *     variable, every header set on that variable anywhere in the method
 * @param body whether the response visibly has content ({@code entity(x)}, {@code body(x)}, a
 *     returned entity); {@code null} arguments and {@code Void} do not count
 * @param content the static type of that content where the code shows it ({@code x} in {@code
 *     entity(x)}); empty for a returned entity, whose type is the method's return type
 * @param site where the method that was analysed produces it: the call or {@code return} in its
 *     own body, the {@code throw} or the call that throws, or the method itself for a {@code void}
 *     method's default; print diagnostics here
 * @param origin where the status is decided, which may be inside a helper method or a mapper; the
 *     same as {@code site} for a response produced directly
 * @param calls the helper methods (or generated factory) the response came through, outermost
 *     first, each as {@code name()}; empty when the method produces it directly
 * @param exception the qualified name of the exception whose mapping produces the response; empty
 *     for a returned response
 * @param handler the mapper or handler that maps {@code exception}: {@code com.acme.MissingMapper}
 *     for a JAX-RS {@code ExceptionMapper}, {@code com.acme.Advice#onMissing} for a Spring
 *     {@code @ExceptionHandler}; empty when the framework maps the exception itself
 * @param handlerMethod the method of that mapper or handler: {@code toResponse}, or the {@code
 *     @ExceptionHandler} method
 */
public record Produced(
    Status status,
    Set<String> headers,
    boolean body,
    Optional<TypeMirror> content,
    Site site,
    Site origin,
    List<String> calls,
    Optional<String> exception,
    Optional<String> handler,
    Optional<ExecutableElement> handlerMethod) {

  public Produced {
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sorted.addAll(headers);
    headers = Collections.unmodifiableSet(sorted);
    calls = List.copyOf(calls);
  }

  /** Whether the header {@code name} is set, compared without regard to case. */
  public boolean hasHeader(String name) {
    return headers.contains(name);
  }

  /**
   * How the response is produced, for messages: {@code directly}, {@code through helper()},
   * {@code through exception com.acme.Missing mapped by com.acme.MissingMapper}.
   */
  public String via() {
    StringBuilder via = new StringBuilder();
    if (!calls.isEmpty()) {
      via.append("through ").append(String.join(" → ", calls));
    }
    exception.ifPresent(
        type -> {
          via.append(via.length() == 0 ? "" : ", ").append("through exception ").append(type);
          handler.ifPresent(name -> via.append(" mapped by ").append(name));
        });
    return via.length() == 0 ? "directly" : via.toString();
  }

  /** {@code 201 [Location] body at UserResource.java:12 directly}. */
  @Override
  public String toString() {
    return status + (headers.isEmpty() ? "" : " " + headers) + (body ? " body" : "") + " at " + site + " " + via();
  }
}

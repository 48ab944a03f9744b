package dev.statuscontract.processor.model;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A response that an endpoint answers, as the body analysis reads its code: the code returns it,
 * or throws an exception that the framework, a mapper or an exception handler turns into it; or
 * the framework answers it by itself, before the code runs (a failed bean validation, an access
 * check).
 *
 * @param status the status code, or why it cannot be known (a parameter, another object's answer)
 * @param headers the header fields the code visibly sets on it, compared without regard to case
 * @param body whether it visibly has content
 * @param bodyType the type of the content where the code names it: the type of {@code x} in {@code
 *     entity(x)} or {@code body(x)}, the entity the method's return type names, or the type a
 *     Spring exception handler's return type names; empty where only the documents would need it,
 *     or where nothing names it
 * @param place where the endpoint's method produces it: the {@code return}, {@code throw} or call
 *     in its own body, the method itself for a {@code void} method, or the annotation that makes
 *     the framework answer it
 * @param line the line of {@code place}, for messages that mention other places
 * @param via how it is produced, for messages: {@code directly}, {@code through helper()}, {@code
 *     through exception com.acme.Missing mapped by com.acme.MissingMapper}, {@code through the
 *     framework's bean validation of the @Valid parameter order}
 * @param exception the qualified name of the exception that is turned into it; empty for a
 *     returned response
 * @param cause whether the code answers it, or the framework by itself
 * @param handler the exception handler that makes it, as messages name it ({@code
 *     com.acme.Errors#notFound}, {@code com.acme.MissingMapper}); empty where none does
 * @param decided where that handler decides it: the {@code return} in the handler's body, where a
 *     header it lacks is to be set, once for every endpoint it answers for; empty where there is no
 *     handler, or its place cannot be printed at
 */
public record Answer(
    Status status,
    Set<String> headers,
    boolean body,
    Optional<TypeRef> bodyType,
    Origin place,
    long line,
    String via,
    Optional<String> exception,
    Cause cause,
    Optional<String> handler,
    Optional<Origin> decided) {

  /** Who answers a response. */
  public enum Cause {
    /** The endpoint's code: it returns it, or throws what is turned into it. */
    CODE,
    /** The framework, by itself, for what an annotation asks of it (validation, security, a timeout). */
    FRAMEWORK
  }

  /** An answer that no exception handler makes. */
  public Answer(
      Status status,
      Set<String> headers,
      boolean body,
      Optional<TypeRef> bodyType,
      Origin place,
      long line,
      String via,
      Optional<String> exception,
      Cause cause) {
    this(status, headers, body, bodyType, place, line, via, exception, cause, Optional.empty(), Optional.empty());
  }

  public Answer {
    TreeSet<String> sorted = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    sorted.addAll(headers);
    headers = Collections.unmodifiableSet(sorted);
  }

  /** Whether the status is known. */
  public boolean isKnown() {
    return status instanceof Status.Code;
  }

  /** The status code; 0 when it is not known. */
  public int code() {
    return status instanceof Status.Code known ? known.value() : 0;
  }

  /**
   * In {@link #headers()}: the code may set any header field, on a response the analysis does not
   * follow (the servlet container's own, once the code sets a status on it).
   */
  public static final String ANY_HEADER = "*";

  /** Whether the header {@code name} is set, compared without regard to case (RFC 9110 §5.1). */
  public boolean hasHeader(String name) {
    return headers.contains(ANY_HEADER) || headers.contains(name.trim());
  }

  /** Whether the response is returned rather than thrown. */
  public boolean isReturned() {
    return exception.isEmpty() && cause == Cause.CODE;
  }

  /** Whether the framework answers it by itself. */
  public boolean byFramework() {
    return cause == Cause.FRAMEWORK;
  }

  /**
   * How it is produced, to follow the status in a message: {@code here} for a response the method
   * builds itself, else {@link #via()}.
   */
  public String how() {
    return via.equals("directly") ? "here" : via;
  }

  /** This answer with {@code type} as the type of its content. */
  public Answer withBodyType(Optional<TypeRef> type) {
    return new Answer(status, headers, body, type, place, line, via, exception, cause, handler, decided);
  }
}

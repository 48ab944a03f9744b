package dev.statuscontract.processor.frameworks;

import java.util.Set;

/**
 * What a library method or constructor does to the response the code builds, as data: the
 * vocabulary in which each framework family writes down its library knowledge (as NullAway's
 * {@code LibraryModels} do for nullness). The body analysis interprets it; no framework is on the
 * processor's class path.
 *
 * <p>Argument indexes are 0-based. An effect that reads an argument whose value the code does not
 * show makes the result unknown, never a guess.
 */
public sealed interface Effect {

  /**
   * A static factory that makes a response: {@code Response.created(uri)} is {@code
   * Respond(fixed(201), {"Location"}, -1)}.
   *
   * @param status the status: a fixed code, or {@code -(i + 1)} for the status the argument {@code
   *     i} holds (an {@code int}, a status constant or object)
   * @param headers the header fields it sets
   * @param bodyArgument the argument that is the content, or -1 for none; a {@code null} literal
   *     there sets none
   */
  record Respond(int status, Set<String> headers, int bodyArgument) implements Effect {
    public Respond {
      headers = Set.copyOf(headers);
    }

    /** Whether the status comes from an argument. */
    public boolean statusFromArgument() {
      return status < 0;
    }

    /** The argument the status comes from. */
    public int statusArgument() {
      return -status - 1;
    }
  }

  /** A fixed status, for {@link Respond}. */
  static int fixed(int code) {
    return code;
  }

  /** The status the argument {@code index} holds, for {@link Respond}. */
  static int fromArgument(int index) {
    return -(index + 1);
  }

  /**
   * "Found or not": {@code ResponseEntity.of(optional)} and {@code ofNullable(x)} answer 200 with
   * the content, or 404 without.
   *
   * @param optional whether the argument is an {@code Optional} whose value is the content
   */
  record FoundOrNot(int argument, boolean optional) implements Effect {}

  /** A response with the status of the argument, which also is the content ({@code ResponseEntity.of(problemDetail)}). */
  record StatusAndBodyFrom(int argument) implements Effect {}

  /** A copy of the response the argument holds ({@code Response.fromResponse(r)}). */
  record CopyOf(int argument) implements Effect {}

  /** A status value taken from the argument ({@code HttpStatus.valueOf(404)}, {@code Status.fromStatusCode(x)}). */
  record StatusOf(int argument) implements Effect {}

  /** The status of the receiver ({@code response.getStatus()}, {@code status.value()}). */
  record ReceiverStatus() implements Effect {}

  /** A builder step that sets the status from the argument ({@code builder.status(404)}). */
  record SetStatus(int argument) implements Effect {}

  /** A builder step that sets the content from the argument ({@code .entity(x)}, {@code .body(x)}). */
  record SetBody(int argument) implements Effect {}

  /**
   * A builder step that sets a header ({@code .location(uri)}); a lone {@code null} argument
   * removes it instead.
   */
  record AddHeader(String header) implements Effect {}

  /**
   * A builder step that sets the header the argument {@code nameArgument} names, a string
   * constant; a {@code null} literal as {@code valueArgument} removes it instead.
   */
  record AddNamedHeader(int nameArgument, int valueArgument) implements Effect {}

  /** A builder step that adds every header of the argument, a headers object ({@code .headers(httpHeaders)}). */
  record AddHeadersOf(int argument) implements Effect {}

  /**
   * A setter of a headers object named after its header: {@code setLocation} sets {@code
   * Location}; {@code renamed} gives the header of the setters whose name says something else
   * ({@code setBearerAuth} sets {@code Authorization}).
   */
  record HeaderSetter(java.util.Map<String, String> renamed) implements Effect {}

  /** A step that gives back its receiver unchanged ({@code build()}, {@code clone()}). */
  record Pass() implements Effect {}

  /** The response of the exception a mapper was given ({@code exception.getResponse()}). */
  record ExceptionResponse() implements Effect {}

  /**
   * A call that sets the status of the container's own response, the one the framework writes out
   * ({@code servletResponse.setStatus(404)}, {@code sendRedirect(url)}, WebFlux's {@code
   * exchange.getResponse().setStatusCode(...)}): the status the endpoint answers where it leaves
   * the status to the framework ({@code void}, an entity, an empty {@code Mono}).
   *
   * @param status as {@link Respond#status()}: a fixed code, or the argument that holds it
   * @param headers the header fields the call sets along ({@code Location} for a redirect)
   */
  record SetContainerStatus(int status, Set<String> headers) implements Effect {
    public SetContainerStatus {
      headers = Set.copyOf(headers);
    }

    public boolean statusFromArgument() {
      return status < 0;
    }

    public int statusArgument() {
      return -status - 1;
    }
  }

  /** A value the library makes that the analysis cannot know: the result is unknown. */
  record Unknown() implements Effect {}

  /** A step of an asynchronous pipeline ({@code Mono.just(x)}, {@code .map(f)}). */
  record Async(AsyncOp op) implements Effect {}
}

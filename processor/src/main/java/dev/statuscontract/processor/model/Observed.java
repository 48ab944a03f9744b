package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What one endpoint's method body was seen to produce.
 *
 * @param endpoint the endpoint
 * @param responses every response with a known code, in the order of the body
 * @param unknowns for each response whose code the body does not fix, what the code does instead
 *     ({@code a parameter}, {@code the result of Service.status()}); where this is not empty, the
 *     responses are not all the endpoint can answer
 * @param stub whether the body is a default method of an interface that the serving class does not
 *     override: the stub that generators such as openapi-generator write (answering 501 Not
 *     Implemented until a class overrides it), in code the service does not own
 */
public record Observed(Endpoint endpoint, List<BuiltResponse> responses, List<String> unknowns, boolean stub) {

  public Observed {
    responses = List.copyOf(responses);
    unknowns = List.copyOf(unknowns);
  }

  /** Whether every response the body produces has a known code. */
  public boolean complete() {
    return unknowns.isEmpty();
  }

  /** Whether a response with {@code code} can be produced. */
  public boolean produces(int code) {
    return responses.stream().anyMatch(r -> r.code() == code);
  }

  /** The declaration in effect for {@code code}, if the contract has one. */
  public Optional<DeclaredResponse> declared(int code) {
    return endpoint.responses().stream().filter(r -> r.code() == code).findFirst();
  }
}

package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Optional;

/**
 * What one endpoint answers, as the body analysis reads its code.
 *
 * @param endpoint the endpoint
 * @param all every answer, in the order of the body, those whose status is unknown included, then
 *     those of the framework
 * @param stub whether the body is a default method of an interface that the serving class does not
 *     override: the stub that generators such as openapi-generator write (answering 501 Not
 *     Implemented until a class overrides it), in code the service does not own
 */
public record Answers(Endpoint endpoint, List<Answer> all, boolean stub) {

  public Answers {
    all = List.copyOf(all);
  }

  /** The answers of the code whose status is known, in the order of the body. */
  public List<Answer> responses() {
    return all.stream().filter(answer -> answer.isKnown() && !answer.byFramework()).toList();
  }

  /** The statuses the framework answers by itself. */
  public List<Answer> byFramework() {
    return all.stream().filter(Answer::byFramework).toList();
  }

  /**
   * For each answer of the code whose status is not known, what the code does instead ({@code the
   * parameter code}, {@code the result of Service.status()}); where this is not empty, the known
   * answers are not all the endpoint can answer.
   */
  public List<String> unknowns() {
    return all.stream()
        .filter(answer -> !answer.isKnown())
        .map(answer -> ((Status.Unknown) answer.status()).because())
        .toList();
  }

  /** Whether every answer of the code has a known status. */
  public boolean complete() {
    return all.stream().allMatch(Answer::isKnown);
  }

  /** Whether the code answers a response with {@code code}. */
  public boolean produces(int code) {
    return responses().stream().anyMatch(r -> r.code() == code);
  }

  /** The declaration in effect for {@code code}, if the contract has one. */
  public Optional<DeclaredResponse> declared(int code) {
    return endpoint.responses().stream().filter(r -> r.code() == code).findFirst();
  }
}

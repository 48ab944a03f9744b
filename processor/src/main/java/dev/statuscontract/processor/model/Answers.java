package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one endpoint answers, as the body analysis reads its code. Every rule about code asks it
 * for its known answers, so they are sorted out once, when it is made.
 */
public final class Answers {

  private final Endpoint endpoint;
  private final List<Answer> all;
  private final boolean stub;
  private final List<Answer> responses;
  private final List<Answer> byFramework;
  private final boolean complete;

  /**
   * @param endpoint the endpoint
   * @param all every answer, in the order of the body, those whose status is unknown included, then
   *     those of the framework
   * @param stub whether the body is a default method of an interface that the serving class does
   *     not override: the stub that generators such as openapi-generator write (answering 501 Not
   *     Implemented until a class overrides it), in code the service does not own
   */
  public Answers(Endpoint endpoint, List<Answer> all, boolean stub) {
    this.endpoint = endpoint;
    this.all = List.copyOf(all);
    this.stub = stub;
    this.responses = this.all.stream().filter(answer -> answer.isKnown() && !answer.byFramework()).toList();
    this.byFramework = this.all.stream().filter(Answer::byFramework).toList();
    this.complete = this.all.stream().allMatch(Answer::isKnown);
  }

  /** The endpoint. */
  public Endpoint endpoint() {
    return endpoint;
  }

  /** Every answer, in the order of the body, those whose status is unknown included, then those of the framework. */
  public List<Answer> all() {
    return all;
  }

  /** Whether the body is a default method of an interface that the serving class does not override. */
  public boolean stub() {
    return stub;
  }

  /** The answers of the code whose status is known, in the order of the body. */
  public List<Answer> responses() {
    return responses;
  }

  /** The statuses the framework answers by itself. */
  public List<Answer> byFramework() {
    return byFramework;
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
    return complete;
  }

  /** Whether the code answers a response with {@code code}. */
  public boolean produces(int code) {
    return responses.stream().anyMatch(r -> r.code() == code);
  }

  /** The declaration in effect for {@code code}, if the contract has one. */
  public Optional<DeclaredResponse> declared(int code) {
    return endpoint.responses().stream().filter(r -> r.code() == code).findFirst();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answers that
        && endpoint.equals(that.endpoint)
        && all.equals(that.all)
        && stub == that.stub;
  }

  @Override
  public int hashCode() {
    return Objects.hash(endpoint, all, stub);
  }

  @Override
  public String toString() {
    return "Answers[endpoint=" + endpoint + ", all=" + all + ", stub=" + stub + "]";
  }
}

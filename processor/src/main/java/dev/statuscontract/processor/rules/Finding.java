package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Origin;
import java.util.List;
import java.util.Optional;

/**
 * One violation of a rule.
 *
 * @param ruleId the id of the rule, such as {@code created-without-location}
 * @param at where to report it: the declaration or the code to change
 * @param code the status code it concerns, or 0 when it concerns the endpoint as a whole; the
 *     same rule reports one finding per place and code, however many endpoints share the place
 * @param message what is wrong, what to write instead, and the RFC section or convention; without
 *     the {@code [rule-id]} prefix. It begins with the first of {@code endpoints} where there is one,
 *     so that one finding can stand for every endpoint that shares its place
 * @param context the endpoint method (or the method of a stray declaration) the finding is about,
 *     where {@code @SuppressWarnings} is looked up as well as at {@code at}, and where the finding is
 *     printed when {@code at} has no source in this compilation
 * @param endpoints the endpoints it is about, as {@code GET /users/{id}}; empty for a finding that
 *     is about no endpoint
 * @param replaces the declaration that the fix of this finding changes, where it is one that no
 *     path answers: the findings of other rules about that declaration's status say nothing more
 */
public record Finding(
    String ruleId, Origin at, int code, String message, Origin context, List<String> endpoints, Optional<Origin> replaces) {

  public Finding {
    endpoints = List.copyOf(endpoints);
  }

  /** A finding about one endpoint, or about none ({@code endpoint} empty). */
  public Finding(String ruleId, Origin at, int code, String message, Origin context, String endpoint) {
    this(ruleId, at, code, message, context, endpoint.isEmpty() ? List.of() : List.of(endpoint), Optional.empty());
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Origin;

/**
 * One violation of a rule.
 *
 * @param ruleId the id of the rule, such as {@code created-without-location}
 * @param at where to report it: the declaration to change
 * @param code the status code it concerns, or 0 when it concerns the endpoint as a whole; the
 *     same rule reports one finding per place and code, however many endpoints share the place
 * @param message what is wrong, what to write instead, and the RFC section or convention; without
 *     the {@code [rule-id]} prefix
 * @param context the endpoint method (or the method of a stray declaration) the finding is about,
 *     where {@code @SuppressWarnings} is looked up as well as at {@code at}
 */
public record Finding(String ruleId, Origin at, int code, String message, Origin context) {}

package dev.statuscontract.processor.rules;

import static java.util.stream.Collectors.joining;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two tools told different stories about one endpoint: a {@code @Returns} and an {@code
 * @ApiResponse} of one code with other headers or another body, or a {@code @ResponseStatus} whose
 * code the endpoint's OpenAPI annotations never mention. The more specific declaration wins, and the
 * documentation shows it; the other is probably out of date.
 */
public final class ConflictingDeclarations extends Rule {

  public static final String ID = "conflicting-declarations";

  public ConflictingDeclarations() {
    super(ID, Severity.WARNING, "Declarations of one endpoint from different annotations agree.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    List<DeclaredResponse> responses = endpoint.responses();
    for (DeclaredResponse winner : responses) {
      for (DeclaredResponse other : endpoint.declarations()) {
        if (other == winner
            || other.code() != winner.code()
            || !other.isNumeric()
            || other.declaredWith() == winner.declaredWith()
            || other.level() != winner.level()) {
          continue;
        }
        String disagreement = disagreement(winner, other);
        if (!disagreement.isEmpty()) {
          out.add(
              onDeclaration(
                  endpoint,
                  other,
                  String.format(
                      "%s: %s declares %s %s, but %s %s; make them agree (%s wins, being the more"
                          + " specific) (status-contract convention)",
                      endpoint.describe(),
                      other.declaredWith().annotation(),
                      other.status(),
                      disagreement,
                      winner.declaredWith().annotation(),
                      says(winner),
                      winner.declaredWith().annotation())));
        }
      }
    }
    checkResponseStatus(endpoint, responses, out);
  }

  /** A {@code @ResponseStatus} success code that the endpoint's other declarations of success leave out. */
  private void checkResponseStatus(Endpoint endpoint, List<DeclaredResponse> responses, List<Finding> out) {
    for (DeclaredResponse status : endpoint.declarations()) {
      if (status.declaredWith() != Source.SPRING || status.statusClass() != 2) {
        continue;
      }
      List<DeclaredResponse> otherSuccesses =
          responses.stream()
              .filter(r -> r.declaredWith() != Source.SPRING && r.isNumeric() && r.statusClass() == 2)
              .toList();
      boolean mentioned =
          endpoint.declarations().stream()
              .anyMatch(r -> r.declaredWith() != Source.SPRING && r.isNumeric() && r.code() == status.code());
      if (!otherSuccesses.isEmpty() && !mentioned) {
        out.add(
            onDeclaration(
                endpoint,
                status,
                String.format(
                    "%s: @ResponseStatus makes it answer %s, but its %s declare %s and not %d; declare"
                        + " %d there too, or change @ResponseStatus (status-contract convention)",
                    endpoint.describe(),
                    status.status(),
                    otherSuccesses.get(0).declaredWith().annotation() + "s",
                    otherSuccesses.stream().map(DeclaredResponse::status).collect(joining(" and ")),
                    status.code(),
                    status.code())));
      }
    }
  }

  /** How {@code other} differs from {@code winner}: {@code without the Location header}, ... */
  private static String disagreement(DeclaredResponse winner, DeclaredResponse other) {
    Set<String> winnerHeaders = lower(winner.headers());
    Set<String> otherHeaders = lower(other.headers());
    if (!winnerHeaders.equals(otherHeaders)) {
      return otherHeaders.isEmpty() ? "without headers" : "with headers " + otherHeaders;
    }
    String winnerBody = winner.body().map(TypeRef::toSimpleString).orElse("");
    String otherBody = other.body().map(TypeRef::toSimpleString).orElse("");
    // A body only one side names is no disagreement: a header-only declaration says nothing of it.
    if (!winnerBody.isEmpty() && !otherBody.isEmpty() && !Objects.equals(winnerBody, otherBody)) {
      return "with body " + otherBody;
    }
    return "";
  }

  private static String says(DeclaredResponse winner) {
    Set<String> headers = lower(winner.headers());
    String body = winner.body().map(b -> " and body " + b.toSimpleString()).orElse("");
    return "declares it with " + (headers.isEmpty() ? "no headers" : "headers " + headers) + body;
  }

  private static Set<String> lower(List<String> headers) {
    Set<String> set = new TreeSet<>();
    headers.forEach(h -> set.add(h.trim().toLowerCase(Locale.ROOT)));
    return set;
  }
}

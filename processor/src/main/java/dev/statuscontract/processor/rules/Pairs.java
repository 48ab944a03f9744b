package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One defect, one finding: where an endpoint declares a success or redirect status that nothing
 * answers and answers another of the same class that nothing declares (a DELETE declaring 200 and
 * answering 204), the two are one mistake, reported once by {@link UndeclaredStatus} on the code,
 * naming the declaration; {@link DeclaredNotReturned} says nothing of that declaration.
 */
final class Pairs {

  private Pairs() {}

  /**
   * The declarations of {@code observed}'s endpoint that no path answers, where the analysis knows
   * every status the body answers: 2xx and 3xx but 304, declared on the method, or declared by
   * Swagger 2's {@code @ApiOperation} by itself.
   */
  static List<DeclaredResponse> unanswered(Answers observed) {
    Endpoint endpoint = observed.endpoint();
    if (!observed.complete()
        || observed.stub()
        || observed.responses().isEmpty()
        || endpoint.writtenWith().isEmpty()) {
      return List.of();
    }
    List<DeclaredResponse> out = new ArrayList<>();
    for (DeclaredResponse response : endpoint.responses()) {
      if ((response.level() == Level.METHOD || response.isImplicit())
          && mayGoUnanswered(response)
          && !observed.produces(response.code())) {
        out.add(response);
      }
    }
    return out;
  }

  /**
   * Whether a declaration's status is one that {@link #unanswered} may name: 2xx and 3xx but 304.
   * 304 is left out: conditional requests are answered by filters and the framework (ETags,
   * Last-Modified) as often as by the endpoint's code.
   */
  static boolean mayGoUnanswered(DeclaredResponse response) {
    return response.code() >= 200 && response.code() < 400 && response.code() != 304;
  }

  /**
   * For each status the endpoint answers and does not declare, the unanswered declaration of the
   * same class it stands in for, where there is one: the lowest unanswered code of the class goes
   * with the lowest undeclared one.
   */
  static Map<Integer, DeclaredResponse> of(Answers observed) {
    List<DeclaredResponse> unanswered = unanswered(observed);
    if (unanswered.isEmpty()) {
      return Map.of();
    }
    Set<Integer> undeclared = new LinkedHashSet<>();
    for (Answer response : observed.responses()) {
      if (!UndeclaredStatus.covers(observed.endpoint(), response.code())) {
        undeclared.add(response.code());
      }
    }
    Map<Integer, DeclaredResponse> pairs = new LinkedHashMap<>();
    Set<DeclaredResponse> taken = new LinkedHashSet<>();
    for (int code : undeclared.stream().sorted().toList()) {
      Optional<DeclaredResponse> match =
          unanswered.stream().filter(d -> d.code() / 100 == code / 100 && !taken.contains(d)).findFirst();
      match.ifPresent(
          declaration -> {
            pairs.put(code, declaration);
            taken.add(declaration);
          });
    }
    return pairs;
  }
}

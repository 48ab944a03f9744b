package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 204, 205 and 304 responses, and every response to HEAD, end at their headers: no body. */
public final class BodyNotAllowed extends Rule {

  public static final String ID = "body-not-allowed";

  private static final Map<Integer, String> CITATIONS =
      Map.of(204, "RFC 9110 §15.3.5", 205, "RFC 9110 §15.3.6", 304, "RFC 9110 §15.4.5");

  public BodyNotAllowed() {
    super(ID, Severity.ERROR, "204, 205 and 304 responses, and responses to HEAD, carry no body.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      if (response.body().isEmpty()) {
        continue;
      }
      String citation = CITATIONS.get(response.code());
      if (citation != null) {
        out.add(
            onDeclaration(
                endpoint,
                response,
                String.format(
                    "%s declares %s with %s, but a %d response never has content; %s%s (%s)",
                    endpoint.describe(),
                    response.describe(),
                    simple(response),
                    response.code(),
                    response.declaredWith().bodyRemoval(),
                    endpoint.httpMethod().equals(HttpMethod.HEAD)
                        ? ""
                        : ", or declare 200 OK if the client needs it",
                    citation)));
      } else if (endpoint.httpMethod().equals(HttpMethod.HEAD)) {
        out.add(
            onSite(
                endpoint,
                response,
                String.format(
                    "%s declares %s with %s, but a response to HEAD never has content;"
                        + " %s, and declare it on the GET endpoint instead (RFC 9110 §9.3.2)",
                    endpoint.describe(),
                    response.describe(),
                    simple(response),
                    response.declaredWith().bodyRemoval())));
      }
    }
  }

  /** A 204, 205 or 304 that the code builds with content; HEAD is left alone, the framework drops its content. */
  @Override
  protected void checkBuilt(Answers observed, List<Finding> out) {
    Endpoint endpoint = observed.endpoint();
    if (endpoint.httpMethod().equals(HttpMethod.HEAD)) {
      return;
    }
    for (Answer response : observed.responses()) {
      String citation = CITATIONS.get(response.code());
      if (citation == null || !response.body()) {
        continue;
      }
      Optional<DeclaredResponse> declared = observed.declared(response.code());
      if (declared.isPresent() && declared.get().body().isPresent()) {
        continue; // the declaration's own finding says it, once
      }
      out.add(
          onCode(
              observed,
              response,
              String.format(
                  "%s answers %s %s with content, but a %d response never has content; build it without"
                      + " the entity, or answer 200 OK if the client needs it (%s)",
                  endpoint.describe(),
                  StatusCodes.describe(response.code()),
                  response.how(),
                  response.code(),
                  citation)));
    }
  }

  private static String simple(DeclaredResponse response) {
    String name = response.body().orElseThrow().name();
    return response.declaredWith().bodyAttribute(name.substring(name.lastIndexOf('.') + 1));
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.List;
import java.util.Set;

/** A successful DELETE answers 204 No Content, 200 OK with a status body, or 202 Accepted. */
public final class DeleteSuccessStatus extends Rule {

  public static final String ID = "delete-success-status";

  private static final Set<Integer> ALLOWED = Set.of(200, 202, 204);

  public DeleteSuccessStatus() {
    super(ID, Severity.ERROR, "A DELETE succeeds with 204, 200 or 202 and no other 2xx.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (!endpoint.httpMethod().equals(HttpMethod.DELETE)) {
      return;
    }
    for (DeclaredResponse response : endpoint.responses()) {
      if (response.statusClass() == 2 && !ALLOWED.contains(response.code())) {
        boolean hasAllowedSuccess = ALLOWED.stream().anyMatch(endpoint::declares);
        out.add(
            onSite(
                endpoint,
                response,
                String.format(
                    "%s declares %s, but a successful DELETE answers 204 No Content, 200 OK with a"
                        + " body describing the outcome, or 202 Accepted when deletion is queued; %s"
                        + " (RFC 9110 §9.3.5)",
                    endpoint.describe(),
                    response.describe(),
                    hasAllowedSuccess
                        ? "remove @Returns(" + response.code() + ")"
                        : "declare @Returns(204) instead")));
      }
    }
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Endpoint;
import java.util.List;

/** A contract that lists only errors says the endpoint never succeeds. */
public final class MissingSuccessStatus extends Rule {

  public static final String ID = "missing-success-status";

  public MissingSuccessStatus() {
    super(ID, Severity.ERROR, "An endpoint with a contract declares at least one 2xx or 3xx status.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (!endpoint.responses().isEmpty()
        && endpoint.responses().stream().noneMatch(r -> r.statusClass() == 2 || r.statusClass() == 3)) {
      out.add(
          onMethod(
              endpoint,
              String.format(
                  "%s declares no 2xx or 3xx status, so its contract says it never succeeds; add"
                      + " the success it returns, such as %s (RFC 9110 §15.3)",
                  endpoint.describe(), Suggestions.typicalSuccess(endpoint))));
    }
  }
}

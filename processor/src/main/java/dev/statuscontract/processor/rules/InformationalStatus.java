package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import java.util.List;

/** A 1xx response is interim: it can never be the final response an endpoint returns. */
public final class InformationalStatus extends Rule {

  public static final String ID = "informational-status";

  public InformationalStatus() {
    super(ID, Severity.ERROR, "An endpoint's final response cannot be a 1xx informational status.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      if (response.statusClass() == 1) {
        out.add(
            onDeclaration(
                endpoint,
                response,
                String.format(
                    "%s declares %s, but a 1xx status is interim and never the final response;"
                        + " remove it and declare the final status the endpoint sends (RFC 9110 §15.2)",
                    endpoint.describe(), response.describe())));
      }
    }
  }
}

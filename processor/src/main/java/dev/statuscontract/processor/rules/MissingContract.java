package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Endpoint;
import java.util.List;

/** Off by default: turn it on to require a contract on every endpoint. */
public final class MissingContract extends Rule {

  public static final String ID = "missing-contract";

  public MissingContract() {
    super(ID, Severity.OFF, "Every endpoint declares its status codes.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (endpoint.declarations().isEmpty() && !endpoint.isCreating()) {
      out.add(
          onMethod(
              endpoint,
              String.format(
                  "%s (%s) declares no status codes; add @Returns for each status it returns,"
                      + " such as %s (status-contract convention)",
                  endpoint.describe(), endpoint.javaMethod(), Suggestions.typicalSuccess(endpoint))));
    }
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;

/**
 * A code that the IANA registry does not assign, or marks unused or deprecated, means nothing
 * to clients beyond its class. 1xx codes are left to {@link InformationalStatus}.
 */
public final class UnregisteredStatusCode extends Rule {

  public static final String ID = "unregistered-status-code";

  public UnregisteredStatusCode() {
    super(
        ID,
        Severity.WARNING,
        "A status code should be one the IANA registry assigns and does not deprecate.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      int code = response.code();
      if (code < 200 || code > 599 || StatusCodes.isRegisteredAndCurrent(code)) {
        continue;
      }
      String problem =
          StatusCodes.isDeprecated(code)
              ? "which the IANA registry marks deprecated"
              : StatusCodes.unusedBecause(code)
                  .map(why -> "which the IANA registry reserves as unused (" + why + ")")
                  .orElse("which the IANA registry does not assign");
      out.add(
          onDeclaration(
              endpoint,
              response,
              String.format(
                  "%s declares %s, %s; clients will treat it as %d, so declare %s instead, or a"
                      + " registered code that says more (RFC 9110 §15, §16.2.1)",
                  endpoint.describe(),
                  response.describe(),
                  problem,
                  response.statusClass() * 100,
                  StatusCodes.describe(response.statusClass() * 100))));
    }
  }
}

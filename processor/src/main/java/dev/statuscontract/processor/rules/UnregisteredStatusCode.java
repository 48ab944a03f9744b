package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;
import java.util.Map;

/**
 * A code that the IANA registry does not assign, or marks unused or deprecated, means nothing
 * to clients beyond its class. 1xx codes are left to {@link InformationalStatus}.
 */
public final class UnregisteredStatusCode extends Rule {

  public static final String ID = "unregistered-status-code";

  private static final Map<Integer, String> CITATIONS =
      Map.of(
          305, "RFC 9110 §15.4.6",
          306, "RFC 9110 §15.4.7",
          418, "RFC 9110 §15.5.19",
          510, "RFC 2774 is Historic; IANA HTTP Status Code Registry");

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
      String message;
      if (StatusCodes.reasonPhrase(code).isPresent() || StatusCodes.unusedBecause(code).isPresent()) {
        message =
            String.format(
                "%s declares %s, which the IANA registry %s; declare a current code that says what"
                    + " happened instead (%s)",
                endpoint.describe(),
                response.describe(),
                StatusCodes.isDeprecated(code)
                    ? "marks deprecated"
                    : "reserves as unused (" + StatusCodes.unusedBecause(code).orElseThrow() + ")",
                CITATIONS.getOrDefault(code, "RFC 9110 §16.2.1"));
      } else {
        int generic = response.statusClass() * 100;
        message =
            String.format(
                "%s declares %s, which the IANA registry does not assign; a client that does not"
                    + " know it treats it as %s, so declare that or a registered code that says"
                    + " more (RFC 9110 §15, §16.2.1)",
                endpoint.describe(), response.describe(), StatusCodes.describe(generic));
      }
      out.add(onDeclaration(endpoint, response, message));
    }
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.frameworks.Request;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;

/** A status code is a three-digit integer from 100 to 599. */
public final class InvalidStatusCode extends Rule {

  public static final String ID = "invalid-status-code";

  public InvalidStatusCode() {
    super(ID, Severity.ERROR, "A status code must be a three-digit number from 100 to 599.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      if (!StatusCodes.isValid(response.code())) {
        out.add(
            onDeclaration(
                endpoint,
                response,
                String.format(
                    "%s declares %s, which is not an HTTP status code; use a code from 100 to 599,"
                        + " such as %s (RFC 9110 §15)",
                    endpoint.describe(), response.describe(), suggestion(response.code()))));
      }
    }
  }

  /** A likely intended code: 4040 was probably 404, 20 probably 200. */
  private static String suggestion(int code) {
    String digits = String.valueOf(Math.abs((long) code));
    String candidate =
        digits.length() >= 3 ? digits.substring(0, 3) : (digits + "00").substring(0, 3);
    int likely = Integer.parseInt(candidate);
    // A final response is never 1xx, so a 1xx guess would only trade one error for another.
    return likely >= 200 && StatusCodes.reasonPhrase(likely).isPresent()
        ? StatusCodes.describe(likely)
        : "200 OK or 400 Bad Request";
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;

/**
 * Clients may turn a POST into a GET when they follow 301 or 302, so those redirects lose the
 * request of anything but GET and HEAD.
 */
public final class RedirectChangesMethod extends Rule {

  public static final String ID = "redirect-changes-method";

  public RedirectChangesMethod() {
    super(ID, Severity.WARNING, "301 and 302 may turn a POST into a GET; other methods redirect with 307, 308 or 303.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (endpoint.httpMethod().isAny() || endpoint.httpMethod().isGetOrHead()) {
      return;
    }
    for (DeclaredResponse response : endpoint.responses()) {
      if (response.code() == 301 || response.code() == 302) {
        int keeping = response.code() == 301 ? 308 : 307;
        out.add(
            onSite(
                endpoint,
                response,
                String.format(
                    "%s declares %s, which %s; declare %s to keep the method, or 303 See Other to"
                        + " send the client to a page it should GET (RFC 9110 §15.4.%d)",
                    endpoint.describe(),
                    response.describe(),
                    endpoint.httpMethod().equals(HttpMethod.POST)
                        ? "clients may follow with a GET instead of POST"
                        : "leaves it to the client whether to repeat the "
                            + endpoint.httpMethod()
                            + " (the specification lets a POST become a GET, and some clients do so"
                            + " for every method)",
                    StatusCodes.describe(keeping),
                    response.code() == 301 ? 2 : 3)));
      }
    }
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.List;
import java.util.Set;

/**
 * Some codes only make sense for some methods: a safe GET, HEAD or OPTIONS creates nothing, so
 * never answers 201; 206 and 304 answer range and conditional requests, which only GET and HEAD
 * make.
 */
public final class StatusNotForMethod extends Rule {

  public static final String ID = "status-not-for-method";

  private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  public StatusNotForMethod() {
    super(ID, Severity.ERROR, "201 is not for GET, HEAD or OPTIONS; 206 and 304 are only for GET and HEAD.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    HttpMethod method = endpoint.httpMethod();
    if (method.isAny()) {
      return;
    }
    for (DeclaredResponse response : endpoint.responses()) {
      String message = null;
      if (response.code() == 201 && SAFE.contains(method)) {
        message =
            String.format(
                "%s declares %s, but %s is safe and creates nothing; move the creation to a POST"
                    + " (or PUT) endpoint, or declare 200 OK (RFC 9110 §9.2.1, §15.3.2)",
                endpoint.describe(), response.describe(), method);
      } else if (response.code() == 206 && !method.isGetOrHead()) {
        message =
            String.format(
                "%s declares %s, but range requests are defined only for GET (and HEAD, which"
                    + " mirrors it); remove it, or declare it on the GET endpoint (RFC 9110 §14.2,"
                    + " §15.3.7)",
                endpoint.describe(), response.describe());
      } else if (response.code() == 304 && !method.isGetOrHead()) {
        message =
            String.format(
                "%s declares %s, but 304 answers only a conditional GET or HEAD; for a failed"
                    + " precondition on %s declare 412 Precondition Failed instead (RFC 9110 §15.4.5,"
                    + " §13.1)",
                endpoint.describe(), response.describe(), method);
      }
      if (message != null) {
        out.add(onSite(endpoint, response, message));
      }
    }
  }
}

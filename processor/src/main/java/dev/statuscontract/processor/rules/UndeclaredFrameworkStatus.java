package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An endpoint whose contract is written can answer, through the framework, a status the contract
 * does not declare: a 400 when bean validation rejects a {@code @Valid} body, a 401 or 403 when a
 * security annotation refuses the caller, a 503 when a {@code DeferredResult} times out. The code
 * never writes these statuses, which is why {@link UndeclaredStatus} leaves them alone.
 *
 * <p>Off by default: these statuses belong to the framework's configuration (validation, security
 * filters, timeouts), which the author of a contract rarely owns, and documentation tools such as
 * SmallRye OpenAPI add some of them silently. Turned on, it is reported once per endpoint and
 * status, on the annotation that makes the framework answer it.
 */
public final class UndeclaredFrameworkStatus extends Rule {

  public static final String ID = "undeclared-framework-status";

  public UndeclaredFrameworkStatus() {
    super(ID, Severity.OFF, "An endpoint can answer, through the framework, a status its written contract does not declare.");
  }

  @Override
  protected void checkBuilt(Answers observed, List<Finding> out) {
    Endpoint endpoint = observed.endpoint();
    Optional<Source> written = endpoint.writtenWith();
    if (written.isEmpty() || observed.stub()) {
      return;
    }
    Set<Integer> reported = new HashSet<>();
    for (Answer response : observed.byFramework()) {
      if (!response.isKnown() || UndeclaredStatus.covers(endpoint, response.code()) || !reported.add(response.code())) {
        continue;
      }
      out.add(
          onCode(
              observed,
              response,
              String.format(
                  "%s answers %s %s, which its contract does not declare; add %s to %s (RFC 9110 §15)",
                  endpoint.describe(),
                  StatusCodes.describe(response.code()),
                  response.via(),
                  written.get().declarationOf(response.code()),
                  endpoint.methodName())));
    }
  }
}

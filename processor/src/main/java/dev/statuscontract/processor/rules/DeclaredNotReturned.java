package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Answers;
import java.util.Collection;
import java.util.List;

/**
 * A success or redirect status declared on the endpoint method that no path of its body answers.
 * Judged only where the analysis knows every status the body answers: a status in a variable, or
 * one that comes from another object, could be the declared one. Codes declared on the class or
 * through a composed annotation are left alone: filters and the framework answer those.
 */
public final class DeclaredNotReturned extends Rule {

  public static final String ID = "declared-not-returned";

  public DeclaredNotReturned() {
    super(ID, Severity.WARNING, "A declared 2xx or 3xx status that no path of the endpoint's body answers.");
  }

  /**
   * Whether a finding about the code may point at {@code response}, a declaration on an endpoint
   * method: this rule's, or {@code undeclared-status} naming it as the declaration to change. Their
   * places are found while javac has not yet lowered the class.
   */
  public static boolean mayPointAt(DeclaredResponse response) {
    return Pairs.mayGoUnanswered(response);
  }

  @Override
  protected void checkBuilt(Answers observed, List<Finding> out) {
    Endpoint endpoint = observed.endpoint();
    Collection<DeclaredResponse> paired = Pairs.of(observed).values();
    for (DeclaredResponse response : Pairs.unanswered(observed)) {
      // Swagger 2's @ApiOperation declares its success by itself: nobody wrote it to be removed.
      if (response.isImplicit() || paired.contains(response)) {
        continue;
      }
      out.add(
          onDeclaration(
              endpoint,
              response,
              String.format(
                  "%s declares %s, but no path of %s answers it; remove the declaration, or answer %d"
                      + " where the code means it (RFC 9110 §15)",
                  endpoint.describe(),
                  response.describe(),
                  endpoint.methodName(),
                  response.code())));
    }
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Source;
import java.util.List;

/**
 * A method that returns {@code ResponseEntity<User>} can only send a {@code User}: a declared body
 * of another type is a contract the code cannot keep, and a typed helper that cannot be written.
 */
public final class BodyTypeMismatch extends Rule {

  public static final String ID = "body-type-mismatch";

  public BodyTypeMismatch() {
    super(ID, Severity.ERROR, "A declared body must fit the body type the method's return type fixes.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    for (DeclaredResponse response : endpoint.responses()) {
      // Only @Returns bodies must fit: another tool's declaration of an error body usually describes
      // what an exception handler sends, not what the method returns.
      if (!response.bodyCarried() && response.declaredWith() == Source.RETURNS) {
        out.add(
            onSite(
                endpoint,
                response,
                String.format(
                    "%s declares %s with body = %s.class, but %s returns %s, which cannot carry it;"
                        + " declare the body the method returns, or widen the return type, such as to"
                        + " ResponseEntity<?> (status-contract convention)",
                    endpoint.describe(),
                    response.describe(),
                    response.body().orElseThrow().toSimpleString().replaceAll("<.*", ""),
                    endpoint.javaMethod(),
                    endpoint.returnType().toSimpleString())));
      }
    }
  }
}

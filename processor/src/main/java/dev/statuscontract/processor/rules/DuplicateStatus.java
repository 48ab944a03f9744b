package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One code declared twice in the same place: which description, headers and body hold? A
 * method-level declaration that replaces a class-level one is not a duplicate.
 */
public final class DuplicateStatus extends Rule {

  public static final String ID = "duplicate-status";

  public DuplicateStatus() {
    super(ID, Severity.ERROR, "A status code is declared at most once on a method, a class or a composed annotation.");
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    Set<List<Object>> seen = new HashSet<>();
    for (DeclaredResponse response : endpoint.declarations()) {
      List<Object> place =
          List.of(
              response.declaredWith(),
              response.level(),
              response.declaration().element(),
              response.site().element(),
              response.key());
      if (!seen.add(place)) {
        out.add(
            onDeclaration(
                endpoint,
                response,
                String.format(
                    "%s declares %s twice in the same place; merge the two into one @Returns(%d)"
                        + " with every header and one description (status-contract convention)",
                    endpoint.describe(), response.describe(), response.code())));
      }
    }
  }
}

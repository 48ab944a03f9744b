package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.StrayDeclaration;
import java.util.List;

/**
 * {@code @Returns} or {@code @Creates} on a method that no framework maps to a request checks
 * nothing: usually the mapping annotation is missing, or the method is a helper.
 */
public final class ContractOnNonEndpoint extends Rule {

  public static final String ID = "contract-on-non-endpoint";

  public ContractOnNonEndpoint() {
    super(ID, Severity.WARNING, "@Returns and @Creates belong on endpoint methods.");
  }

  @Override
  public List<Finding> check(Contract contract) {
    return contract.strays().stream()
        .map(
            stray ->
                new Finding(
                    id(),
                    stray.origin(),
                    0,
                    message(stray),
                    stray.origin(),
                    ""))
        .toList();
  }

  private static String message(StrayDeclaration stray) {
    return String.format(
        "%s has %s but is not an endpoint, so nothing checks or documents it; %s"
            + " (status-contract convention)",
        stray.javaMethod(), stray.annotation(), stray.advice());
  }
}

package dev.statuscontract.processor.rules;

import java.util.List;

/** Every rule the processor runs, in the order the documentation lists them. */
public final class Rules {

  private Rules() {}

  public static List<Rule> all() {
    return List.of(
        new InvalidStatusCode(),
        new UnregisteredStatusCode(),
        new InformationalStatus(),
        new DuplicateStatus(),
        new MissingSuccessStatus(),
        new DeleteSuccessStatus(),
        new CreateWithout201(),
        new PostCreateReturns200(),
        new CreatedWithoutLocation(),
        new RedirectWithoutLocation(),
        new RedirectChangesMethod(),
        new UnauthorizedWithoutChallenge(),
        new MethodNotAllowedWithoutAllow(),
        new PartialContentWithoutContentRange(),
        new ProxyAuthWithoutChallenge(),
        new UpgradeRequiredWithoutUpgrade(),
        new RetryAfterRecommended(),
        new AcceptedWithoutLocation(),
        new BodyNotAllowed(),
        new StatusNotForMethod(),
        new InvalidHeaderName(),
        new BodyTypeMismatch(),
        new ConflictingDeclarations(),
        new UndeclaredStatus(),
        new UndeclaredFrameworkStatus(),
        new DeclaredNotReturned(),
        new ContractOnNonEndpoint(),
        new MissingContract());
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One HTTP-semantics check, in the manner of Error Prone's {@code BugChecker}: an id, a default
 * severity, and a pure function from the model to findings. A rule never prints and never reads
 * options; severities and suppression are applied by whoever reports its findings.
 *
 * <p>Most rules look at one endpoint at a time and override {@link #check(Endpoint, List)}; a rule
 * about the class as a whole overrides {@link #check(Contract)}.
 */
public abstract class Rule {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final String id;
  private final Severity defaultSeverity;
  private final String summary;

  protected Rule(String id, Severity defaultSeverity, String summary) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("rule ids are kebab-case: " + id);
    }
    this.id = id;
    this.defaultSeverity = defaultSeverity;
    this.summary = summary;
  }

  /** The kebab-case id that messages, options and {@code @SuppressWarnings} use. */
  public final String id() {
    return id;
  }

  /** The severity when no option sets one. */
  public final Severity defaultSeverity() {
    return defaultSeverity;
  }

  /** One line on what the rule checks. */
  public final String summary() {
    return summary;
  }

  /** The findings in one class's contract. */
  public List<Finding> check(Contract contract) {
    List<Finding> findings = new ArrayList<>();
    for (Endpoint endpoint : contract.endpoints()) {
      check(endpoint, findings);
    }
    return findings;
  }

  /** Adds the findings on one endpoint to {@code out}. */
  protected void check(Endpoint endpoint, List<Finding> out) {}

  /**
   * The findings on what the bodies of one class's endpoints were seen to produce. A rule that
   * judges built responses as well as declared ones overrides {@link #checkBuilt(Answers,
   * List)}; where a declaration already breaks the rule for a code, it leaves the built responses
   * of that code to the declaration's finding.
   */
  public List<Finding> checkBuilt(List<Answers> observed) {
    List<Finding> findings = new ArrayList<>();
    for (Answers endpoint : observed) {
      checkBuilt(endpoint, findings);
    }
    return findings;
  }

  /** Adds the findings on what one endpoint's body produces to {@code out}. */
  protected void checkBuilt(Answers observed, List<Finding> out) {}

  /** A finding on the code that produces {@code response}. */
  protected final Finding onCode(Answers observed, Answer response, String message) {
    return new Finding(id, response.place(), response.code(), message, observed.endpoint().origin(), observed.endpoint().describe());
  }

  /** A finding on the {@code @Returns} that declares {@code response}. */
  protected final Finding onDeclaration(Endpoint endpoint, DeclaredResponse response, String message) {
    return new Finding(id, response.declaration(), response.code(), message, endpoint.origin(), endpoint.describe());
  }

  /**
   * A finding on where {@code response} attaches to {@code endpoint}: for a composed annotation,
   * its use rather than its declaration, since the mistake is to use it on this endpoint.
   */
  protected final Finding onSite(Endpoint endpoint, DeclaredResponse response, String message) {
    return new Finding(id, response.site(), response.code(), message, endpoint.origin(), endpoint.describe());
  }

  /** A finding on the endpoint method as a whole. */
  protected final Finding onMethod(Endpoint endpoint, String message) {
    return new Finding(id, endpoint.origin(), 0, message, endpoint.origin(), endpoint.describe());
  }

  @Override
  public String toString() {
    return id;
  }
}

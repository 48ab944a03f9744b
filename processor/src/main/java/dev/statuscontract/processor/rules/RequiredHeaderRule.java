package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.FieldNames;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape shared by the rules that a status code must carry a header: 201 and Location, 401 and
 * WWW-Authenticate, and so on. Each such rule is its own class with its own id; this holds what
 * they have in common.
 */
abstract class RequiredHeaderRule extends Rule implements RequiresHeader {

  private final String header;
  private final Map<Integer, String> citationsByCode;
  private final String why;

  /**
   * @param header the header the codes need, spelled as RFC 9110 spells it
   * @param citationsByCode each code the rule applies to, with the RFC section to cite
   * @param why the reason, worded to follow "without a ... header", or empty
   */
  RequiredHeaderRule(
      String id,
      Severity defaultSeverity,
      String summary,
      String header,
      Map<Integer, String> citationsByCode,
      String why) {
    super(id, defaultSeverity, summary);
    this.header = header;
    this.citationsByCode = Map.copyOf(citationsByCode);
    this.why = why;
  }

  @Override
  public final String header() {
    return header;
  }

  /** Whether the rule applies to this endpoint at all; every endpoint unless a rule says otherwise. */
  boolean appliesTo(Endpoint endpoint) {
    return true;
  }

  @Override
  protected void check(Endpoint endpoint, List<Finding> out) {
    if (!appliesTo(endpoint)) {
      return;
    }
    for (DeclaredResponse response : endpoint.responses()) {
      String citation = citationsByCode.get(response.code());
      if (citation != null && !response.hasHeader(header)) {
        out.add(
            onDeclaration(
                endpoint,
                response,
                String.format(
                    "%s declares %s without %s %s header%s; %s (%s)",
                    endpoint.describe(),
                    response.describe(),
                    "AEIOU".indexOf(header.charAt(0)) >= 0 ? "an" : "a",
                    header,
                    why.isEmpty() ? "" : ", " + why,
                    advice(response, header),
                    citation)));
      }
    }
  }

  /**
   * A response the code builds is judged like a declared one, by the rules whose requirement is a
   * MUST (their default severity is an error): a SHOULD, such as Retry-After on a 503, is left to
   * the declarations, where the team decides it once.
   */
  @Override
  protected void checkBuilt(Answers observed, List<Finding> out) {
    Endpoint endpoint = observed.endpoint();
    if (defaultSeverity() != Severity.ERROR || !appliesTo(endpoint)) {
      return;
    }
    for (Answer response : observed.responses()) {
      String citation = citationsByCode.get(response.code());
      if (citation == null || response.hasHeader(header)) {
        continue;
      }
      Optional<DeclaredResponse> declared = observed.declared(response.code());
      if (declared.isPresent() && !declared.get().hasHeader(header)) {
        continue; // the declaration's own finding says it, once
      }
      if (response.decided().isPresent() && response.handler().isPresent()) {
        // The handler builds the response for every endpoint it answers for: one finding, there.
        out.add(
            new Finding(
                id(),
                response.decided().get(),
                response.code(),
                String.format(
                    "%s answers %s through exception %s mapped by %s without %s %s header%s; set it on the"
                        + " response that %s builds (%s)",
                    endpoint.describe(),
                    StatusCodes.describe(response.code()),
                    response.exception().orElse("?"),
                    response.handler().get(),
                    "AEIOU".indexOf(header.charAt(0)) >= 0 ? "an" : "a",
                    header,
                    why.isEmpty() ? "" : ", " + why,
                    response.handler().get(),
                    citation),
                endpoint.origin(),
                endpoint.describe()));
        continue;
      }
      out.add(
          onCode(
              observed,
              response,
              String.format(
                  "%s answers %s %s without %s %s header%s; %s (%s)",
                  endpoint.describe(),
                  StatusCodes.describe(response.code()),
                  response.how(),
                  "AEIOU".indexOf(header.charAt(0)) >= 0 ? "an" : "a",
                  header,
                  why.isEmpty() ? "" : ", " + why,
                  setting(endpoint, response),
                  citation)));
    }
  }

  /** How to set the header on the response the code builds. */
  private String setting(Endpoint endpoint, Answer response) {
    if (!response.isReturned()) {
      return "set it on the response that " + response.exception().orElseThrow() + " becomes";
    }
    return endpoint.framework().headerAdvice(header, response.code());
  }

  /** How to declare {@code header} as well, in the syntax of the declaration's source. */
  private static String advice(DeclaredResponse response, String header) {
    // A name that is no field name ("Retry After") is invalid-header-name's to replace: the advice
    // leaves it out rather than tell the user to keep it.
    List<String> headers = response.headers().stream().filter(FieldNames::isValid).toList();
    return response.declaredWith().headerAdvice(response.code(), headers, header);
  }
}

package dev.statuscontract.processor.rules;

import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An endpoint whose contract is written can answer a status the contract does not declare: its
 * body returns it, or throws an exception that the framework, a mapper or an exception handler
 * turns into it. The client that trusts the contract does not expect it.
 *
 * <p>Reported once per endpoint and status, on the first {@code return}, {@code throw} or call that
 * produces it, naming the other lines that do too: one declaration fixes them all.
 */
public final class UndeclaredStatus extends Rule {

  public static final String ID = "undeclared-status";

  public UndeclaredStatus() {
    super(ID, Severity.ERROR, "An endpoint's body answers a status its written contract does not declare.");
  }

  @Override
  protected void checkBuilt(Answers observed, List<Finding> out) {
    Endpoint endpoint = observed.endpoint();
    Optional<Source> written = endpoint.writtenWith();
    if (written.isEmpty() || observed.stub()) {
      return;
    }
    Map<Integer, List<Answer>> undeclared = new LinkedHashMap<>();
    for (Answer response : observed.responses()) {
      if (!covers(endpoint, response.code())) {
        undeclared.computeIfAbsent(response.code(), code -> new ArrayList<>()).add(response);
      }
    }
    Map<Integer, DeclaredResponse> pairs = Pairs.of(observed);
    for (Map.Entry<Integer, List<Answer>> entry : undeclared.entrySet()) {
      Answer first = entry.getValue().get(0);
      List<Long> others =
          entry.getValue().stream().skip(1).map(Answer::line).filter(line -> line != first.line()).distinct().toList();
      String elsewhere =
          others.isEmpty() ? "" : " (nor at line" + (others.size() == 1 ? " " : "s ") + join(others) + ")";
      DeclaredResponse paired = pairs.get(entry.getKey());
      if (paired != null) {
        // One mistake: the contract declares a status of the same class that nothing answers.
        out.add(
            new Finding(
                id(),
                first.place(),
                first.code(),
                String.format(
                    "%s answers %s %s%s, but its contract declares %s, which no path answers; %s"
                        + " (RFC 9110 §15)",
                    endpoint.describe(),
                    StatusCodes.describe(entry.getKey()),
                    first.how(),
                    elsewhere,
                    paired.describe(),
                    replacement(paired, entry.getKey(), written.get())),
                endpoint.origin(),
                List.of(endpoint.describe()),
                Optional.of(paired.declaration())));
        continue;
      }
      out.add(
          onCode(
              observed,
              first,
              String.format(
                  "%s answers %s %s, which its contract does not declare%s; add %s to %s, or do not"
                      + " answer it (RFC 9110 §15)",
                  endpoint.describe(),
                  StatusCodes.describe(entry.getKey()),
                  first.how(),
                  elsewhere,
                  written.get().declarationOf(entry.getKey()),
                  endpoint.methodName())));
    }
  }

  /** What to write instead of {@code declared} so that it says {@code code}, in the declaration's own syntax. */
  private static String replacement(DeclaredResponse declared, int code, Source written) {
    if (declared.isImplicit()) {
      return "declare it with @ApiOperation(code = " + code + ", ...) instead of the default " + declared.code();
    }
    return "declare " + written.declarationOf(code) + " instead of " + declared.declaredWith().declarationOf(declared.code())
        + ", or answer " + declared.code() + " where the code means it";
  }

  /** Whether the contract declares {@code code}: by itself, by its range ({@code 4XX}), or by {@code default}. */
  static boolean covers(Endpoint endpoint, int code) {
    if (endpoint.declares(code)) {
      return true;
    }
    for (DeclaredResponse pattern : endpoint.patterns()) {
      if (pattern.written().equalsIgnoreCase("default") || pattern.classHundreds() == code / 100 * 100) {
        return true;
      }
    }
    return false;
  }

  private static String join(List<Long> lines) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      text.append(i == 0 ? "" : i == lines.size() - 1 ? " and " : ", ").append(lines.get(i));
    }
    return text.toString();
  }
}

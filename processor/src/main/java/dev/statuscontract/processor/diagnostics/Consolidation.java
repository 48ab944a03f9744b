package dev.statuscontract.processor.diagnostics;

import dev.statuscontract.processor.rules.DeclaredNotReturned;
import dev.statuscontract.processor.rules.Finding;
import dev.statuscontract.processor.rules.PostCreateReturns200;
import dev.statuscontract.processor.rules.StatusNotForMethod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * One defect, one finding: what the rules found, made into what is printed. A finding about a
 * declaration that a finding on the code already replaces ("declares 200, which no path answers;
 * declare 204 instead") says nothing more; {@code declared-not-returned} says nothing of a
 * declaration another rule already reports; a status that does not belong to the method at all
 * ({@code status-not-for-method}) is the one finding about its declaration, since advice on its
 * headers or body would be advice on a line the user is told to remove; and one finding at one place stands for every
 * endpoint it is about ({@code Each of GET /a and GET /b declares ...}).
 */
public final class Consolidation {

  /** The rules whose findings about a declaration a finding that replaces it makes redundant. */
  private static final Set<String> REPLACEABLE = Set.of(DeclaredNotReturned.ID, PostCreateReturns200.ID);

  private Consolidation() {}

  /**
   * A finding as a rule made it, with where it is printed.
   *
   * @param replaces where the declaration it replaces is printed, where it replaces one
   */
  public record Held(Finding finding, Reporter.Location location, Diagnostic.Kind kind, Optional<Reporter.Location> replaces) {}

  /**
   * A finding as it is printed.
   *
   * @param message the message, without the {@code [rule-id]} prefix
   * @param endpoints every endpoint it stands for
   * @param finding the first finding it stands for
   */
  public record Merged(Finding finding, Reporter.Location location, Diagnostic.Kind kind, String message, List<String> endpoints) {

    public String ruleId() {
      return finding.ruleId();
    }
  }

  /**
   * The findings to print, in the order of {@code held}'s first finding of each, its findings taken
   * class by class, by the name of the endpoint's class: one finding that stands for endpoints of
   * several classes names them in the same order, whatever the order the classes were compiled in.
   */
  public static List<Merged> of(List<Held> unordered) {
    List<Held> held = new ArrayList<>(unordered);
    held.sort(Comparator.comparing((Held one) -> className(one.finding().context().element())));
    Set<List<Object>> replaced = new HashSet<>();
    Set<List<Object>> reportedDeclarations = new HashSet<>();
    Set<List<Object>> misplaced = new HashSet<>();
    for (Held one : held) {
      if (one.finding().ruleId().equals(StatusNotForMethod.ID)) {
        misplaced.add(List.of(one.location().key(), one.finding().code()));
      }
      one.replaces().ifPresent(location -> replaced.add(List.of(location.key())));
      if (!one.finding().ruleId().equals(DeclaredNotReturned.ID)) {
        reportedDeclarations.add(List.of(one.location().key(), one.finding().code()));
      }
    }
    Map<List<Object>, Merged> merged = new LinkedHashMap<>();
    for (Held one : held) {
      Finding finding = one.finding();
      List<Object> place = List.of(one.location().key(), finding.code());
      if (REPLACEABLE.contains(finding.ruleId()) && replaced.contains(List.of(one.location().key()))) {
        continue;
      }
      if (finding.ruleId().equals(DeclaredNotReturned.ID) && reportedDeclarations.contains(place)) {
        continue;
      }
      if (!finding.ruleId().equals(StatusNotForMethod.ID) && misplaced.contains(place)) {
        continue;
      }
      String subject = finding.endpoints().isEmpty() ? "" : finding.endpoints().get(0);
      String tail = !subject.isEmpty() && finding.message().startsWith(subject)
          ? finding.message().substring(subject.length())
          : "\u0000" + finding.message();
      List<Object> key = List.of(finding.ruleId(), one.location().key(), finding.code(), tail);
      Merged known = merged.get(key);
      if (known == null) {
        merged.put(key, new Merged(finding, one.location(), one.kind(), finding.message(), finding.endpoints()));
      } else {
        List<String> endpoints = new ArrayList<>(known.endpoints());
        finding.endpoints().stream().filter(e -> !endpoints.contains(e)).forEach(endpoints::add);
        String message = endpoints.size() > 1 ? "Each of " + join(endpoints) + tail : known.message();
        merged.put(key, new Merged(known.finding(), known.location(), known.kind(), message, endpoints));
      }
    }
    return List.copyOf(merged.values());
  }

  /** The qualified name of the class of {@code element}, or {@code ""}. */
  private static String className(Element element) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        return type.getQualifiedName().toString();
      }
    }
    return "";
  }

  /** {@code A}, {@code A and B}, {@code A, B and C}. */
  static String join(List<String> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      text.append(i == 0 ? "" : i == items.size() - 1 ? " and " : ", ").append(items.get(i));
    }
    return text.toString();
  }
}

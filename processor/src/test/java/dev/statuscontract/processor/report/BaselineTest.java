package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A baseline accepts the findings it lists, wherever they have moved, as many times as it lists
 * them; it says which of its entries no finding matches; and every way its file can be broken is
 * one clear problem, or a problem for each broken entry.
 */
class BaselineTest {

  private static final String NAME = "status-contract-baseline.json";

  @Test
  void acceptsEveryFindingOfTheBuildThatWroteIt() {
    Baseline baseline = parse(FindingsJson.render(SampleFindings.ALL));

    Baseline.Match match = baseline.match(SampleFindings.shuffled(7));

    assertEquals(SampleFindings.ALL.size(), match.suppressedCount());
    assertEquals(List.of(), match.fresh());
    assertEquals(List.of(), match.stale());
  }

  @Test
  void acceptsFindingsThatMovedOrWereReworded() {
    Baseline baseline = parse(FindingsJson.render(SampleFindings.ALL));
    List<ReportedFinding> later = new ArrayList<>();
    for (ReportedFinding finding : SampleFindings.ALL) {
      later.add(finding.location() == null ? finding : SampleFindings.moved(finding, 12));
    }

    Baseline.Match match = baseline.match(later);

    assertEquals(later.size(), match.suppressedCount());
    assertEquals(List.of(), match.fresh());
    assertEquals(List.of(), match.stale());
  }

  @Test
  void reportsNewFindingsAndStaleEntries() {
    Baseline baseline = parse(FindingsJson.render(List.of(SampleFindings.CREATED, SampleFindings.RETRY_AFTER)));

    Baseline.Match match = baseline.match(List.of(SampleFindings.DELETE, SampleFindings.CREATED));

    assertEquals(List.of(SampleFindings.CREATED), match.suppressed());
    assertEquals(List.of(SampleFindings.DELETE), match.fresh());
    assertEquals(1, match.stale().size());
    Baseline.Entry stale = match.stale().get(0);
    assertEquals(
        "retry-after-recommended on GET /search, status 429, in com/acme/search/SearchResource.java (findings[0], fingerprint "
            + Fingerprint.of(SampleFindings.RETRY_AFTER) + ")",
        stale.describe());
  }

  @Test
  void countsIdenticalFindings() {
    ReportedFinding first = SampleFindings.UNDECLARED_FIRST;
    ReportedFinding second = SampleFindings.UNDECLARED_SECOND;
    assertEquals(Fingerprint.of(first), Fingerprint.of(second));

    Baseline one = parse(FindingsJson.render(List.of(first)));
    Baseline.Match twoAgainstOne = one.match(List.of(second, first));
    assertEquals(1, twoAgainstOne.suppressedCount());
    assertEquals(1, twoAgainstOne.fresh().size());
    assertEquals(List.of(), twoAgainstOne.stale());

    Baseline two = parse(FindingsJson.render(List.of(first, second)));
    Baseline.Match oneAgainstTwo = two.match(List.of(second));
    assertEquals(1, oneAgainstTwo.suppressedCount());
    assertEquals(List.of(), oneAgainstTwo.fresh());
    assertEquals(List.of(1), oneAgainstTwo.stale().stream().map(Baseline.Entry::index).toList());
  }

  @Test
  void anEntryNeedsOnlyItsFingerprint() {
    String fingerprint = Fingerprint.of(SampleFindings.CREATED);
    Baseline baseline = parse("{\"version\": 1, \"findings\": [{\"fingerprint\": \"" + fingerprint + "\", \"note\": \"accepted, see #12\"}]}");

    assertEquals(1, baseline.match(List.of(SampleFindings.CREATED)).suppressedCount());
    assertEquals("a finding (findings[0], fingerprint " + fingerprint + ")", baseline.entries().get(0).describe());
  }

  @Test
  void malformedJsonIsOneProblemWithItsLine() {
    assertProblem("{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": }\n  ]\n}\n",
        NAME + " is not valid JSON: line 4, column 21: Unexpected character ('}' (code 125)): expected a value");
    assertProblem("{\"version\": 1, \"findings\": []", NAME + " is not valid JSON: line 1, column 30: Unexpected end-of-input: expected close marker for Object (start marker at line 1, column 1)");
    assertProblem("", NAME + " is not valid JSON: the document is empty");
    assertProblem("{\"version\": 1, \"findings\": []} []", NAME + " is not valid JSON: line 1, column 32: more content follows the end of the document");
    assertProblem("{\"version\": 1, \"version\": 1, \"findings\": []}", NAME + " is not valid JSON: line 1, column 25: Duplicate field 'version'");
  }

  @Test
  void aRootThatIsNoObjectIsOneProblem() {
    assertProblem("[]", NAME + " is no baseline: its content is an array, not an object with \"version\" and \"findings\"");
    assertProblem("\"findings\"", NAME + " is no baseline: its content is a string, not an object with \"version\" and \"findings\"");
  }

  @Test
  void aMissingOrUnknownVersionIsOneProblem() {
    assertProblem("{\"findings\": []}", NAME + " has no \"version\"; a baseline is a findings.json, which starts with \"version\": 1");
    assertProblem("{\n\"version\": 2, \"findings\": []}",
        NAME + " has \"version\" 2 (line 2); this status-contract reads version 1 only: write the baseline again with this version");
    assertProblem("{\"version\": \"1\", \"findings\": []}",
        NAME + " has \"version\" a string (line 1); this status-contract reads version 1 only: write the baseline again with this version");
    assertProblem("{\"version\": 1.0, \"findings\": []}",
        NAME + " has \"version\" 1.0 (line 1); this status-contract reads version 1 only: write the baseline again with this version");
  }

  @Test
  void findingsThatAreNoArrayAreOneProblem() {
    assertProblem("{\"version\": 1}", NAME + " has no \"findings\"; a baseline lists its findings in an array, as findings.json does");
    assertProblem("{\"version\": 1,\n \"findings\": {}}",
        NAME + " has an object as \"findings\" (line 2); a baseline lists its findings in an array, as findings.json does");
  }

  @Test
  void eachBrokenEntryIsAProblemAndTheOthersAreKept() {
    String good = Fingerprint.of(SampleFindings.CREATED);
    String text =
        String.join(
            "\n",
            "{",
            "  \"version\": 1,",
            "  \"findings\": [",
            "    \"" + good + "\",",
            "    {\"rule\": \"created-without-location\"},",
            "    {\"fingerprint\": 17},",
            "    {\"fingerprint\": \"not-a-fingerprint\"},",
            "    {\"fingerprint\": \"" + good + "\", \"endpoints\": \"POST /users\"},",
            "    {\"fingerprint\": \"" + good + "\", \"status\": \"201\"},",
            "    {\"fingerprint\": \"" + good + "\", \"endpoints\": [\"POST /users\", 3]},",
            "    {\"fingerprint\": \"" + good + "\", \"line\": -4},",
            "    {\"fingerprint\": \"" + good + "\", \"message\": null},",
            "    {\"fingerprint\": \"" + good + "\", \"rule\": \"created-without-location\", \"status\": 201}",
            "  ]",
            "}");

    Result<Baseline> result = Baseline.parse(text, NAME);

    String left = "; it is left out of the baseline";
    assertEquals(
        List.of(
            NAME + ": findings[0] (line 4) is a string, not an object" + left,
            NAME + ": findings[1] (line 5) has no \"fingerprint\"" + left,
            NAME + ": findings[2] (line 6) has a number as \"fingerprint\", where findings.json writes a string" + left,
            NAME + ": findings[3] (line 7) has the fingerprint \"not-a-fingerprint\", which is not 16 lower-case hexadecimal digits as findings.json writes them" + left,
            NAME + ": findings[4] (line 8) has a string as \"endpoints\", where findings.json writes an array of strings" + left,
            NAME + ": findings[5] (line 9) has a string as \"status\", where findings.json writes a whole number" + left,
            NAME + ": findings[6] (line 10) has an array as \"endpoints\", where findings.json writes an array of strings" + left,
            NAME + ": findings[7] (line 11) has a number as \"line\", where findings.json writes a whole number" + left,
            NAME + ": findings[8] (line 12) has null as \"message\", where findings.json writes a string" + left),
        result.problems());
    Baseline baseline = result.value().orElseThrow();
    assertEquals(List.of(9), baseline.entries().stream().map(Baseline.Entry::index).toList());
    assertEquals(1, baseline.match(List.of(SampleFindings.CREATED)).suppressedCount());
  }

  private static Baseline parse(String text) {
    Result<Baseline> result = Baseline.parse(text, NAME);
    assertTrue(result.clean(), result.problems().toString());
    return result.value().orElseThrow();
  }

  private static void assertProblem(String text, String problem) {
    Result<Baseline> result = Baseline.parse(text, NAME);
    assertTrue(result.value().isEmpty(), text);
    assertEquals(List.of(problem), result.problems());
  }
}

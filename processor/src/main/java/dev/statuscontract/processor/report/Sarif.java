package dev.statuscontract.processor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuscontract.processor.docs.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@code findings.sarif}: the findings as a SARIF 2.1.0 log, for code-scanning services and IDEs.
 *
 * <p>One run, whose tool is {@code status-contract} at the given version, with every rule: its
 * summary as {@code shortDescription}, the "Why" of its page as {@code fullDescription}, its
 * default severity as {@code defaultConfiguration} ({@code off} is {@code enabled: false} and level
 * {@code none}), and its page, bundled in the jar, as {@code help} ({@code text} and {@code
 * markdown}). A {@code helpUri} is written only where the build names where it keeps the rule
 * pages ({@code helpBaseUri}): status-contract has no web site of its own to point at.
 *
 * <p>Each result has its rule id and index, its level, its message, its place as a path relative
 * to its source root ({@code uriBaseId}), the {@link Fingerprint} under {@code
 * partialFingerprints."statusContract/v1"}, and its endpoints (and status, class and Java method)
 * under {@code properties}. Each distinct source root is one base id, {@code SRCROOT}, {@code
 * SRCROOT2}, ... in the order of their URIs, defined in the run's {@code originalUriBaseIds}, so
 * that sources under {@code src/main/java} and generated ones under {@code target/generated-sources}
 * both resolve. A finding whose source root is not known has a relative {@code uri} and no base id;
 * a finding on no file has no location. Results are in the order of {@link FindingsJson}, and the
 * same findings give byte-identical text.
 */
public final class Sarif {

  /** The name of the file, where it is written. */
  public static final String FILE_NAME = "findings.sarif";

  /** The OASIS schema of SARIF 2.1.0 (with its errata), which the log names in {@code $schema}. */
  public static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** The tool's name in the log. */
  public static final String TOOL = "status-contract";

  private static final String BASE_ID = "SRCROOT";

  private Sarif() {}

  /** The log of {@code findings}, without {@code helpUri}s. */
  public static String render(List<ReportedFinding> findings, List<RuleInfo> rules, String toolVersion) {
    return render(findings, rules, toolVersion, Optional.empty());
  }

  /**
   * The log of {@code findings}.
   *
   * @param rules every rule, in any order (the log lists them by id)
   * @param toolVersion the processor's version, such as {@code 0.1.0}
   * @param helpBaseUri where the build's users can read the rule pages: an absolute URI of the
   *     folder that holds {@code <rule-id>.md} (a {@code /} is added where it does not end in one),
   *     such as {@code https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules/}; each
   *     rule's {@code helpUri} is then {@code <helpBaseUri><rule-id>.md}, and the relative links of
   *     its help are resolved against it. {@link #helpBaseUriProblem} checks it.
   * @throws IllegalArgumentException where {@code helpBaseUri} is not an absolute URI
   */
  public static String render(
      List<ReportedFinding> findings, List<RuleInfo> rules, String toolVersion, Optional<String> helpBaseUri) {
    Optional<URI> base = helpBaseUri.map(Sarif::baseUri);
    List<RuleInfo> sortedRules = rules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (int i = 0; i < sortedRules.size(); i++) {
      ruleIndex.putIfAbsent(sortedRules.get(i).id(), i);
    }
    List<Fingerprinted> sorted = Fingerprinted.sorted(findings);
    Map<String, String> baseIds = baseIds(findings);
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("$schema", SCHEMA);
          json.writeStringField("version", "2.1.0");
          json.writeArrayFieldStart("runs");
          json.writeStartObject();
          writeTool(json, sortedRules, toolVersion, base);
          if (!baseIds.isEmpty()) {
            json.writeObjectFieldStart("originalUriBaseIds");
            for (Map.Entry<String, String> root : baseIds.entrySet()) {
              json.writeObjectFieldStart(root.getValue());
              json.writeStringField("uri", root.getKey());
              json.writeEndObject();
            }
            json.writeEndObject();
          }
          json.writeStringField("columnKind", "utf16CodeUnits");
          json.writeArrayFieldStart("results");
          for (Fingerprinted finding : sorted) {
            writeResult(json, finding, ruleIndex, baseIds);
          }
          json.writeEndArray();
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  /**
   * Why {@code value} cannot be the base of the rule pages' URIs, for an option's message; empty
   * where it can.
   */
  public static Optional<String> helpBaseUriProblem(String value) {
    try {
      URI uri = new URI(value.trim());
      if (!uri.isAbsolute() || uri.isOpaque()) {
        return Optional.of("'" + value + "' is no absolute URI; write where the rule pages are, as in https://git.example.com/acme/status-contract/blob/v0.1.0/docs/rules/");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("'" + value + "' is no URI: " + e.getMessage());
    }
  }

  private static URI baseUri(String value) {
    helpBaseUriProblem(value).ifPresent(problem -> {
      throw new IllegalArgumentException(problem);
    });
    String text = value.trim();
    return URI.create(text.endsWith("/") ? text : text + "/");
  }

  /** Each distinct known source root, in order, with its base id. */
  private static Map<String, String> baseIds(List<ReportedFinding> findings) {
    TreeSet<String> roots = new TreeSet<>();
    for (ReportedFinding finding : findings) {
      if (finding.location() != null && !finding.location().sourceRoot().isEmpty()) {
        roots.add(finding.location().sourceRoot());
      }
    }
    Map<String, String> ids = new LinkedHashMap<>();
    for (String root : roots) {
      ids.put(root, ids.isEmpty() ? BASE_ID : BASE_ID + (ids.size() + 1));
    }
    return ids;
  }

  private static void writeTool(JsonGenerator json, List<RuleInfo> rules, String toolVersion, Optional<URI> base)
      throws IOException {
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", TOOL);
    json.writeStringField("version", toolVersion);
    json.writeArrayFieldStart("rules");
    for (RuleInfo rule : rules) {
      writeRule(json, rule, base);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeRule(JsonGenerator json, RuleInfo rule, Optional<URI> base) throws IOException {
    Optional<RulePages.Page> page = RulePages.page(rule.id(), base);
    String why = page.map(RulePages.Page::why).filter(text -> !text.isEmpty()).orElse(rule.summary());
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    text(json, "shortDescription", rule.summary());
    text(json, "fullDescription", why);
    json.writeObjectFieldStart("defaultConfiguration");
    if (rule.defaultLevel().equals("off")) {
      json.writeBooleanField("enabled", false);
      json.writeStringField("level", "none");
    } else {
      json.writeStringField("level", rule.defaultLevel());
    }
    json.writeEndObject();
    json.writeObjectFieldStart("help");
    json.writeStringField("text", rule.summary() + "\n\n" + why);
    if (page.isPresent()) {
      json.writeStringField("markdown", page.get().markdown());
    }
    json.writeEndObject();
    if (base.isPresent()) {
      json.writeStringField("helpUri", base.get().resolve(rule.id() + ".md").toString());
    }
    json.writeEndObject();
  }

  private static void writeResult(
      JsonGenerator json, Fingerprinted fingerprinted, Map<String, Integer> ruleIndex, Map<String, String> baseIds)
      throws IOException {
    ReportedFinding finding = fingerprinted.finding();
    json.writeStartObject();
    json.writeStringField("ruleId", finding.ruleId());
    Integer index = ruleIndex.get(finding.ruleId());
    if (index != null) {
      json.writeNumberField("ruleIndex", index);
    }
    json.writeStringField("level", finding.level().id());
    text(json, "message", finding.message());
    if (finding.location() != null) {
      writeLocation(json, finding.location(), baseIds);
    }
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(Fingerprint.KEY, fingerprinted.fingerprint());
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeArrayFieldStart("endpoints");
    for (String endpoint : finding.endpoints()) {
      json.writeString(endpoint);
    }
    json.writeEndArray();
    if (finding.code() != 0) {
      json.writeNumberField("status", finding.code());
    }
    if (!finding.declaringType().isEmpty()) {
      json.writeStringField("class", finding.declaringType());
    }
    if (!finding.javaMethod().isEmpty()) {
      json.writeStringField("method", finding.javaMethod());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, SourceLocation location, Map<String, String> baseIds)
      throws IOException {
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uriReference(location.path()));
    if (!location.sourceRoot().isEmpty()) {
      json.writeStringField("uriBaseId", baseIds.get(location.sourceRoot()));
    }
    json.writeEndObject();
    if (location.line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", location.line());
      if (location.column() > 0) {
        json.writeNumberField("startColumn", location.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
  }

  /** {@code path} as a relative URI reference: spaces and other characters percent-encoded. */
  static String uriReference(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no URI can be made of the path " + path, e);
    }
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }
}

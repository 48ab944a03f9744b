package dev.statuscontract.processor;

import dev.statuscontract.processor.diagnostics.Consolidation;
import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.model.Answer;
import dev.statuscontract.processor.model.Answers;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.FieldNames;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.StatusCodes;
import dev.statuscontract.processor.report.Fixes;
import dev.statuscontract.processor.report.Result;
import dev.statuscontract.processor.report.SourceEdit;
import dev.statuscontract.processor.report.SourceLocation;
import dev.statuscontract.processor.report.UnifiedDiff;
import dev.statuscontract.processor.rules.Finding;
import dev.statuscontract.processor.rules.RequiresHeader;
import dev.statuscontract.processor.rules.Rule;
import dev.statuscontract.processor.rules.UndeclaredStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.lang.model.util.Elements;

/**
 * {@code fixes.patch}: the changes of the sources that the findings prove, and nothing a person
 * has to decide. Mechanical fixes only:
 *
 * <ul>
 *   <li>a status the code answers that the contract does not declare ({@code undeclared-status}):
 *       a declaration of it, above the method, in the syntax the endpoint's contract is written in
 *       ({@code @Returns}, swagger's {@code @ApiResponse}, MicroProfile's {@code @APIResponse});
 *   <li>a declared status that no path answers where the code answers another of its class: the
 *       declaration's code replaced ({@code @Returns(204)} becomes {@code @Returns(200)});
 *   <li>a declaration without a header its status needs ({@code created-without-location} and its
 *       kind), where the code sends that header: the header added;
 *   <li>an endpoint whose contract is only inferred, and whose code was read in full: its inferred
 *       statuses, declared above the method.
 * </ul>
 *
 * <p>Every edit names the text it expects; a file whose edits do not all find their text, or that
 * does not parse once edited, is left out, and a note says which. Declarations in generated code
 * are never edited. The patch is the unified diff of each file, by path, relative to the
 * project's directory (the nearest directory above the source root with a build file), so that
 * {@code git apply} and {@code patch -p1} take it there.
 */
final class FixPlanner {

  static final String FILE_NAME = "fixes.patch";

  /** The build files that mark a project's directory. */
  private static final List<String> BUILD_FILES = List.of("pom.xml", "build.gradle", "build.gradle.kts", "build.xml", "BUILD", "BUILD.bazel");

  /** A container of responses written by hand, to which a new declaration beside it would be ambiguous. */
  private static final Pattern CONTAINER =
      Pattern.compile("@\\s*(?:[\\w$]+\\s*\\.\\s*)*(?:ApiResponses|APIResponses|Returns\\s*\\.\\s*List)\\b|\\bresponses\\s*=");

  /**
   * The patch and what to say of it.
   *
   * @param text the patch; empty where there is nothing to fix
   * @param notes one sentence on what it fixes, and one on the files it leaves out
   */
  record Patch(String text, List<String> notes) {}

  /** The edits of one file. */
  private static final class FileFixes {
    final String uri;
    final SourceLocation location;
    final String text;
    final Map<Integer, String> expectedStarts = new TreeMap<>();
    final Map<Integer, Map<Integer, String>> inserts = new TreeMap<>();
    final List<SourceEdit> edits = new ArrayList<>();
    final Set<String> imports = new LinkedHashSet<>();
    int findings;
    int contracts;

    FileFixes(String uri, SourceLocation location, String text) {
      this.uri = uri;
      this.location = location;
      this.text = text;
    }
  }

  private final Reporter reporter;
  private final Elements elements;
  private final GeneratedSources generated;
  private final Map<String, String> headersByRule = new HashMap<>();
  private final Map<Endpoint, Answers> observed = new IdentityHashMap<>();
  private final Map<String, FileFixes> files = new TreeMap<>();
  /** What the planner could not change, by file name, said in one note. */
  private final Map<String, String> skipped = new TreeMap<>();

  FixPlanner(Reporter reporter, Elements elements, GeneratedSources generated, List<Rule> rules) {
    this.reporter = reporter;
    this.elements = elements;
    this.generated = generated;
    for (Rule rule : rules) {
      if (rule instanceof RequiresHeader header) {
        headersByRule.put(rule.id(), header.header());
      }
    }
  }

  /**
   * What the endpoints of one class answer, once the analysis has read them: kept to check that a
   * header added to a declaration is one the code sends, and used to write the contracts that are
   * only inferred, in the syntax of the class's other contracts.
   */
  void observed(List<Answers> answers, List<Endpoint> classEndpoints) {
    Optional<Source> classSyntax =
        classEndpoints.stream().flatMap(endpoint -> endpoint.writtenWith().stream()).filter(FixPlanner::writable).findFirst();
    for (Answers answer : answers) {
      observed.put(answer.endpoint(), answer);
      Endpoint endpoint = answer.endpoint();
      if (endpoint.writtenWith().isPresent() || !answer.complete() || answer.stub()) {
        continue;
      }
      Optional<Source> syntax = classSyntax.or(this::availableSyntax);
      if (syntax.isEmpty()) {
        continue;
      }
      Endpoint inferred = CodeChecks.withInferred(answer);
      List<DeclaredResponse> codes =
          inferred.declarations().stream()
              .filter(d -> d.declaredWith() == Source.CODE && d.isNumeric() && StatusCodes.isValid(d.code()))
              .toList();
      if (codes.isEmpty()) {
        continue;
      }
      Reporter.Location method = reporter.locate(endpoint.origin());
      if (generated.of(endpoint.origin().element(), method.file()).isPresent()) {
        continue;
      }
      Optional<FileFixes> file = file(method);
      if (file.isEmpty()) {
        continue;
      }
      boolean all = true;
      for (DeclaredResponse response : codes) {
        all &= insert(file.get(), endpoint, method, syntax.get(), response.code(), response.headers());
      }
      if (all) {
        file.get().contracts++;
      }
    }
  }

  /** Plans the fix of one printed finding, where it has a mechanical one. */
  void fix(Consolidation.Merged merged, Map<Origin, Endpoint> endpoints, Map<Origin, DeclaredResponse> declarations) {
    Finding finding = merged.finding();
    try {
      if (finding.ruleId().equals(UndeclaredStatus.ID)) {
        if (finding.replaces().isPresent()) {
          replaceStatus(finding, declarations.get(finding.replaces().get()));
        } else {
          declare(finding, endpoints.get(finding.context()));
        }
      } else if (headersByRule.containsKey(finding.ruleId()) && finding.at().spot().isEmpty()) {
        addHeader(finding, headersByRule.get(finding.ruleId()), declarations.get(finding.at()), endpoints.get(finding.context()));
      }
    } catch (RuntimeException e) {
      // A fix is a convenience: one that cannot be planned leaves its finding as it is.
    }
  }

  /** {@code undeclared-status}: the status declared above the endpoint's method, in its contract's syntax. */
  private void declare(Finding finding, Endpoint endpoint) {
    if (endpoint == null || endpoint.writtenWith().isEmpty() || !writable(endpoint.writtenWith().get())) {
      return;
    }
    Reporter.Location method = reporter.locate(endpoint.origin());
    Optional<FileFixes> file = file(method);
    if (file.isPresent() && insert(file.get(), endpoint, method, endpoint.writtenWith().get(), finding.code(), List.of())) {
      file.get().findings++;
    }
  }

  /** {@code undeclared-status} paired with a declaration no path answers: its code becomes the answered one. */
  private void replaceStatus(Finding finding, DeclaredResponse declared) {
    if (declared == null || !declared.isNumeric() || declared.isImplicit() || !declared.site().equals(declared.declaration())
        || declared.declaredWith().isInferred() || declared.declaredWith() == Source.SPRING) {
      return;
    }
    Reporter.Location at = reporter.locate(declared.declaration());
    Optional<FileFixes> file = file(at);
    Optional<Annotation> annotation = annotation(at);
    if (file.isPresent() && annotation.isPresent()) {
      file.get().edits.add(
          new SourceEdit.ReplaceStatus(annotation.get().line(), annotation.get().column(), annotation.get().text(), declared.code(), finding.code()));
      file.get().findings++;
    }
  }

  /** A declaration without the header its status needs: the header added, where the code sends it. */
  private void addHeader(Finding finding, String header, DeclaredResponse declared, Endpoint endpoint) {
    if (declared == null || declared.level() != Level.METHOD || !declared.site().equals(declared.declaration())
        || !declared.headers().isEmpty()) {
      return;
    }
    Answers answers = endpoint == null ? null : observed.get(endpoint);
    if (answers == null) {
      return; // what the code sends is not known: adding the header could only move the finding to the code
    }
    List<Answer> answered = answers.responses().stream().filter(answer -> answer.code() == declared.code()).toList();
    if (answered.isEmpty() || !answers.complete() || answered.stream().anyMatch(answer -> !answer.hasHeader(header))) {
      return; // the code does not send it, or not always: declaring it is a decision, not a fix
    }
    String value;
    Optional<String> type;
    switch (declared.declaredWith()) {
      case RETURNS -> {
        value = "\"" + header + "\"";
        type = Optional.empty();
      }
      case SWAGGER -> {
        value = "@Header(name = \"" + header + "\")";
        type = Optional.of("io.swagger.v3.oas.annotations.headers.Header");
      }
      case MICROPROFILE -> {
        value = "@Header(name = \"" + header + "\")";
        type = Optional.of("org.eclipse.microprofile.openapi.annotations.headers.Header");
      }
      default -> {
        return;
      }
    }
    Reporter.Location at = reporter.locate(declared.declaration());
    Optional<FileFixes> file = file(at);
    Optional<Annotation> annotation = annotation(at);
    if (file.isPresent() && annotation.isPresent()) {
      file.get().edits.add(new SourceEdit.AddAttribute(annotation.get().line(), annotation.get().column(), annotation.get().text(), "headers", value));
      type.ifPresent(file.get().imports::add);
      file.get().findings++;
    }
  }

  /** The syntaxes a fix can write a declaration in. */
  private static boolean writable(Source source) {
    return source == Source.RETURNS || source == Source.SWAGGER || source == Source.MICROPROFILE;
  }

  /** The syntax of a contract for a class that has none: {@code @Returns} where the build has it, else an OpenAPI one. */
  private Optional<Source> availableSyntax() {
    if (elements.getTypeElement("dev.statuscontract.Returns") != null) {
      return Optional.of(Source.RETURNS);
    }
    if (elements.getTypeElement("io.swagger.v3.oas.annotations.responses.ApiResponse") != null) {
      return Optional.of(Source.SWAGGER);
    }
    if (elements.getTypeElement("org.eclipse.microprofile.openapi.annotations.responses.APIResponse") != null) {
      return Optional.of(Source.MICROPROFILE);
    }
    return Optional.empty();
  }

  /**
   * Plans a declaration of {@code code} on {@code endpoint}'s method: on the line after its last
   * declaration in {@code syntax}, or else above the line of its return type, after its other
   * annotations; false where it cannot be: the method's responses are in a container written by
   * hand, or the line to insert above holds something before the method.
   */
  private boolean insert(FileFixes file, Endpoint endpoint, Reporter.Location method, Source syntax, int code, List<String> headers) {
    Optional<long[]> span = method.span();
    String text = file.text;
    if (span.isEmpty() || span.get()[0] > text.length() || method.position() < span.get()[0] || method.position() > text.length()) {
      return false;
    }
    int start = (int) span.get()[0];
    if (CONTAINER.matcher(text.substring(start, (int) method.position())).find()) {
      return false;
    }
    int at = (int) method.position();
    long lastEnd = -1;
    for (DeclaredResponse declared : endpoint.declarations()) {
      if (declared.level() == Level.METHOD && declared.declaredWith() == syntax && declared.site().equals(declared.declaration())
          && declared.declaration().element() != null) {
        Optional<long[]> declaredSpan = reporter.locate(declared.declaration()).span();
        if (declaredSpan.isPresent() && declaredSpan.get()[1] > lastEnd && declaredSpan.get()[1] <= at) {
          lastEnd = declaredSpan.get()[1];
        }
      }
    }
    if (lastEnd >= 0) {
      int endOfLine = text.indexOf('\n', (int) lastEnd);
      if (endOfLine >= 0 && text.substring((int) lastEnd, endOfLine).isBlank() && endOfLine + 1 < text.length()) {
        at = endOfLine + 1;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
          at++;
        }
      } else {
        at = (int) lastEnd - 1;
      }
    }
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    int firstCharacter = lineStart;
    while (firstCharacter < text.length() && (text.charAt(firstCharacter) == ' ' || text.charAt(firstCharacter) == '\t')) {
      firstCharacter++;
    }
    if (firstCharacter < start) {
      return false; // the line starts before the method: something else is on it
    }
    int lineEnd = text.indexOf('\n', firstCharacter);
    String expected = text.substring(firstCharacter, lineEnd < 0 ? text.length() : lineEnd).stripTrailing();
    if (expected.isEmpty()) {
      return false;
    }
    int line = lineOf(text, firstCharacter);
    file.expectedStarts.put(line, expected);
    List<String> valid = headers.stream().filter(FieldNames::isValid).toList();
    String annotation;
    switch (syntax) {
      case RETURNS -> {
        annotation =
            valid.isEmpty()
                ? "@Returns(" + code + ")"
                : "@Returns(value = " + code + ", headers = " + list(valid.stream().map(h -> "\"" + h + "\"").toList()) + ")";
        file.imports.add("dev.statuscontract.Returns");
      }
      case SWAGGER, MICROPROFILE -> {
        String description = StatusCodes.reasonPhrase(code).orElse("Status " + code);
        String headerList =
            valid.isEmpty() ? "" : ", headers = " + list(valid.stream().map(h -> "@Header(name = \"" + h + "\")").toList());
        boolean swagger = syntax == Source.SWAGGER;
        annotation =
            (swagger ? "@ApiResponse" : "@APIResponse") + "(responseCode = \"" + code + "\", description = \"" + description + "\"" + headerList + ")";
        file.imports.add(
            swagger ? "io.swagger.v3.oas.annotations.responses.ApiResponse" : "org.eclipse.microprofile.openapi.annotations.responses.APIResponse");
        if (!valid.isEmpty()) {
          file.imports.add(
              swagger ? "io.swagger.v3.oas.annotations.headers.Header" : "org.eclipse.microprofile.openapi.annotations.headers.Header");
        }
      }
      default -> {
        return false;
      }
    }
    file.inserts.computeIfAbsent(line, l -> new TreeMap<>()).put(code, annotation);
    return true;
  }

  private static String list(List<String> items) {
    return items.size() == 1 ? items.get(0) : "{" + String.join(", ", items) + "}";
  }

  /** An annotation as its source writes it, with the line and column of its {@code @}. */
  private record Annotation(int line, int column, String text) {}

  private Optional<Annotation> annotation(Reporter.Location at) {
    Optional<long[]> span = at.span();
    Optional<CharSequence> text = at.text();
    if (span.isEmpty() || text.isEmpty() || span.get()[1] > text.get().length()) {
      return Optional.empty();
    }
    String source = text.get().toString();
    int start = (int) span.get()[0];
    String annotation = source.substring(start, (int) span.get()[1]);
    if (!annotation.startsWith("@")) {
      return Optional.empty();
    }
    int lineStart = source.lastIndexOf('\n', start - 1) + 1;
    return Optional.of(new Annotation(lineOf(source, start), start - lineStart + 1, annotation.replace("\r\n", "\n")));
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The edits of the file of {@code location}, made on first use; empty where its text cannot be had. */
  private Optional<FileFixes> file(Reporter.Location location) {
    String uri = location.file();
    if (uri.isEmpty()) {
      return Optional.empty();
    }
    FileFixes known = files.get(uri);
    if (known != null) {
      return Optional.of(known);
    }
    SourceLocation source = Adoption.sourceLocation(location);
    Optional<CharSequence> text = location.text();
    if (source == null || text.isEmpty()) {
      return Optional.empty();
    }
    FileFixes file = new FileFixes(uri, source, text.get().toString());
    files.put(uri, file);
    return Optional.of(file);
  }

  /** The patch of every planned fix, files in the order of their paths. */
  Patch patch() {
    Map<String, String> diffs = new TreeMap<>();
    int findings = 0;
    int contracts = 0;
    int changed = 0;
    for (FileFixes file : files.values()) {
      if (file.inserts.isEmpty() && file.edits.isEmpty()) {
        continue;
      }
      String path = projectPath(file.location);
      List<SourceEdit> edits = new ArrayList<>(file.edits);
      for (Map.Entry<Integer, Map<Integer, String>> insert : file.inserts.entrySet()) {
        edits.add(new SourceEdit.InsertAnnotations(insert.getKey(), file.expectedStarts.get(insert.getKey()), List.copyOf(insert.getValue().values())));
      }
      file.imports.stream().sorted().forEach(type -> edits.add(new SourceEdit.AddImport(type)));
      Result<String> fixed = Fixes.apply(file.text, edits);
      if (fixed.value().isEmpty()) {
        skipped.put(path, String.join("; ", fixed.problems()));
        continue;
      }
      Optional<String> parse = ParseCheck.problem(path, fixed.value().get());
      if (parse.isPresent()) {
        skipped.put(path, "it would not parse once fixed (" + parse.get() + ")");
        continue;
      }
      String diff = UnifiedDiff.of(path, file.text, fixed.value().get());
      if (!diff.isEmpty()) {
        diffs.put(path, diff);
        findings += file.findings;
        contracts += file.contracts;
        changed++;
      }
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        String.format(
            "%s: fixes for %d %s and the contracts of %d %s that had only inferred ones, in %d %s; apply it with git"
                + " apply or patch -p1 in the directory of the project's build file, then build again",
            FILE_NAME, findings, findings == 1 ? "finding" : "findings", contracts, contracts == 1 ? "endpoint" : "endpoints",
            changed, changed == 1 ? "file" : "files"));
    if (!skipped.isEmpty()) {
      StringBuilder text = new StringBuilder(FILE_NAME + " leaves out " + skipped.size() + (skipped.size() == 1 ? " file" : " files")
          + ", whose findings stay: ");
      int i = 0;
      for (Map.Entry<String, String> file : skipped.entrySet()) {
        text.append(i++ == 0 ? "" : "; ").append(file.getKey()).append(": ").append(file.getValue());
      }
      notes.add(text.toString());
    }
    return new Patch(String.join("", diffs.values()), notes);
  }

  /**
   * The path of a source file relative to its project's directory, the nearest directory above its
   * source root that holds a build file; relative to the source root where there is none.
   */
  static String projectPath(SourceLocation location) {
    if (location.sourceRoot().isEmpty()) {
      return location.path();
    }
    try {
      Path root = Path.of(URI.create(location.sourceRoot()));
      for (Path dir = root; dir != null; dir = dir.getParent()) {
        for (String buildFile : BUILD_FILES) {
          if (Files.isRegularFile(dir.resolve(buildFile))) {
            return dir.relativize(root).toString().replace('\\', '/') + (dir.equals(root) ? "" : "/") + location.path();
          }
        }
      }
    } catch (RuntimeException e) {
      // Not a path of this file system: relative to the source root.
    }
    return location.path();
  }
}

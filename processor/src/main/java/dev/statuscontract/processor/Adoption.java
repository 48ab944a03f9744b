package dev.statuscontract.processor;

import dev.statuscontract.processor.diagnostics.BooleanOption;
import dev.statuscontract.processor.diagnostics.Reporter;
import dev.statuscontract.processor.report.Baseline;
import dev.statuscontract.processor.report.FindingsJson;
import dev.statuscontract.processor.report.ReportedFinding;
import dev.statuscontract.processor.report.Result;
import dev.statuscontract.processor.report.RuleInfo;
import dev.statuscontract.processor.report.Sarif;
import dev.statuscontract.processor.report.SourceLocation;
import dev.statuscontract.processor.report.SpecIndex;
import dev.statuscontract.processor.rules.Rule;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.tools.Diagnostic;

/**
 * What a team adopting the processor on an existing service needs: a build that only reports
 * ({@code statuscontract.errorsAsWarnings}), a baseline of accepted findings ({@code
 * statuscontract.baseline}), the OpenAPI document of a contract-first project ({@code
 * statuscontract.spec}), and every finding of the build as {@code findings.json} and {@code
 * findings.sarif}. It holds each finding as it was printed, or as it would have been.
 */
final class Adoption {

  static final String ERRORS_AS_WARNINGS_OPTION = "statuscontract.errorsAsWarnings";
  static final String BASELINE_OPTION = "statuscontract.baseline";
  static final String SPEC_OPTION = "statuscontract.spec";
  static final String FIX_OPTION = "statuscontract.fix";
  static final String RULE_PAGES_OPTION = "statuscontract.rulePages";

  static final Set<String> OPTIONS =
      Set.of(ERRORS_AS_WARNINGS_OPTION, BASELINE_OPTION, SPEC_OPTION, FIX_OPTION, RULE_PAGES_OPTION);

  private final boolean errorsAsWarnings;
  private final boolean fix;
  private final Optional<Baseline> baseline;
  private final Optional<Baseline.Tracker> tracker;
  private final GeneratedSources generated;
  private final Optional<String> rulePages;
  private final List<ReportedFinding> findings = new ArrayList<>();
  /** The baseline's entries that could not be read, each an error printed after the findings. */
  private final List<String> entryProblems = new ArrayList<>();
  private int acceptedErrors;
  private int acceptedWarnings;
  private int errorsAsWarningsCount;
  private int inGeneratedCode;

  private Adoption(
      boolean errorsAsWarnings, boolean fix, Optional<Baseline> baseline, GeneratedSources generated, Optional<String> rulePages) {
    this.errorsAsWarnings = errorsAsWarnings;
    this.fix = fix;
    this.baseline = baseline;
    this.tracker = baseline.map(Baseline::tracker);
    this.generated = generated;
    this.rulePages = rulePages;
  }

  /** Reads the options, and the files they name; each problem is added to {@code problems}, ready to print. */
  static Adoption read(Map<String, String> options, List<String> problems) {
    List<String> entryProblems = new ArrayList<>();
    boolean errorsAsWarnings = BooleanOption.read(options, ERRORS_AS_WARNINGS_OPTION, false, problems);
    boolean fix = BooleanOption.read(options, FIX_OPTION, false, problems);
    Optional<Baseline> baseline = Optional.empty();
    Optional<Path> baselineFile = path(options, BASELINE_OPTION, "a findings.json kept as the baseline", problems);
    if (baselineFile.isPresent()) {
      Optional<String> text = readText(baselineFile.get(), BASELINE_OPTION, problems);
      if (text.isPresent()) {
        Result<Baseline> read = Baseline.parse(text.get(), baselineFile.get().toString());
        // Entries that cannot be read are errors said at the end, after the findings: said now,
        // they would stop javac before it analyses the method bodies, and hide their findings.
        (read.value().isPresent() ? entryProblems : problems)
            .addAll(read.problems().stream().map(problem -> "-A" + BASELINE_OPTION + ": " + problem).toList());
        baseline = read.value();
      }
    }
    Optional<SpecIndex> spec = Optional.empty();
    Optional<Path> specFile = path(options, SPEC_OPTION, "the OpenAPI document (openapi.yaml or openapi.json)", problems);
    if (specFile.isPresent()) {
      Result<SpecIndex> read = SpecIndex.read(specFile.get());
      read.problems().forEach(problem -> problems.add("-A" + SPEC_OPTION + ": " + problem));
      spec = read.value();
    }
    Optional<String> rulePages = Optional.empty();
    if (options.containsKey(RULE_PAGES_OPTION)) {
      String value = String.valueOf(options.get(RULE_PAGES_OPTION));
      Optional<String> problem = Sarif.helpBaseUriProblem(value);
      if (problem.isPresent()) {
        problems.add("-A" + RULE_PAGES_OPTION + ": " + problem.get());
      } else {
        rulePages = Optional.of(value.trim());
      }
    }
    Adoption adoption = new Adoption(errorsAsWarnings, fix, baseline, new GeneratedSources(spec), rulePages);
    adoption.entryProblems.addAll(entryProblems);
    return adoption;
  }

  /** The path an option names, or a problem where it names none. */
  private static Optional<Path> path(Map<String, String> options, String key, String what, List<String> problems) {
    if (!options.containsKey(key)) {
      return Optional.empty();
    }
    String value = options.get(key);
    if (value == null || value.isBlank()) {
      problems.add("-A" + key + " names no file; write the path of " + what + ", as in -A" + key + "=" + example(key));
      return Optional.empty();
    }
    try {
      return Optional.of(Path.of(value.trim()));
    } catch (InvalidPathException e) {
      problems.add("-A" + key + "=" + value + " is no path: " + e.getMessage());
      return Optional.empty();
    }
  }

  private static String example(String key) {
    return key.equals(BASELINE_OPTION) ? "status-contract-baseline.json" : "src/main/resources/openapi.yaml";
  }

  /** The text of a file an option names, or a problem that says why it cannot be read. */
  private static Optional<String> readText(Path file, String key, List<String> problems) {
    String prefix = "-A" + key + ": " + file + " ";
    try {
      if (Files.isDirectory(file)) {
        problems.add(prefix + "is a directory, not a file");
        return Optional.empty();
      }
      return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString());
    } catch (NoSuchFileException e) {
      problems.add(prefix + "does not exist" + (file.isAbsolute() ? "" : " (relative to " + Path.of("").toAbsolutePath() + ")"));
    } catch (AccessDeniedException e) {
      problems.add(prefix + "cannot be read: permission denied");
    } catch (CharacterCodingException e) {
      problems.add(prefix + "is not UTF-8 text");
    } catch (IOException e) {
      problems.add(prefix + "cannot be read: " + e.getMessage());
    }
    return Optional.empty();
  }

  boolean fix() {
    return fix;
  }

  GeneratedSources generated() {
    return generated;
  }

  /** A finding's place, its file relative to its source root; {@code null} where it has no file. */
  static SourceLocation sourceLocation(Reporter.Location location) {
    String uri = location.file();
    if (uri.isEmpty()) {
      return null;
    }
    String fileName = uri.substring(uri.lastIndexOf('/') + 1);
    String pkg = location.packageName();
    String relative = (pkg.isEmpty() ? "" : pkg.replace('.', '/') + "/") + fileName;
    int line = (int) Math.max(0, location.line());
    int column = (int) Math.max(0, location.column());
    if (!uri.startsWith("file:")) {
      return new SourceLocation("", relative, line, column);
    }
    if (uri.endsWith("/" + relative)) {
      return new SourceLocation(uri.substring(0, uri.length() - relative.length()), relative, line, column);
    }
    // A file that is not in its package's directory: relative to its own directory.
    return new SourceLocation(uri.substring(0, uri.length() - fileName.length()), fileName, line, column);
  }

  /**
   * Takes a finding that the rules' severity makes {@code kind}; says how to print it: as {@code
   * kind}, as a warning in a build that only reports, or not at all where the baseline accepts it.
   */
  Optional<Diagnostic.Kind> take(ReportedFinding finding, Diagnostic.Kind kind, boolean generatedCode) {
    findings.add(finding);
    if (generatedCode) {
      inGeneratedCode++;
    }
    if (tracker.isPresent() && tracker.get().accept(finding)) {
      if (kind == Diagnostic.Kind.ERROR) {
        acceptedErrors++;
      } else {
        acceptedWarnings++;
      }
      return Optional.empty();
    }
    if (kind == Diagnostic.Kind.ERROR && errorsAsWarnings) {
      errorsAsWarningsCount++;
      return Optional.of(Diagnostic.Kind.WARNING);
    }
    return Optional.of(kind);
  }

  /** How many errors were printed as warnings. */
  int errorsAsWarningsCount() {
    return errorsAsWarningsCount;
  }

  /** What the summary says after its counts: {@code , 12 accepted by the baseline}; {@code ""} for nothing. */
  String countsTail() {
    StringBuilder tail = new StringBuilder();
    if (baseline.isPresent()) {
      tail.append(", ").append(acceptedErrors + acceptedWarnings).append(" accepted by the baseline");
    }
    if (inGeneratedCode > 0) {
      tail.append(", ")
          .append(inGeneratedCode)
          .append(inGeneratedCode == 1 ? " finding" : " findings")
          .append(" in generated code");
      generated.spec().ifPresent(spec -> tail.append(", to change in ").append(spec.displayName()));
    }
    return tail.toString();
  }

  /**
   * The notes printed before the summary: how many findings the baseline accepted, and which of its
   * entries no finding matches any more.
   */
  List<String> closingNotes() {
    List<String> notes = new ArrayList<>();
    if (baseline.isEmpty()) {
      return notes;
    }
    int accepted = acceptedErrors + acceptedWarnings;
    if (accepted > 0) {
      notes.add(
          String.format(
              "%d %s accepted by the baseline %s %s not printed (%d %s, %d %s); fix them one at a time, and"
                  + " each fix makes an entry of the baseline stale",
              accepted,
              accepted == 1 ? "finding" : "findings",
              baseline.get().name(),
              accepted == 1 ? "is" : "are",
              acceptedErrors,
              acceptedErrors == 1 ? "error" : "errors",
              acceptedWarnings,
              acceptedWarnings == 1 ? "warning" : "warnings"));
    }
    List<Baseline.Entry> stale = tracker.get().stale();
    if (!stale.isEmpty()) {
      StringBuilder text =
          new StringBuilder()
              .append(stale.size())
              .append(stale.size() == 1 ? " entry" : " entries")
              .append(" of the baseline ")
              .append(baseline.get().name())
              .append(stale.size() == 1 ? " matches" : " match")
              .append(" no finding any more (fixed, or changed beyond recognition); remove ")
              .append(stale.size() == 1 ? "it" : "them")
              .append(", or copy this build's findings.json over the baseline: ");
      for (int i = 0; i < stale.size(); i++) {
        text.append(i == 0 ? "" : "; ").append(stale.get(i).describe());
      }
      notes.add(text.toString());
    }
    return notes;
  }

  /** The errors printed after the findings: the baseline's entries that could not be read. */
  List<String> closingErrors() {
    return entryProblems;
  }

  /** Every finding of the build, as printed or accepted by the baseline. */
  List<ReportedFinding> findings() {
    return findings;
  }

  String findingsJson() {
    return FindingsJson.render(findings);
  }

  String sarif(List<Rule> rules) {
    List<RuleInfo> infos = rules.stream().map(rule -> new RuleInfo(rule.id(), rule.summary(), rule.defaultSeverity().label())).toList();
    return Sarif.render(findings, infos, Version.VALUE, rulePages);
  }
}

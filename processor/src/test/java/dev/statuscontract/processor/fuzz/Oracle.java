package dev.statuscontract.processor.fuzz;

import dev.statuscontract.processor.fuzz.FuzzCompiler.Diag;
import dev.statuscontract.processor.fuzz.FuzzCompiler.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What must hold for every case, comparing the compilation without annotation processing ({@code
 * -proc:none}) with the one with the processor:
 *
 * <ol>
 *   <li>Nothing is thrown out of javac or the processor, and no diagnostic reports an internal error.
 *   <li>If the sources compile without the processor, they compile with it, unless the processor
 *       reports an error finding of one of its rules ({@code [rule-id] ...}).
 *   <li>No error is reported in a generated helper when the sources compile without the processor,
 *       even when a rule reports an error: docs/helpers.md promises helpers "generated from what can
 *       be generated, so that a build shows the contract error and not a cascade".
 *   <li>No warning is reported in a generated helper ({@code ...Responses.java}), and the processor
 *       adds no warning that the compilation without it does not have, except its own findings
 *       ({@code [rule-id] ...}).
 *   <li>Helpers appear as docs/helpers.md says: under the default ({@code used}), a helper class is
 *       generated only where a source names it, and every helper class that a file refers to is
 *       generated, unless the processor cannot generate it at all (it does not under {@code all}
 *       either: the class has no endpoint that can have a factory, or the name is taken); under
 *       {@code none}, none is. The files that refer to helpers are left out of the compilation
 *       without the processor, and their errors about a helper class that cannot be generated
 *       excuse the failure of the compilation with it.
 * </ol>
 *
 * <p>Each violation has a signature that identifies the failure across cases: the kind of
 * violation, javac's message key, and the message with the case's own names, numbers and strings
 * stripped (or, for an exception, its type and first frames).
 */
final class Oracle {

  private Oracle() {}

  /** One broken expectation: its signature, which groups cases, and the details of this case. */
  record Violation(String signature, String detail) {}

  /** A rule finding: {@code [created-without-location] POST /users ...}. */
  private static final Pattern RULE_FINDING = Pattern.compile("^\\[([a-z0-9]+(?:-[a-z0-9]+)*)\\] ");

  /** The prefix of the processor's own messages, which are not rule findings. */
  private static final String PROCESSOR_PREFIX = "status-contract";

  /** Whether {@code message} is a finding of one of the processor's rules. */
  static boolean isRuleFinding(String message) {
    Matcher m = RULE_FINDING.matcher(message);
    return m.find() && !m.group(1).equals(PROCESSOR_PREFIX);
  }

  /**
   * The violations of one case, empty when it passes.
   *
   * @param plain the compilation with {@code -proc:none}
   * @param processed the compilation with the processor
   */
  static List<Violation> check(FuzzCase fuzzCase, Result plain, Result processed) {
    return check(fuzzCase, plain, processed, () -> {
      throw new IllegalStateException("no compilation with every helper");
    });
  }

  /**
   * The violations of one case, empty when it passes.
   *
   * @param plain the compilation with {@code -proc:none}
   * @param processed the compilation with the processor
   * @param allHelpers compiles the case with the processor and {@code -Astatuscontract.helpers=all},
   *     without the files that use helpers; called only when a referred helper class is missing
   */
  static List<Violation> check(FuzzCase fuzzCase, Result plain, Result processed, Supplier<Result> allHelpers) {
    List<Violation> violations = new ArrayList<>();
    Set<String> names = fuzzCase.names();
    HelperCheck helpers = checkHelpers(fuzzCase, plain, processed, allHelpers, violations);

    if (processed.thrown() != null) {
      violations.add(
          new Violation("exception thrown: " + throwableSignature(processed.thrown()), stackTrace(processed.thrown())));
    }
    for (Diag d : processed.diagnostics()) {
      if (d.message().contains("internal error")) {
        violations.add(new Violation(internalErrorSignature(d.message()), d.render()));
      }
    }

    List<Diag> errors = processed.errors();
    boolean ruleError = errors.stream().anyMatch(d -> isRuleFinding(d.message()));
    if (plain.success() && !processed.success() && processed.thrown() == null && !ruleError && !helpers.excuses(errors)) {
      Diag first =
          errors.stream()
              .filter(d -> !d.message().contains("internal error"))
              .filter(Diag::inGeneratedHelper)
              .findFirst()
              .orElse(errors.stream().filter(d -> !d.message().contains("internal error")).findFirst().orElse(null));
      if (first != null) {
        violations.add(
            new Violation(
                "fails only with the processor, " + where(first) + ": " + messageSignature(first, names),
                first.render()));
      } else if (errors.isEmpty()) {
        violations.add(new Violation("fails only with the processor, without an error message", processed.render()));
      }
    }
    if (plain.success() && ruleError) {
      errors.stream()
          .filter(Diag::inGeneratedHelper)
          .findFirst()
          .ifPresent(
              d ->
                  violations.add(
                      new Violation(
                          "error in a generated helper next to a rule error: " + messageSignature(d, names), d.render())));
    }

    Set<String> plainWarnings = new java.util.HashSet<>();
    plain.warnings().forEach(d -> plainWarnings.add(d.key()));
    Map<String, Diag> reported = new LinkedHashMap<>();
    for (Diag d : processed.warnings()) {
      if (d.inGeneratedHelper()) {
        reported.putIfAbsent("warning in a generated helper: " + messageSignature(d, names), d);
      } else if (!isRuleFinding(d.message()) && !plainWarnings.contains(d.key())) {
        reported.putIfAbsent("warning only with the processor, " + where(d) + ": " + messageSignature(d, names), d);
      }
    }
    reported.forEach((signature, d) -> violations.add(new Violation(signature, d.render())));
    return violations;
  }

  /** What the helper rule found: the files that use helpers whose errors are excused. */
  private record HelperCheck(Set<String> excusedFiles) {

    /** Whether every error is in a file that refers to a helper class the processor cannot generate. */
    boolean excuses(List<Diag> errors) {
      return !excusedFiles.isEmpty() && !errors.isEmpty() && errors.stream().allMatch(d -> excusedFiles.contains(d.file()));
    }
  }

  /** Checks which helper classes were generated against the helpers option and the references. */
  private static HelperCheck checkHelpers(
      FuzzCase fuzzCase, Result plain, Result processed, Supplier<Result> allHelpers, List<Violation> violations) {
    List<String> generated =
        processed.generatedSources().stream().filter(path -> path.endsWith(SUFFIX + ".java")).toList();
    if (fuzzCase.noHelpers()) {
      generated.stream()
          .findFirst()
          .ifPresent(path -> violations.add(new Violation("a helper class generated under helpers=" + fuzzCase.helpers(), path)));
      return new HelperCheck(Set.of());
    }
    if (fuzzCase.helpersOnDemand()) {
      for (String path : generated) {
        String simpleName = path.substring(path.lastIndexOf('/') + 1, path.length() - ".java".length());
        Pattern word = Pattern.compile("(?<![\\p{L}\\p{N}_$])" + Pattern.quote(simpleName) + "(?![\\p{L}\\p{N}_$])");
        if (fuzzCase.files().stream().noneMatch(file -> word.matcher(file.content()).find())) {
          violations.add(new Violation("a helper class generated that no source names, under the default", path));
        }
      }
    }
    List<String> missing =
        fuzzCase.referredHelpers().stream()
            .filter(helper -> !generated.contains(helper.replace('.', '/') + ".java"))
            .toList();
    if (missing.isEmpty() || !plain.success() || processed.thrown() != null) {
      return new HelperCheck(Set.of());
    }
    Result all = allHelpers.get();
    if (all.thrown() != null) {
      return new HelperCheck(Set.of()); // reported as the processor's failure on this case's sources
    }
    List<String> possible = all.generatedSources();
    List<String> wrong = missing.stream().filter(helper -> possible.contains(helper.replace('.', '/') + ".java")).toList();
    if (!wrong.isEmpty()) {
      violations.add(
          new Violation(
              "a helper class that a source refers to was not generated, but is under helpers=all",
              String.join(", ", wrong) + " (helpers=" + (fuzzCase.helpers().isEmpty() ? "default" : fuzzCase.helpers()) + ")"));
      return new HelperCheck(Set.of());
    }
    Set<String> users = new java.util.HashSet<>();
    fuzzCase.files().stream().filter(FuzzCase.SourceFile::usesHelpers).forEach(file -> users.add(file.path()));
    return new HelperCheck(users);
  }

  /** What a helper class's name adds to its resource class's. */
  private static final String SUFFIX = "Responses";

  private static String where(Diag d) {
    if (d.inGeneratedHelper()) {
      return "in a generated helper";
    }
    return d.file().isEmpty() ? "without a file" : d.file().startsWith("gen:") ? "in a generated file" : "in a source";
  }

  // ---------------------------------------------------------------- signatures

  /** javac's message key and the message, names stripped: {@code compiler.err.cant.resolve.location: cannot find symbol | symbol: class #}. */
  static String messageSignature(Diag d, Set<String> names) {
    return d.code() + ": " + normalize(d.message(), names);
  }

  private static final Pattern PATH = Pattern.compile("(?<![\\w.])(?:[A-Za-z]:)?[/\\\\][^\\s:;,)]+");
  private static final Pattern PRIMITIVE_ARRAY =
      Pattern.compile("\\b(?:boolean|byte|short|int|long|char|float|double)(?:\\[\\])+");
  private static final Pattern QUOTED = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");
  private static final Pattern IDENTIFIER = Pattern.compile("[\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\.[\\p{L}_$][\\p{L}\\p{N}_$]*)*");
  private static final Pattern COLLAPSE = Pattern.compile("#(?:[<>\\[\\](),.?&@ ]*(?:extends |super )?#)+[<>\\[\\]]*|#[<>\\[\\]]+");
  /** Words of javac's messages that are also names in some cases. */
  private static final Set<String> MESSAGE_WORDS =
      Set.of(
          "class", "method", "variable", "symbol", "location", "interface", "enum", "record", "package", "constructor",
          "type", "types", "found", "required", "cannot", "find", "be", "is", "in", "of", "to", "the", "a", "an",
          "already", "defined", "has", "private", "access", "not", "static", "public", "void", "int", "long", "and",
          "reason", "argument", "arguments", "applied", "given", "incompatible", "converted", "deprecated", "removal",
          "marked", "for", "been", "java");

  /**
   * The first two lines of a message with what depends on the case replaced: strings and character
   * literals by {@code "…"}, qualified and capitalized names and the case's own identifiers by
   * {@code #}, numbers by {@code 0}.
   */
  static String normalize(String message, Set<String> names) {
    String[] lines = message.strip().split("\\R");
    String text = lines[0].strip() + (lines.length > 1 ? " | " + lines[1].strip() : "");
    String prefix = "";
    if (text.startsWith("[" + PROCESSOR_PREFIX + "] ")) {
      prefix = "[" + PROCESSOR_PREFIX + "] ";
      text = text.substring(prefix.length());
    }
    text = PATH.matcher(text).replaceAll("<path>");
    text = text.replace("unnamed package", "#");
    text = PRIMITIVE_ARRAY.matcher(text).replaceAll("#");
    text = QUOTED.matcher(text).replaceAll("\"…\"");
    Matcher m = IDENTIFIER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String token = m.group();
      boolean name =
          token.contains(".")
              || Character.isUpperCase(token.codePointAt(0))
              || !token.chars().allMatch(c -> c < 128)
              || token.startsWith("$")
              || token.startsWith("_")
              || (names.contains(token) && !MESSAGE_WORDS.contains(token));
      m.appendReplacement(out, Matcher.quoteReplacement(name ? "#" : token));
    }
    m.appendTail(out);
    text = out.toString().replaceAll("-?[0-9]+", "0").replaceAll("\\bin package [\\w.$]+", "in package #");
    text = COLLAPSE.matcher(text).replaceAll("#");
    text = text.replaceAll("\\s+", " ");
    text = prefix + text;
    return text.length() > 160 ? text.substring(0, 160) + "…" : text;
  }

  /** {@code ClassCastException at X.y (via dev...Z.w)}: the root cause's type and where it came from. */
  static String throwableSignature(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    List<String> frames = new ArrayList<>();
    for (StackTraceElement frame : root.getStackTrace()) {
      frames.add(frame.getClassName() + "." + frame.getMethodName());
    }
    return root.getClass().getName() + frameSignature(frames);
  }

  private static final Pattern INTERNAL_ERROR =
      Pattern.compile("internal error while (checking|writing)[^\\n]*?: ([\\w.$]+(?:Exception|Error|Throwable)\\b)");
  private static final Pattern FRAME = Pattern.compile("^\\s*at (?:[\\w.$/@-]+/)?([\\w.$<>]+)\\(", Pattern.MULTILINE);

  /**
   * {@code internal error while checking: java.lang.IllegalArgumentException at X.y via dev...Z.w}:
   * the exception's type, where it was thrown, and the processor's frame nearest to that.
   */
  static String internalErrorSignature(String message) {
    Matcher m = INTERNAL_ERROR.matcher(message);
    String doing = "";
    String exception = "unknown exception";
    if (m.find()) {
      doing = " while " + m.group(1);
      exception = m.group(2);
    }
    List<String> frames = new ArrayList<>();
    Matcher f = FRAME.matcher(message);
    while (f.find()) {
      frames.add(f.group(1));
    }
    return "internal error" + doing + ": " + exception + frameSignature(frames);
  }

  private static String frameSignature(List<String> frames) {
    if (frames.isEmpty()) {
      // HotSpot throws a preallocated exception without a stack trace from code that threw the
      // same exception often (-XX:+OmitStackTraceInFastThrow, the default): in a long run, one
      // failure can show up both with and without frames.
      return " (without a stack trace: the JVM omits it for an exception thrown often)";
    }
    String first = frames.get(0);
    String own = frames.stream().filter(fr -> fr.startsWith("dev.statuscontract.")).findFirst().orElse(null);
    return " at " + first + (own == null || own.equals(first) ? "" : " via " + own);
  }

  /** The first 40 lines of the stack trace. */
  static String stackTrace(Throwable thrown) {
    StringWriter out = new StringWriter();
    thrown.printStackTrace(new PrintWriter(out));
    List<String> lines = List.of(out.toString().split("\\R"));
    return String.join("\n", lines.subList(0, Math.min(lines.size(), 40)));
  }
}

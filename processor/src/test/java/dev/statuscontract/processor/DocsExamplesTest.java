package dev.statuscontract.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.rules.Rule;
import dev.statuscontract.processor.rules.Rules;
import dev.statuscontract.processor.rules.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the rule pages honest. For every rule of {@link Rules#all()}, {@code docs/rules/<id>.md}
 * exists, states the rule's real default severity and summary, and has two Java examples: the
 * Example, which compiles and reports the rule with exactly the diagnostic the page shows, and the
 * Fix, which compiles without any finding. {@code docs/rules.md} lists every rule in order.
 *
 * <p>The examples compile with {@code -Astatuscontract.rules=<id>:error}, so that rules that are
 * off by default run too.
 */
class DocsExamplesTest {

  private static final List<String> SECTIONS = List.of("## Why", "## Example", "## Fix", "## Suppress");

  /** A fenced code block: its language and its content. */
  private static final Pattern FENCE =
      Pattern.compile("(?m)^```(\\w*)[ \\t]*\\n(.*?)^```[ \\t]*$", Pattern.DOTALL);

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "(?m)^public\\s+(?:(?:final|abstract|sealed)\\s+)*(?:class|interface|record|enum)\\s+(\\w+)");

  /** A diagnostic as javac prints it: {@code UserResource.java:12: error: [rule-id] message}. */
  private static final Pattern PRINTED =
      Pattern.compile("^(\\S+\\.java):(\\d+): (error|warning): (\\[[a-z0-9-]+\\] .+)$");

  /** The start of a finding of any status-contract rule. */
  private static final Pattern FINDING = Pattern.compile("^\\[[a-z0-9]+(-[a-z0-9]+)*\\] ");

  @TestFactory
  Stream<DynamicNode> everyRuleHasAnHonestPage() {
    return Rules.all().stream()
        .map(
            rule ->
                DynamicContainer.dynamicContainer(
                    rule.id(),
                    Stream.of(
                        DynamicTest.dynamicTest(
                            "page structure, default severity and summary", () -> checkStructure(rule)),
                        DynamicTest.dynamicTest(
                            "Example reports the rule as the page shows", () -> checkExample(rule)),
                        DynamicTest.dynamicTest(
                            "Fix compiles without findings", () -> checkFix(rule)))));
  }

  @Test
  void everyPageIsAboutARule() throws IOException {
    Set<String> ids =
        Rules.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
    Set<String> pages;
    try (Stream<Path> files = Files.list(docs().resolve("rules"))) {
      pages =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".md"))
              .map(name -> name.substring(0, name.length() - ".md".length()))
              .collect(Collectors.toCollection(TreeSet::new));
    }
    assertEquals(ids, pages, "docs/rules/ has one page per rule, named <rule-id>.md");
  }

  @Test
  void indexListsEveryRuleInOrderWithItsSeverityAndSummary() {
    Path index = docs().resolve("rules.md");
    assertTrue(Files.isRegularFile(index), "missing " + index);
    String text = read(index);
    int previous = -1;
    for (Rule rule : Rules.all()) {
      String row =
          String.format(
              "| [%s](rules/%s.md) | %s | %s |",
              rule.id(), rule.id(), rule.defaultSeverity().label(), rule.summary());
      int at = text.indexOf(row);
      assertTrue(at >= 0, "docs/rules.md lacks the row " + row);
      assertTrue(at > previous, "docs/rules.md lists " + rule.id() + " out of the order of Rules.all()");
      previous = at;
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static void checkStructure(Rule rule) {
    Page page = Page.of(rule);
    assertEquals("# " + rule.id(), page.text.lines().findFirst().orElse("").trim(), page + ": title");

    int why = page.indexOfHeading("## Why");
    List<String> intro =
        page.text.substring(0, Math.max(0, why)).lines()
            .map(String::trim)
            .filter(line -> !line.isEmpty())
            .toList();
    String severity = "**Default severity:** " + rule.defaultSeverity().label();
    assertTrue(intro.contains(severity), page + " lacks the line " + severity);
    assertEquals(
        rule.summary(),
        intro.get(intro.size() - 1).replace("`", ""),
        page + ": the sentence before ## Why is the rule's summary");

    int previous = -1;
    for (String section : SECTIONS) {
      int at = page.indexOfHeading(section);
      assertTrue(at > previous, page + " lacks " + section + ", or has it out of order");
      previous = at;
    }

    List<Block> java = page.blocks("java");
    assertEquals(2, java.size(), page + " has exactly two java blocks, the Example and the Fix");
    assertEquals("## Example", page.sectionOf(java.get(0)), page + ": the first java block");
    assertEquals("## Fix", page.sectionOf(java.get(1)), page + ": the second java block");
    assertEquals(
        qualifiedName(page, java.get(0).code()),
        qualifiedName(page, java.get(1).code()),
        page + ": the Fix is the same class as the Example");

    String suppress = page.section("## Suppress");
    assertTrue(
        suppress.contains("@SuppressWarnings(\"statuscontract:" + rule.id() + "\")"),
        page + ": ## Suppress shows @SuppressWarnings(\"statuscontract:" + rule.id() + "\")");
    assertTrue(
        suppress.contains("-Astatuscontract.rules=" + rule.id() + ":"),
        page + ": ## Suppress shows -Astatuscontract.rules=" + rule.id() + ":...");
  }

  private static void checkExample(Rule rule) {
    Page page = Page.of(rule);
    JavaFileObject source = source(page, page.blocks("java").get(0).code());
    String tag = "[" + rule.id() + "]";

    // javac stops before attribution once a processor reports an error, so the compilation with
    // the rule would not show a type error in the Example: compile it without rules first.
    Compilation plain = Compilations.compileWithRules(List.of(), source);
    assertEquals(
        Compilation.Status.SUCCESS, plain.status(), page + ": the Example does not compile: " + plain.errors());

    Compilation compilation = compileExample(rule, source);
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertTrue(FINDING.matcher(message(error)).find(), page + ": the Example does not compile: " + error);
    }
    List<Diagnostic<? extends JavaFileObject>> findings = findings(compilation);
    List<Diagnostic<? extends JavaFileObject>> mine =
        findings.stream().filter(d -> message(d).startsWith(tag)).toList();
    assertFalse(mine.isEmpty(), page + ": the Example reports no " + tag + "; it reports " + describe(findings));
    assertEquals(
        findings.size(),
        mine.size(),
        page + ": the Example shows one mistake, so it reports only " + tag + "; it reports "
            + describe(findings));

    List<Block> texts =
        page.blocks("text").stream().filter(b -> page.sectionOf(b).equals("## Example")).toList();
    assertEquals(1, texts.size(), page + ": ## Example has one text block, with the diagnostic");
    List<String> printed = texts.get(0).code().lines().filter(line -> line.contains(tag)).toList();
    assertEquals(1, printed.size(), page + ": the text block shows one " + tag + " diagnostic");
    Matcher shown = PRINTED.matcher(printed.get(0).trim());
    assertTrue(
        shown.matches(),
        page + ": the diagnostic reads File.java:LINE: error|warning: [id] ...; got " + printed.get(0));
    String file = shown.group(1);
    long line = Long.parseLong(shown.group(2));
    String kind = shown.group(3);
    String text = shown.group(4);

    Diagnostic<? extends JavaFileObject> match =
        mine.stream()
            .filter(d -> message(d).contains(text))
            .findFirst()
            .orElseGet(
                () ->
                    fail(
                        page + ": the text block's message is not what the build prints.\n  page:  "
                            + text + "\n  build: " + describe(mine)));
    assertEquals(fileName(source), file, page + ": the diagnostic names the Example's file");
    assertEquals(match.getLineNumber(), line, page + ": the line number of " + text);
    if (rule.defaultSeverity() != Severity.OFF) {
      assertEquals(
          rule.defaultSeverity().label(), kind, page + ": with no options, the build prints the finding as");
    }
  }

  private static void checkFix(Rule rule) {
    Page page = Page.of(rule);
    Compilation compilation = compile(rule, source(page, page.blocks("java").get(1).code()));
    List<Diagnostic<? extends JavaFileObject>> mine =
        compilation.diagnostics().stream()
            .filter(d -> message(d).contains("[" + rule.id() + "]"))
            .toList();
    assertTrue(mine.isEmpty(), page + ": the Fix still reports " + describe(mine));
    assertEquals(
        Compilation.Status.SUCCESS,
        compilation.status(),
        page + ": the Fix does not compile: " + compilation.errors());
    List<Diagnostic<? extends JavaFileObject>> findings = findings(compilation);
    assertTrue(findings.isEmpty(), page + ": the Fix has other findings: " + describe(findings));
  }

  // ---------------------------------------------------------------------------------------------

  private static Compilation compile(Rule rule, JavaFileObject source) {
    return Compilations.compile(List.of("-Astatuscontract.rules=" + rule.id() + ":error"), source);
  }

  /**
   * An Example shows one mistake in a declaration; its body may well disagree with that mistake
   * (a contract without a success status, and a body that answers one), which the rules on bodies
   * would report too. So a declaration rule's Example is compiled with the analysis of bodies off;
   * the Examples of the rules on bodies, and every Fix, with it on.
   */
  private static Compilation compileExample(Rule rule, JavaFileObject source) {
    List<String> options = new ArrayList<>(List.of("-Astatuscontract.rules=" + rule.id() + ":error"));
    if (!BODY_RULES.contains(rule.id())) {
      options.add("-Astatuscontract.analysis=false");
    }
    return Compilations.compile(options, source);
  }

  private static final Set<String> BODY_RULES =
      Set.of("undeclared-status", "declared-not-returned", "undeclared-framework-status");

  /** The file that javac would expect the code in: package and public class. */
  private static JavaFileObject source(Page page, String code) {
    return Compilations.source(qualifiedName(page, code), code.split("\n", -1));
  }

  private static String qualifiedName(Page page, String code) {
    Matcher pkg = PACKAGE.matcher(code);
    Matcher type = PUBLIC_TYPE.matcher(code);
    assertTrue(pkg.find(), page + ": a java block has no package declaration");
    assertTrue(type.find(), page + ": a java block has no public top-level class");
    return pkg.group(1) + "." + type.group(1);
  }

  private static String fileName(JavaFileObject source) {
    String path = source.toUri().getPath();
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** The status-contract findings, errors and warnings alike. */
  private static List<Diagnostic<? extends JavaFileObject>> findings(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(
            d ->
                d.getKind() == Diagnostic.Kind.ERROR
                    || d.getKind() == Diagnostic.Kind.WARNING
                    || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
        .filter(d -> FINDING.matcher(message(d)).find())
        .toList();
  }

  private static String message(Diagnostic<? extends JavaFileObject> diagnostic) {
    return diagnostic.getMessage(Locale.ROOT);
  }

  private static String describe(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.isEmpty()
        ? "nothing"
        : diagnostics.stream()
            .map(d -> "line " + d.getLineNumber() + ": " + d.getKind() + ": " + message(d))
            .collect(Collectors.joining("\n    ", "\n    ", ""));
  }

  /**
   * The repository's {@code docs} directory. Surefire runs in the module directory, so it is
   * usually {@code ../docs}; look in the working directory and each directory above it.
   */
  private static Path docs() {
    Path start = Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path docs = dir.resolve("docs");
      if (Files.isDirectory(docs.resolve("rules"))) {
        return docs;
      }
    }
    return fail("no docs/rules/ directory in " + start + " or above it");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fenced code block: its language, its content, and where it starts in the page. */
  private record Block(String language, String code, int start) {}

  /** A rule's page. */
  private record Page(String name, String text) {

    static Page of(Rule rule) {
      Path file = docs().resolve("rules").resolve(rule.id() + ".md");
      assertTrue(Files.isRegularFile(file), "missing the page " + file + " for the rule " + rule.id());
      return new Page("docs/rules/" + rule.id() + ".md", read(file));
    }

    List<Block> blocks(String language) {
      List<Block> blocks = new ArrayList<>();
      Matcher fence = FENCE.matcher(text);
      while (fence.find()) {
        if (fence.group(1).equals(language)) {
          blocks.add(new Block(language, fence.group(2), fence.start()));
        }
      }
      return blocks;
    }

    /** Where the line {@code heading} starts, or -1. */
    int indexOfHeading(String heading) {
      Matcher line = Pattern.compile("(?m)^" + Pattern.quote(heading) + "[ \\t]*$").matcher(text);
      return line.find() ? line.start() : -1;
    }

    /** The section heading that {@code block} is under, or "" above the first. */
    String sectionOf(Block block) {
      String section = "";
      for (String heading : SECTIONS) {
        int at = indexOfHeading(heading);
        if (at >= 0 && at < block.start()) {
          section = heading;
        }
      }
      return section;
    }

    /** The text from {@code heading} to the next {@code ##} heading. */
    String section(String heading) {
      int start = indexOfHeading(heading);
      if (start < 0) {
        return "";
      }
      Matcher next = Pattern.compile("(?m)^## ").matcher(text);
      int end = next.find(start + heading.length()) ? next.start() : text.length();
      return text.substring(start, end);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * docs/getting-started.md prints the build's failures for its first attempts at a contract, and
 * they are what the build prints: the same files, lines, columns, rules and messages, and nothing
 * else.
 *
 * <p>The page shows each first attempt as a method ("Declare a first contract") and, after the
 * failure, the whole class with the fixed method ("Fix it"). The test compiles what the reader has
 * before the fix: the whole class, with the fixed method replaced by the first attempt, and without
 * the imports that only the fix uses (as {@code java.net.URI} is). The printed line numbers are
 * those of that file.
 */
class GettingStartedTest {

  private static final Pattern JAVA = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("```text\\n(.*?)```", Pattern.DOTALL);
  /** A diagnostic as Maven prints it: {@code [ERROR] /path/to/Xxx.java:[16,3] [rule-id] message}. */
  private static final Pattern PRINTED =
      Pattern.compile("^\\[(ERROR|WARNING)] (\\S+\\.java):\\[(\\d+),(\\d+)] (\\[[a-z0-9-]+] .*)$", Pattern.MULTILINE);
  /** Maven's count after the diagnostics: {@code [INFO] 1 error}. */
  private static final Pattern COUNT = Pattern.compile("^\\[INFO] (\\d+) errors?$", Pattern.MULTILINE);
  private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern CLASS = Pattern.compile("^public (?:final )?class (\\w+)", Pattern.MULTILINE);
  /** A method declaration in a snippet: its name. */
  private static final Pattern METHOD = Pattern.compile("^\\s+public [^=;(]*?(\\w+)\\(", Pattern.MULTILINE);

  private static String page;
  /** The complete classes of the page, by qualified name. */
  private static final Map<String, String> complete = new LinkedHashMap<>();
  /** The first attempts: methods with a contract, outside a complete class. */
  private static final List<String> attempts = new ArrayList<>();

  @BeforeAll
  static void readThePage() throws IOException {
    page = Files.readString(ReadmeExampleTest.projectRoot().resolve("docs/getting-started.md"));
    Matcher blocks = JAVA.matcher(page);
    while (blocks.find()) {
      String code = blocks.group(1);
      if (code.startsWith("package ")) {
        complete.put(qualifiedName(code), code);
      } else if (code.contains("@Returns") && METHOD.matcher(code).find()) {
        attempts.add(code);
      }
    }
    assertWithMessage("complete classes on the page").that(complete).hasSize(2);
    assertWithMessage("first attempts on the page").that(attempts).hasSize(2);
  }

  @Test
  void everyFailureThePagePrintsIsWhatTheBuildPrints() {
    List<String> printed = new ArrayList<>();
    int counted = 0;
    Matcher blocks = TEXT.matcher(page);
    while (blocks.find()) {
      Matcher lines = PRINTED.matcher(blocks.group(1));
      int errors = 0;
      while (lines.find()) {
        printed.add(lines.group(1) + " " + lines.group(2) + ":[" + lines.group(3) + "," + lines.group(4) + "] " + lines.group(5));
        errors += lines.group(1).equals("ERROR") ? 1 : 0;
      }
      Matcher count = COUNT.matcher(blocks.group(1));
      if (count.find()) {
        assertWithMessage("the error count Maven prints after\n%s", blocks.group(1))
            .that(Integer.parseInt(count.group(1)))
            .isEqualTo(errors);
        counted++;
      }
    }
    assertThat(counted).isEqualTo(2);

    List<String> built = new ArrayList<>();
    for (String attempt : attempts) {
      String qualifiedName = classOf(attempt);
      String source = beforeTheFix(complete.get(qualifiedName), attempt);
      Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString(qualifiedName, source));
      assertThat(compilation).failed();
      String path = "/src/main/java/" + qualifiedName.replace('.', '/') + ".java";
      for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
        String kind =
            switch (d.getKind()) {
              case ERROR -> "ERROR";
              case WARNING, MANDATORY_WARNING -> "WARNING";
              default -> null;
            };
        if (kind != null) {
          built.add(kind + " /path/to/your-project" + path + ":[" + d.getLineNumber() + "," + d.getColumnNumber() + "] "
              + d.getMessage(Locale.ROOT));
        }
      }
    }
    assertThat(printed).isNotEmpty();
    // Maven prints the warnings of a compilation before its errors; javac prints them in the
    // order the processor reports them, which is the source order.
    for (String kind : List.of("ERROR", "WARNING")) {
      assertWithMessage("what the build prints (expected: what the page prints), with line and column")
          .that(built.stream().filter(line -> line.startsWith(kind + " ")).toList())
          .containsExactlyElementsIn(printed.stream().filter(line -> line.startsWith(kind + " ")).toList())
          .inOrder();
    }
    assertThat(built).hasSize(printed.size());

    // The prose quotes the positions too ("`[16,3]` is the `@Returns(value = 204, ...)`").
    List<String> positions = built.stream().map(b -> b.replaceAll("^.*?\\.java:(\\[\\d+,\\d+]).*$", "$1")).toList();
    Matcher quoted = Pattern.compile("\\[\\d+,\\d+]").matcher(page);
    while (quoted.find()) {
      assertWithMessage("a position the page quotes").that(positions).contains(quoted.group());
    }
  }

  @Test
  void theFixedClassesCompileWithoutAFinding() {
    JavaFileObject[] sources =
        complete.entrySet().stream()
            .map(e -> JavaFileObjects.forSourceString(e.getKey(), e.getValue()))
            .toArray(JavaFileObject[]::new);
    assertThat(Compilations.compile(sources)).succeededWithoutWarnings();
  }

  /** The complete class that has a method of the attempt's name. */
  private static String classOf(String attempt) {
    Matcher method = METHOD.matcher(attempt);
    assertThat(method.find()).isTrue();
    String name = method.group(1);
    List<String> owners =
        complete.entrySet().stream()
            .filter(e -> methodLine(e.getValue(), name) >= 0)
            .map(Map.Entry::getKey)
            .collect(Collectors.toList());
    assertWithMessage("complete classes with a method %s", name).that(owners).hasSize(1);
    return owners.get(0);
  }

  /**
   * The class as it is before the fix: its method of the attempt's name, from its first annotation
   * to its closing brace, replaced by the attempt; then the imports nothing uses any more removed.
   */
  static String beforeTheFix(String fixed, String attempt) {
    Matcher method = METHOD.matcher(attempt);
    assertThat(method.find()).isTrue();
    List<String> lines = new ArrayList<>(Arrays.asList(fixed.split("\n", -1)));
    int declaration = methodLine(fixed, method.group(1));
    int start = declaration;
    while (start > 0 && lines.get(start - 1).strip().startsWith("@")) {
      start--;
    }
    String indent = lines.get(declaration).substring(0, lines.get(declaration).indexOf("public"));
    int end = declaration;
    while (!lines.get(end).equals(indent + "}")) {
      end++;
    }
    lines.subList(start, end + 1).clear();
    lines.addAll(start, Arrays.asList(attempt.stripTrailing().split("\n")));

    String body = lines.stream().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
    lines.removeIf(
        line -> {
          Matcher imported = Pattern.compile("^import [\\w.]+\\.(\\w+);$").matcher(line);
          return imported.matches() && !Pattern.compile("\\b" + imported.group(1) + "\\b").matcher(body).find();
        });
    return String.join("\n", lines);
  }

  /** The index of the line that declares the method {@code name}, or -1. */
  private static int methodLine(String code, String name) {
    String[] lines = code.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].matches("\\s+public [^=;(]*\\b" + Pattern.quote(name) + "\\(.*")) {
        return i;
      }
    }
    return -1;
  }

  private static String qualifiedName(String code) {
    Matcher pkg = PACKAGE.matcher(code);
    Matcher type = CLASS.matcher(code);
    assertThat(pkg.find()).isTrue();
    assertThat(type.find()).isTrue();
    return pkg.group(1) + "." + type.group(1);
  }
}

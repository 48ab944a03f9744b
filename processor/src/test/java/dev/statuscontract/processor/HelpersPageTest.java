package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * docs/helpers.md shows a class that drifted from its contract, and what the build prints about
 * it: the printed lines are what the build prints, the same lines and messages, and nothing else.
 */
class HelpersPageTest {

  /** The "before" class, whose first line names its file, followed by the text block of its findings. */
  private static final Pattern BEFORE =
      Pattern.compile("```java\\n(// (\\w+)\\.java\\npackage ([\\w.]+);.*?)```\\s*```text\\n(.*?)```", Pattern.DOTALL);

  @Test
  void theFindingsThePagePrintsForTheDriftedClassAreWhatTheBuildPrints() throws IOException {
    String page = Files.readString(ReadmeExampleTest.projectRoot().resolve("docs/helpers.md"));
    Matcher before = BEFORE.matcher(page);
    assertWithMessage("docs/helpers.md shows a class and its findings").that(before.find()).isTrue();
    String name = before.group(2);

    Compilation compilation =
        Compilations.compile(JavaFileObjects.forSourceString(before.group(3) + "." + name, before.group(1)));

    List<String> built =
        compilation.diagnostics().stream()
            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING)
            .map(
                d ->
                    name + ".java:" + d.getLineNumber() + ": " + d.getKind().toString().toLowerCase(Locale.ROOT) + ": "
                        + d.getMessage(Locale.ROOT))
            .toList();
    assertThat(built).isNotEmpty();
    assertThat(built).containsExactlyElementsIn(before.group(4).lines().toList()).inOrder();
  }
}

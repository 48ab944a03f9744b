package dev.statuscontract.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The README's example compiles to exactly the build errors the README shows. */
class ReadmeExampleTest {

  private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern SHOWN_ERROR =
      Pattern.compile("\\[ERROR] (\\w+\\.java):\\[(\\d+),\\d+] (\\[[a-z0-9-]+] .*)");

  @Test
  void exampleFailsWithTheErrorsTheReadmeShows() throws IOException {
    String readme = Files.readString(projectRoot().resolve("README.md"));
    Matcher fences = FENCE.matcher(readme);
    String java = null;
    String output = null;
    while (fences.find() && output == null) {
      if (java == null && fences.group(1).equals("java")) {
        java = fences.group(2);
      } else if (java != null && fences.group(1).equals("text")) {
        output = fences.group(2);
      }
    }
    assertThat(java).isNotNull();
    assertThat(output).isNotNull();

    JavaFileObject source = JavaFileObjects.forSourceString("com.example.UserResource", java);
    Compilation compilation = Compilations.compile(source);

    List<String> shown = new ArrayList<>();
    Matcher errors = SHOWN_ERROR.matcher(output);
    while (errors.find()) {
      assertThat(errors.group(1)).isEqualTo("UserResource.java");
      shown.add(errors.group(2) + ": " + errors.group(3));
    }
    List<String> actual = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      actual.add(d.getLineNumber() + ": " + d.getMessage(null));
    }
    assertThat(shown).isNotEmpty();
    assertThat(actual).containsExactlyElementsIn(shown);
    assertThat(compilation).failed();
  }

  static Path projectRoot() {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("README.md"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no README.md above " + System.getProperty("user.dir"));
    }
    return dir;
  }
}

package dev.statuscontract.processor.helpers;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated helpers of each fixture class against their reviewed golden files. The fixture
 * classes call their helpers, and compile under {@code -Xlint:all -Werror}, so the helpers compile
 * warning-free and fit the endpoints they serve.
 */
class GoldenHelpersTest {

  @ParameterizedTest
  @CsvSource({
    "jakarta, com.acme.jakarta.ItemResourceResponses",
    "javax, com.acme.javax.ReportResourceResponses",
    "spring, com.acme.spring.OrderControllerResponses"
  })
  void generatesTheGoldenHelperAndItCompilesWithoutWarnings(String pkg, String helper) {
    Compilation compilation =
        Compilations.compile(
            // The fixture's bodies show each factory once, not every declared status.
            List.of("-Xlint:all,-processing", "-Werror", "-Astatuscontract.rules=declared-not-returned:off"),
            HelpersFixture.sources(pkg).toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
    String generated =
        compilation
            .generatedFile(StandardLocation.SOURCE_OUTPUT, helper.replace('.', '/') + ".java")
            .map(GoldenHelpersTest::content)
            .orElseThrow(() -> new AssertionError("no " + helper + " was generated"));
    assertGolden(helper + ".java", generated);
  }

  private static String content(JavaFileObject file) {
    try {
      return file.getCharContent(false).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares with src/test/resources/golden/helpers; {@code -Dgolden.update=true} rewrites them. */
  private static void assertGolden(String name, String actual) {
    Path golden = Path.of("src/test/resources/golden/helpers").resolve(name);
    try {
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      assertWithMessage("golden file %s (rerun with -Dgolden.update=true after a deliberate change)", golden)
          .that(actual)
          .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

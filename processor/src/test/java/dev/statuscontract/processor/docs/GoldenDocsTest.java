package dev.statuscontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documentation format, generated from the fixture API, against its reviewed golden file. */
class GoldenDocsTest {

  private static Compilation compilation;

  @BeforeAll
  static void compileFixture() {
    compilation = Compilations.compile(DocsFixture.sources().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "contract.json",
        "index.md",
        "com.acme.users.md",
        "com.acme.orders.md",
        "index.html",
        "openapi.json"
      })
  void matchesTheGoldenFile(String name) {
    DocsFixture.assertGolden(name, DocsFixture.generatedOrFail(compilation, name));
  }
}

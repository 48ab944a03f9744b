package dev.statuscontract.processor.docs;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
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

  /**
   * openapi.json with every option that adds to it: contact, licence, and a security scheme, which
   * the operations that declare a 401 require and the others do not.
   */
  @Test
  void openApiWithItsOptionsMatchesTheGoldenFile() {
    Compilation withOptions =
        Compilations.compile(
            List.of(
                "-Astatuscontract.title=Acme API",
                "-Astatuscontract.version=2.1.0",
                "-Astatuscontract.server=https://api.example.com",
                "-Astatuscontract.contact=Acme API team <api@example.com>",
                "-Astatuscontract.license=Apache-2.0",
                "-Astatuscontract.securityScheme=bearer:JWT"),
            DocsFixture.sources().toArray(JavaFileObject[]::new));
    assertThat(withOptions).succeededWithoutWarnings();
    DocsFixture.assertGolden("openapi-with-options.json", DocsFixture.generatedOrFail(withOptions, "openapi.json"));
  }
}

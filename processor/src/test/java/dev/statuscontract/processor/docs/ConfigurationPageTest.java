package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.StatusContractProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * docs/configuration.md lists every option, and its OpenAPI examples do what it says: each example
 * option is accepted, each row of the security-scheme table gives the scheme it shows, and the error
 * it shows is the processor's.
 */
class ConfigurationPageTest {

  private static final JavaFileObject RESOURCE =
      source(
          "com.acme.AccountResource",
          "package com.acme;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/account\")",
          "public class AccountResource {",
          "  @GET @Returns(200)",
          "  @Returns(value = 401, description = \"No valid token\", headers = \"WWW-Authenticate\")",
          "  public String get() { return \"\"; }",
          "}");

  /** An option as the page writes it on a line of its own. */
  private static final Pattern EXAMPLE_OPTION =
      Pattern.compile("(?m)^-A(statuscontract\\.(?:contact|license|securityScheme)=.+)$");

  /** A row of the security-scheme table: the value, the scheme's name, and its JSON. */
  private static final Pattern SCHEME_ROW =
      Pattern.compile("(?m)^\\s*\\| `([^`]+)` \\| `(\\w+)` \\| `(\\{[^`]*\\})`");

  private static final Pattern ERROR_EXAMPLE =
      Pattern.compile("(?m)^error: (\\[status-contract\\] '[^']*' in -Astatuscontract\\.securityScheme .*)$");

  @Test
  void everyOptionIsInTheTable() throws IOException {
    String page = page();
    for (String option : new StatusContractProcessor().getSupportedOptions()) {
      assertWithMessage("docs/configuration.md names %s", option).that(page).contains("`" + option + "`");
    }
  }

  @Test
  void theExampleOptionsAreAccepted() throws IOException {
    Matcher examples = EXAMPLE_OPTION.matcher(page());
    int count = 0;
    while (examples.find()) {
      count++;
      assertThat(compile(List.of("-A" + examples.group(1)), RESOURCE)).succeededWithoutWarnings();
    }
    assertThat(count).isEqualTo(3);
  }

  @Test
  void everyRowOfTheSchemeTableGivesTheSchemeItShows() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Matcher rows = SCHEME_ROW.matcher(page());
    int count = 0;
    while (rows.find()) {
      count++;
      Compilation compilation =
          compile(List.of("-Astatuscontract.securityScheme=" + rows.group(1)), RESOURCE);
      JsonNode document =
          mapper.readTree(
              compilation
                  .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/status-contract/openapi.json")
                  .orElseThrow()
                  .getCharContent(true)
                  .toString());
      assertWithMessage("the scheme of %s", rows.group(1))
          .that(document.path("components").path("securitySchemes").path(rows.group(2)))
          .isEqualTo(mapper.readTree(rows.group(3)));
      assertWithMessage("the requirement of %s", rows.group(1))
          .that(document.path("paths").path("/account").path("get").path("security").toString())
          .isEqualTo("[{\"" + rows.group(2) + "\":[]}]");
    }
    assertThat(count).isEqualTo(5);
  }

  @Test
  void theErrorShownIsTheProcessors() throws IOException {
    Matcher error = ERROR_EXAMPLE.matcher(page());
    assertThat(error.find()).isTrue();
    String value = error.group(1).replaceFirst("^\\[status-contract\\] '([^']*)'.*$", "$1");
    Compilation compilation = compile(List.of("-Astatuscontract.securityScheme=" + value), RESOURCE);
    assertThat(
            compilation.errors().stream()
                .map(d -> d.getMessage(null))
                .filter(m -> m.contains("securityScheme"))
                .toList())
        .containsExactly(error.group(1));
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).count())
        .isEqualTo(1);
  }

  private static String page() throws IOException {
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (!Files.exists(dir.resolve("docs/configuration.md"))) {
      dir = dir.getParent();
    }
    return Files.readString(dir.resolve("docs/configuration.md"));
  }
}

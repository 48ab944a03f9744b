package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.compile;
import static dev.statuscontract.processor.Compilations.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What openapi.json says of the API as a whole, from options: its title, version, server, contact,
 * licence, and the security scheme its operations require.
 */
class OpenApiInfoTest {

  private static final JavaFileObject RESOURCE =
      source(
          "com.acme.BookResource",
          "package com.acme;",
          "import dev.statuscontract.Returns;",
          "import jakarta.ws.rs.*;",
          "@Path(\"/books\")",
          "public class BookResource {",
          "  @GET @Returns(200) public String list() { return \"\"; }",
          "}");

  private static JsonNode openApi(Compilation compilation) throws IOException {
    String text =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "", "META-INF/status-contract/openapi.json")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    return new ObjectMapper().readTree(text);
  }

  @Test
  void theOptionsNameTheApiItsVersionAndItsServer() throws IOException {
    JsonNode document =
        openApi(
            compile(
                List.of(
                    "-Astatuscontract.title=Bookstore",
                    "-Astatuscontract.version=1.4.0",
                    "-Astatuscontract.server=https://api.example.com/v1"),
                RESOURCE));

    assertThat(document.path("info").path("title").asText()).isEqualTo("Bookstore");
    assertThat(document.path("info").path("version").asText()).isEqualTo("1.4.0");
    assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("https://api.example.com/v1");
  }

  @Test
  void withoutThemTheServerIsTheRootOfTheHostThatServesTheDocument() throws IOException {
    JsonNode document = openApi(compile(RESOURCE));

    assertThat(document.path("info").path("title").asText()).isEqualTo("API status codes");
    assertThat(document.path("info").path("version").asText()).isEqualTo("unversioned");
    assertThat(document.path("servers").get(0).path("url").asText()).isEqualTo("/");
  }

  /** A resource with one endpoint that declares a 401 and one that does not. */
  private static final JavaFileObject ACCOUNT =
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
          "  @GET @Path(\"/help\") @Returns(200) public String help() { return \"\"; }",
          "}");

  @Test
  void theContactAndLicenseOptionsFillInfo() throws IOException {
    JsonNode info =
        openApi(
                compile(
                    List.of(
                        "-Astatuscontract.contact=Bookstore team <https://example.com/support>",
                        "-Astatuscontract.license=Acme API Terms <https://example.com/terms>"),
                    RESOURCE))
            .path("info");

    assertThat(info.path("contact").toString())
        .isEqualTo("{\"name\":\"Bookstore team\",\"url\":\"https://example.com/support\"}");
    assertThat(info.path("license").toString())
        .isEqualTo("{\"name\":\"Acme API Terms\",\"url\":\"https://example.com/terms\"}");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "books@example.com | {\"email\":\"books@example.com\"}",
        "https://example.com/help | {\"url\":\"https://example.com/help\"}",
        "Bookstore team | {\"name\":\"Bookstore team\"}",
        "Bookstore team <books@example.com> | {\"name\":\"Bookstore team\",\"email\":\"books@example.com\"}",
      })
  void aContactIsANameAnAddressOrBoth(String option, String contact) throws IOException {
    JsonNode document = openApi(compile(List.of("-Astatuscontract.contact=" + option), RESOURCE));
    assertThat(document.path("info").path("contact").toString()).isEqualTo(contact);
  }

  @Test
  void anSpdxIdentifierIsTheLicensesNameAndIdentifier() throws IOException {
    JsonNode document = openApi(compile(List.of("-Astatuscontract.license=Apache-2.0"), RESOURCE));
    assertThat(document.path("info").path("license").toString())
        .isEqualTo("{\"name\":\"Apache-2.0\",\"identifier\":\"Apache-2.0\"}");
  }

  @Test
  void withoutThemInfoHasNoContactAndNoLicense() throws IOException {
    JsonNode info = openApi(compile(RESOURCE)).path("info");
    assertThat(info.has("contact")).isFalse();
    assertThat(info.has("license")).isFalse();
  }

  @Test
  void everyTagUsedIsDefinedAtTheTopLevelOnce() throws IOException {
    JsonNode document = openApi(compile(RESOURCE, ACCOUNT));
    assertThat(document.path("tags").toString())
        .isEqualTo("[{\"name\":\"AccountResource\"},{\"name\":\"BookResource\"}]");
    assertThat(document.path("paths").path("/account/help").path("get").path("tags").toString())
        .isEqualTo("[\"AccountResource\"]");
  }

  @Test
  void aNamedSchemeIsRequiredWhereA401IsDeclaredAndNothingElsewhere() throws IOException {
    JsonNode document = openApi(compile(List.of("-Astatuscontract.securityScheme=bearer"), ACCOUNT));

    assertThat(document.path("components").path("securitySchemes").toString())
        .isEqualTo("{\"bearerAuth\":{\"type\":\"http\",\"scheme\":\"bearer\"}}");
    assertThat(document.path("paths").path("/account").path("get").path("security").toString())
        .isEqualTo("[{\"bearerAuth\":[]}]");
    assertThat(document.path("paths").path("/account/help").path("get").path("security").toString())
        .isEqualTo("[]");
    assertThat(document.has("security")).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "basic | basicAuth | {\"type\":\"http\",\"scheme\":\"basic\"}",
        "bearer:JWT | bearerAuth | {\"type\":\"http\",\"scheme\":\"bearer\",\"bearerFormat\":\"JWT\"}",
        "http:Digest | digestAuth | {\"type\":\"http\",\"scheme\":\"digest\"}",
        "apiKey:header:X-API-Key | apiKeyAuth | {\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-API-Key\"}",
        "apiKey:query:key | apiKeyAuth | {\"type\":\"apiKey\",\"in\":\"query\",\"name\":\"key\"}",
        "apiKey:cookie:session | apiKeyAuth | {\"type\":\"apiKey\",\"in\":\"cookie\",\"name\":\"session\"}",
      })
  void everyFormOfTheOptionNamesItsScheme(String option, String name, String scheme) throws IOException {
    JsonNode document = openApi(compile(List.of("-Astatuscontract.securityScheme=" + option), ACCOUNT));

    assertThat(document.path("components").path("securitySchemes").path(name).toString()).isEqualTo(scheme);
    assertThat(document.path("paths").path("/account").path("get").path("security").toString())
        .isEqualTo("[{\"" + name + "\":[]}]");
  }

  @Test
  void withoutASchemeAnApiThatDeclaresNo401StatesNoRequirementAtTheRoot() throws IOException {
    JsonNode document = openApi(compile(RESOURCE));

    assertThat(document.path("security").toString()).isEqualTo("[]");
    assertThat(document.path("components").has("securitySchemes")).isFalse();
    assertThat(document.path("paths").path("/books").path("get").has("security")).isFalse();
  }

  @Test
  void withoutASchemeAnApiThatDeclaresA401StatesNothingAboutSecurity() throws IOException {
    JsonNode document = openApi(compile(RESOURCE, ACCOUNT));

    assertThat(document.has("security")).isFalse();
    assertThat(document.path("components").has("securitySchemes")).isFalse();
    assertThat(document.path("paths").path("/account").path("get").has("security")).isFalse();
    assertThat(document.path("paths").path("/account/help").path("get").has("security")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"oauth2", "bearer:", "basic:x", "http:", "http:two words", "apiKey:header", "apiKey:body:key",
        "apiKey:header:X API Key"})
  void aSecuritySchemeThatIsNoneOfTheFormsIsOneErrorListingThem(String option) {
    Compilation compilation = compile(List.of("-Astatuscontract.securityScheme=" + option), RESOURCE);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] '" + option + "' in -Astatuscontract.securityScheme is no security scheme; write"
                + " bearer, bearer:<format> (as in bearer:JWT), basic, http:<scheme> (as in http:digest), or"
                + " apiKey:<header|query|cookie>:<name> (as in apiKey:header:X-API-Key)");
  }

  @Test
  void aContactOrLicenseThatCannotBeReadIsAnError() {
    Compilation compilation =
        compile(
            List.of("-Astatuscontract.contact=Team <not an address>", "-Astatuscontract.license=Acme License"),
            RESOURCE);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] 'Team <not an address>' in -Astatuscontract.contact is no contact; write a name,"
                + " an http(s) URL or an email address, or a name and one of them in angle brackets");
    assertThat(compilation)
        .hadErrorContaining(
            "[status-contract] 'Acme License' in -Astatuscontract.license is no licence; write an SPDX"
                + " identifier, as in Apache-2.0, or a name and an http(s) URL in angle brackets");
  }
}

package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.Map;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The generated OpenAPI document passes swagger-parser's OpenAPI 3.1 validation. */
class OpenApiValidationTest {

  @Test
  void theFixturesDocumentIsValidOpenApi31() {
    Compilation compilation = Compilations.compile(DocsFixture.sources().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();

    SwaggerParseResult result = parse(DocsFixture.generatedOrFail(compilation, "openapi.json"));

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    ApiResponse created = api.getPaths().get("/users").getPost().getResponses().get("201");
    assertThat(created.getDescription()).isEqualTo("The user was created");
    assertThat(created.getHeaders()).containsKey("Location");
    assertThat(created.getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/User");
    assertThat(api.getComponents().getSchemas().keySet())
        .containsExactly("Customer", "Order", "Order.Line", "Order.Status", "Page", "Page_Order", "User")
        .inOrder();
    // Every $ref resolves (setValidateInternalRefs), the order's reference to itself included.
    @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models declares its properties with a raw Schema
    Map<String, Schema> order = api.getComponents().getSchemas().get("Order").getProperties();
    assertThat(order.get("replaces").get$ref())
        .isEqualTo("#/components/schemas/Order");
    assertThat(api.getPaths().get("/orders/{id}").getGet().getResponses().keySet())
        .containsExactly("200", "304", "404");
    // @Produces on the JAX-RS method; no produces anywhere falls back to JSON.
    assertThat(api.getPaths().get("/users").getGet().getResponses().get("200").getContent().keySet())
        .containsExactly("application/json", "text/csv")
        .inOrder();
    assertThat(api.getPaths().get("/users/{id}").getGet().getResponses().get("200").getContent().keySet())
        .containsExactly("application/json");
  }

  @Test
  void theDocumentWithContactLicenseAndASecuritySchemeIsValidOpenApi31() {
    Compilation compilation =
        Compilations.compile(
            List.of(
                "-Astatuscontract.contact=Acme API team <api@example.com>",
                "-Astatuscontract.license=Acme API Terms <https://example.com/terms>",
                "-Astatuscontract.securityScheme=apiKey:header:X-API-Key"),
            DocsFixture.sources().toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();

    SwaggerParseResult result = parse(DocsFixture.generatedOrFail(compilation, "openapi.json"));

    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getInfo().getContact().getEmail()).isEqualTo("api@example.com");
    assertThat(api.getInfo().getLicense().getUrl()).isEqualTo("https://example.com/terms");
    assertThat(api.getComponents().getSecuritySchemes().get("apiKeyAuth").getName()).isEqualTo("X-API-Key");
    assertThat(api.getPaths().get("/orders").getGet().getSecurity().get(0)).containsKey("apiKeyAuth");
    assertThat(api.getTags().stream().map(tag -> tag.getName()).toList())
        .containsExactly("OrderController", "UserResource");
  }

  @Test
  void theValidatorRejectsABrokenDocument() {
    SwaggerParseResult result =
        parse("{\"openapi\": \"3.1.0\", \"info\": {\"title\": \"x\"}, \"paths\": {\"/a\": {\"get\": {\"responses\": {\"200\": {\"content\": 7}}}}}}");
    assertThat(result.getMessages()).isNotEmpty();
  }

  private static SwaggerParseResult parse(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    return new OpenAPIParser().readContents(json, null, options);
  }
}

package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.source;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schemas of the bodies in the documents the processor writes: names that two packages share,
 * generic types named by their type arguments, and the links from the body types to the schemas.
 */
class SchemaDocsTest {

  private static Compilation compilation;

  @BeforeAll
  static void compile() {
    compilation =
        Compilations.compile(
            source("shop.a.Item", "package shop.a;", "public record Item(String name) {}"),
            source("shop.b.Item", "package shop.b;", "public record Item(int quantity) {}"),
            source("shop.Box", "package shop;", "public record Box<T>(T content, java.util.List<Box<T>> inner) {}"),
            source("shop.Only", "package shop;", "public enum Only { ONE }"),
            source(
                "shop.ShopController",
                "package shop;",
                "import dev.statuscontract.Returns;",
                "import java.util.List;",
                "import org.springframework.http.ResponseEntity;",
                "import org.springframework.web.bind.annotation.GetMapping;",
                "import org.springframework.web.bind.annotation.RestController;",
                "@RestController",
                "public class ShopController {",
                "  @GetMapping(\"/a\") @Returns(value = 200, body = Box.class)",
                "  public ResponseEntity<Box<shop.a.Item>> a() { return null; }",
                "  @GetMapping(\"/b\") @Returns(value = 200, body = Box.class)",
                "  public ResponseEntity<Box<shop.b.Item>> b() { return null; }",
                "  @GetMapping(\"/only\") @Returns(value = 200, body = List.class)",
                "  public ResponseEntity<List<Only>> only() { return null; }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void typesThatWouldShareANameAreNamedByTheirPackages() {
    SwaggerParseResult result = parse(DocsFixture.generatedOrFail(compilation, "openapi.json"));
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getComponents().getSchemas().keySet())
        .containsExactly("Only", "shop.Box_shop.a.Item", "shop.Box_shop.b.Item", "shop.a.Item", "shop.b.Item");
    assertThat(api.getPaths().get("/a").getGet().getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/shop.Box_shop.a.Item");
    // A list at the top is an array in place, of a named schema.
    io.swagger.v3.oas.models.media.Schema<?> only =
        api.getPaths().get("/only").getGet().getResponses().get("200").getContent().get("application/json").getSchema();
    assertThat(only.getTypes()).containsExactly("array");
    assertThat(only.getItems().get$ref()).isEqualTo("#/components/schemas/Only");
  }

  @Test
  void contractJsonHoldsTheSameSchemasAndEachBodysSchema() {
    String contract = DocsFixture.generatedOrFail(compilation, "contract.json");
    assertThat(contract).contains("\"$ref\" : \"#/schemas/shop.Box_shop.a.Item\"".replace(" : ", ": "));
    assertThat(contract).contains("\"shop.Box_shop.b.Item\": {\n      \"title\": \"shop.Box<shop.b.Item>\"");
  }

  @Test
  void everyBodyAndPropertyLinkLandsOnASchemaSection() {
    String index = DocsFixture.generatedOrFail(compilation, "index.md");
    String page = DocsFixture.generatedOrFail(compilation, "shop.md");
    List<String> anchors = matches(Pattern.compile("<a id=\"([^\"]+)\"></a>"), index);
    List<String> bodyLinks = matches(Pattern.compile("\\]\\(index\\.md#([^)]+)\\)"), page);
    assertThat(bodyLinks).containsExactly("schema-shop-box-shop-a-item", "schema-shop-box-shop-b-item", "schema-only");
    assertThat(anchors).containsAtLeastElementsIn(Set.copyOf(bodyLinks));
    List<String> propertyLinks = matches(Pattern.compile("\\]\\(#(schema-[^)]+)\\)"), index);
    assertThat(propertyLinks).isNotEmpty();
    assertThat(anchors).containsAtLeastElementsIn(Set.copyOf(propertyLinks));

    String html = DocsFixture.generatedOrFail(compilation, "index.html");
    List<String> ids = matches(Pattern.compile(" id=\"([^\"]+)\""), html);
    List<String> hrefs = matches(Pattern.compile("href=\"#(schema[^\"]*)\""), html);
    assertThat(hrefs).isNotEmpty();
    assertThat(ids).containsAtLeastElementsIn(Set.copyOf(hrefs));
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new java.util.ArrayList<>();
    for (Matcher m = pattern.matcher(text); m.find(); ) {
      found.add(m.group(1));
    }
    return found;
  }

  private static SwaggerParseResult parse(String json) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    return new OpenAPIParser().readContents(json, null, options);
  }

}

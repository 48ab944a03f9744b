package dev.statuscontract.processor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The lines of an openapi-generator-style petstore document, in YAML and the same in JSON; and one
 * clear problem for each way the file can be unusable.
 */
class SpecIndexTest {

  @TempDir Path temp;

  @Test
  void findsOperationsAndResponsesInYaml() throws IOException {
    SpecIndex index = read("petstore.yaml");

    assertEquals("petstore.yaml", index.displayName());
    assertEquals(8, index.operations().size());
    SpecIndex.Operation update = index.operation("updatePet").orElseThrow();
    assertEquals("PUT", update.method());
    assertEquals("/pet", update.path());
    assertEquals(19, update.line());
    assertEquals(26, update.responsesLine());
    assertEquals(OptionalInt.of(35), update.responseLine(404));
    assertEquals(26, update.lineFor(500));
    assertEquals(43, index.operation("post", "/pet").orElseThrow().line());
    assertEquals(OptionalInt.of(51), index.operation("addPet").orElseThrow().responseLine(200));

    // Variables match whatever their names; the response is a $ref, its key has the line.
    SpecIndex.Operation byId = index.operation("GET", "/pet/{id}").orElseThrow();
    assertEquals("getPetById", byId.operationId().orElseThrow());
    assertEquals(83, byId.line());
    assertEquals(100, byId.lineFor(404));
    assertEquals(102, index.operation("DELETE", "/pet/{petId}").orElseThrow().line());

    // An unquoted 200, and a range.
    SpecIndex.Operation byStatus = index.operation("findPetsByStatus").orElseThrow();
    assertEquals(OptionalInt.of(78), byStatus.responseLine(200));
    assertEquals(OptionalInt.of(80), byStatus.responseLine(404));
    assertEquals(OptionalInt.empty(), byStatus.responseLine(500));

    // A path item that is a $ref into the document: the lines of the item it points at.
    SpecIndex.Operation order = index.operation("GET", "/store/order/{orderId}").orElseThrow();
    assertEquals("getOrderById", order.operationId().orElseThrow());
    assertEquals(127, order.line());
    assertEquals(135, order.lineFor(404));
    assertEquals(141, index.operation("deleteOrder").orElseThrow().lineFor(404));

    // Neither operationId nor responses.
    SpecIndex.Operation health = index.operation("GET", "/health").orElseThrow();
    assertTrue(health.operationId().isEmpty());
    assertEquals(0, health.responsesLine());
    assertEquals(122, health.lineFor(200));

    assertEquals(
        List.of("paths./store/inventory (line 120) refers to ./store-inventory.yaml in another document; its operations are not indexed"),
        index.skipped());
  }

  @Test
  void findsTheSameInJson() throws IOException {
    SpecIndex index = read("petstore.json");

    assertEquals("petstore.json", index.displayName());
    assertEquals(8, index.operations().size());
    SpecIndex.Operation update = index.operation("updatePet").orElseThrow();
    assertEquals(29, update.line());
    assertEquals(38, update.responsesLine());
    assertEquals(OptionalInt.of(52), update.responseLine(404));
    assertEquals(38, update.lineFor(500));
    SpecIndex.Operation byId = index.operation("GET", "/pet/{id}").orElseThrow();
    assertEquals(130, byId.line());
    assertEquals(154, byId.lineFor(404));
    assertEquals(OptionalInt.of(123), index.operation("findPetsByStatus").orElseThrow().responseLine(400));
    SpecIndex.Operation order = index.operation("GET", "/store/order/{orderId}").orElseThrow();
    assertEquals(198, order.line());
    assertEquals(208, order.lineFor(404));
    assertEquals(218, index.operation("deleteOrder").orElseThrow().lineFor(404));
    assertEquals(190, index.operation("GET", "/health").orElseThrow().lineFor(200));
    assertEquals(1, index.skipped().size());
  }

  @Test
  void matchesPathsWrittenWithTheServersPathOrARegularExpression() throws IOException {
    SpecIndex index = read("petstore.yaml");

    assertEquals("getPetById", index.operation("get", "/v2/pet/{petId: \\d{1,9}}/").orElseThrow().operationId().orElseThrow());
    assertEquals("addPet", index.operation("POST", "/v2//pet").orElseThrow().operationId().orElseThrow());
    assertTrue(index.operation("PATCH", "/pet").isEmpty());
    assertTrue(index.operation("GET", "/pets").isEmpty());
    assertTrue(index.operation("noSuchOperation").isEmpty());
  }

  @Test
  void normalisesTemplates() {
    assertEquals("/pet/{}", SpecIndex.normalise("pet/{petId}/"));
    assertEquals("/pet/{}/photos/{}", SpecIndex.normalise("/pet/{id:\\d{3}}/photos/{photo}"));
    assertEquals("/", SpecIndex.normalise("/"));
    assertEquals("/", SpecIndex.normalise(""));
  }

  @Test
  void aMissingFileIsOneProblem() {
    Path missing = temp.resolve("openapi.yaml");
    assertProblem(missing, missing + " does not exist");
    assertProblem(temp, temp + " is a directory, not an OpenAPI document");
  }

  @Test
  void malformedYamlIsOneProblemWithItsLine() throws IOException {
    Path file = write("openapi.yaml", "openapi: 3.0.1\npaths:\n  /pets:\n    get: [\n      responses:\n");

    Result<SpecIndex> result = SpecIndex.read(file);

    assertTrue(result.value().isEmpty());
    assertEquals(1, result.problems().size());
    String problem = result.problems().get(0);
    assertTrue(problem.startsWith(file + " is not valid YAML: line 5, column "), problem);
    assertTrue(problem.endsWith(": while parsing a flow node; expected the node content, but found '<stream end>'"), problem);
    assertTrue(!problem.contains("\n"), problem);
  }

  @Test
  void aDuplicateKeyIsOneProblem() throws IOException {
    Path file = write("openapi.yml", "openapi: 3.0.1\npaths:\n  /pets:\n    get:\n      operationId: a\n    get:\n      operationId: b\n");

    Result<SpecIndex> result = SpecIndex.read(file);

    assertEquals(1, result.problems().size());
    assertTrue(result.problems().get(0).startsWith(file + " is not valid YAML: line 6, "), result.problems().get(0));
    assertTrue(result.problems().get(0).endsWith("Duplicate field 'get'"), result.problems().get(0));
  }

  @Test
  void malformedJsonIsOneProblemWithItsLine() throws IOException {
    Path file = write("openapi.json", "{\n  \"openapi\": \"3.1.0\",\n  \"paths\": {\n    \"/pets\": {\"get\": }\n  }\n}\n");

    assertProblem(file, file + " is not valid JSON: line 4, column 22: Unexpected character ('}' (code 125)): expected a value");
  }

  @Test
  void aDocumentThatIsNoOpenApiIsOneProblem() throws IOException {
    String problem = " is no OpenAPI document: it has no \"openapi\" (nor Swagger 2.0's \"swagger\") at its top level";
    Path yaml = write("config.yaml", "server:\n  port: 8080\n");
    Path list = write("list.yaml", "- openapi\n- 3.0.1\n");
    Path empty = write("empty.yaml", "");

    assertProblem(yaml, yaml + problem);
    assertProblem(list, list + problem);
    assertProblem(empty, empty + " is not valid YAML: the document is empty");
  }

  @Test
  void textThatIsNotUtf8IsOneProblem() throws IOException {
    Path file = temp.resolve("openapi.yaml");
    Files.write(file, new byte[] {'o', 'p', 'e', 'n', 'a', 'p', 'i', ':', ' ', (byte) 0xff, (byte) 0xfe});

    assertProblem(file, file + " is not UTF-8 text");
  }

  @Test
  void readsSwagger2WithItsBasePath() throws IOException {
    Path file =
        write(
            "swagger.yaml",
            "swagger: '2.0'\nbasePath: /api\npaths:\n  /users/{id}:\n    get:\n      operationId: getUser\n"
                + "      responses:\n        '200':\n          description: ok\n");

    SpecIndex index = SpecIndex.read(file).value().orElseThrow();

    SpecIndex.Operation get = index.operation("GET", "/api/users/{userId}").orElseThrow();
    assertEquals(5, get.line());
    assertEquals(8, get.lineFor(200));
  }

  @Test
  void readingJsonLoadsNoYamlClass() throws Exception {
    try (Loader loader = new Loader()) {
      Class<?> specIndex = loader.loadClass(SpecIndex.class.getName());
      Object json = specIndex.getMethod("read", Path.class).invoke(null, resource("petstore.json"));

      assertTrue(json.toString().contains("SpecIndex[petstore.json, 8 operations]"), json.toString());
      assertNull(loader.loaded(YAMLFactory.class.getName()));
      assertNull(loader.loaded(LoaderOptions.class.getName()));

      specIndex.getMethod("read", Path.class).invoke(null, resource("petstore.yaml"));
      assertNotNull(loader.loaded(YAMLFactory.class.getName()));
    }
  }

  /** The processor's classes, Jackson and SnakeYAML, loaded afresh, not from the test's loader. */
  private static final class Loader extends URLClassLoader {
    Loader() throws URISyntaxException, IOException {
      super(
          new URL[] {location(SpecIndex.class), location(JsonFactory.class), location(YAMLFactory.class), location(LoaderOptions.class)},
          ClassLoader.getPlatformClassLoader());
    }

    Class<?> loaded(String name) {
      return findLoadedClass(name);
    }

    private static URL location(Class<?> type) {
      return type.getProtectionDomain().getCodeSource().getLocation();
    }
  }

  private static SpecIndex read(String resource) throws IOException {
    Result<SpecIndex> result = SpecIndex.read(resource(resource));
    assertTrue(result.clean(), result.problems().toString());
    return result.value().orElseThrow();
  }

  private static Path resource(String name) {
    try {
      return Path.of(SpecIndexTest.class.getResource("/report/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(temp.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static void assertProblem(Path file, String problem) {
    Result<SpecIndex> result = SpecIndex.read(file);
    assertTrue(result.value().isEmpty(), file.toString());
    assertEquals(List.of(problem), result.problems());
  }
}

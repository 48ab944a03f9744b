package dev.statuscontract.processor.docs;

import static com.google.common.truth.Truth.assertThat;
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

/** What openapi.json says of the API as a whole: its title, version and server, from options. */
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
}

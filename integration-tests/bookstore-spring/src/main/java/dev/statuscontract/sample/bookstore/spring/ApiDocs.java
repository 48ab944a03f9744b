package dev.statuscontract.sample.bookstore.spring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The API's documentation, as status-contract generated it at compile time into the class output
 * (and so onto the class path, under {@code META-INF/status-contract/}): the page at {@code /docs},
 * and next to it the OpenAPI document at {@code /openapi.json} and the whole contract at {@code
 * /contract.json}, which the page links to by relative URLs.
 *
 * <p>They are served by a router function rather than by a controller, so that they stay out of
 * the bookstore's own contract: they are documentation of the API, not part of it.
 */
@Configuration
public class ApiDocs {

  /** Where the processor puts the documentation. */
  static final String DIRECTORY = "META-INF/status-contract/";

  @Bean
  RouterFunction<ServerResponse> apiDocsRoutes() {
    String html = read("index.html");
    String openApi = read("openapi.json");
    String contract = read("contract.json");
    MediaType htmlUtf8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    return RouterFunctions.route()
        .GET("/docs", request -> ServerResponse.ok().contentType(htmlUtf8).body(html))
        .GET("/openapi.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(openApi))
        .GET("/contract.json", request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(contract))
        .build();
  }

  /** @throws IllegalStateException when the class path lacks the generated file */
  private static String read(String name) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
      if (in == null) {
        throw new IllegalStateException(DIRECTORY + name + " is not on the class path: was the processor run with its docs on?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

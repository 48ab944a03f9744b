package dev.statuscontract.sample.bookstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's documentation, as status-contract generated it at compile time into the class output,
 * and so onto the class path: the page for people, and next to it the files for tools, which the
 * page links to by relative URLs.
 *
 * @param html the page, index.html
 * @param openApi the OpenAPI 3.1 document, openapi.json
 * @param contract the whole contract, contract.json
 */
public record ApiDocs(String html, String openApi, String contract) {

  /** Where the processor puts the documentation. */
  public static final String DIRECTORY = "META-INF/status-contract/";

  public static final String INDEX_HTML = DIRECTORY + "index.html";
  public static final String OPENAPI_JSON = DIRECTORY + "openapi.json";
  public static final String CONTRACT_JSON = DIRECTORY + "contract.json";

  /** @throws IllegalStateException when the class path lacks one of the generated files */
  public static ApiDocs fromClassPath() {
    return new ApiDocs(read(INDEX_HTML), read(OPENAPI_JSON), read(CONTRACT_JSON));
  }

  private static String read(String name) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is not on the class path: was the processor run with its docs on?");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

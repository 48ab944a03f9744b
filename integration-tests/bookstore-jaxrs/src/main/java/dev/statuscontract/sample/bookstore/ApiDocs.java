package dev.statuscontract.sample.bookstore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The API's documentation: the index.html that status-contract generated at compile time into the
 * class output, and so onto the class path.
 *
 * @param html the page
 */
public record ApiDocs(String html) {

  /** Where the processor puts the page. */
  public static final String INDEX_HTML = "META-INF/status-contract/index.html";

  /** @throws IllegalStateException when the class path holds no generated page */
  public static ApiDocs fromClassPath() {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(INDEX_HTML)) {
      if (in == null) {
        throw new IllegalStateException(INDEX_HTML + " is not on the class path: was the processor run with its docs on?");
      }
      return new ApiDocs(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

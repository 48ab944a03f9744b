package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes pretty-printed JSON with Jackson's streaming generator: two spaces, {@code \n} only. Public
 * so that the reports of {@code dev.statuscontract.processor.report} are printed as these documents
 * are.
 */
public final class Json {

  /** The writer a document goes to is its caller's, to close: the generator leaves it open. */
  private static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** What writes the document's content on the generator it is given. */
  public interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private Json() {}

  /** The text {@code body} writes, pretty-printed, ending in one {@code \n}. */
  public static String write(Body body) {
    StringWriter out = new StringWriter();
    try {
      write(out, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the text that {@link #write(Body)} returns to {@code out}, without holding it: a
   * document of a large API is tens of megabytes. {@code out} is left open.
   */
  public static void write(Writer out, Body body) throws IOException {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withRootSeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    try (JsonGenerator json = FACTORY.createGenerator(out).setPrettyPrinter(printer)) {
      body.write(json);
    }
    out.write("\n");
  }
}

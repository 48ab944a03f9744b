package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Writes pretty-printed JSON with Jackson's streaming generator: two spaces, {@code \n} only. Public
 * so that the reports of {@code dev.statuscontract.processor.report} are printed as these documents
 * are.
 */
public final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** What writes the document's content on the generator it is given. */
  public interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private Json() {}

  /** The text {@code body} writes, pretty-printed, ending in one {@code \n}. */
  public static String write(Body body) {
    StringWriter out = new StringWriter();
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }
}

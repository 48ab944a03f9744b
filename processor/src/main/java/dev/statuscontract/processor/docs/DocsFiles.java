package dev.statuscontract.processor.docs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Every documentation file of a catalog in the chosen formats, by file name. */
public final class DocsFiles {

  /** Where the files go, under the class output, so that they ship inside the jar. */
  public static final String DIRECTORY = "META-INF/status-contract/";

  private DocsFiles() {}

  /** The names of the files that {@link #render} writes for {@code catalog}, without rendering them. */
  public static Set<String> names(Catalog catalog, Set<DocsFormat> formats) {
    Set<String> names = new TreeSet<>();
    if (catalog.isEmpty()) {
      return names;
    }
    if (formats.contains(DocsFormat.JSON)) {
      names.add("contract.json");
    }
    if (formats.contains(DocsFormat.MARKDOWN)) {
      names.add("index.md");
      catalog.packages().forEach(javaPackage -> names.add(MarkdownDocs.pageName(javaPackage.name())));
    }
    if (formats.contains(DocsFormat.HTML)) {
      names.add("index.html");
    }
    if (formats.contains(DocsFormat.OPENAPI)) {
      names.add("openapi.json");
    }
    return names;
  }

  public static Map<String, String> render(Catalog catalog, Set<DocsFormat> formats) {
    return render(catalog, formats, OpenApiDocs.Info.DEFAULT);
  }

  public static Map<String, String> render(Catalog catalog, Set<DocsFormat> formats, OpenApiDocs.Info info) {
    return render(catalog, formats, info, Map.of());
  }

  /**
   * @param classDescriptions the first sentence of a class's Javadoc, by qualified name, where it has
   *     one: openapi.json describes the tag of the class's operations with it
   */
  public static Map<String, String> render(
      Catalog catalog, Set<DocsFormat> formats, OpenApiDocs.Info info, Map<String, String> classDescriptions) {
    Map<String, String> files = new TreeMap<>();
    try {
      write(catalog, formats, info, classDescriptions, (name, content) -> files.put(name, text(content)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // text(...) writes to no file
    }
    return files;
  }

  /** What {@code content} writes, as a string. */
  static String text(Content content) {
    StringWriter out = new StringWriter();
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return out.toString();
  }

  /** Where {@link #write} puts the files. */
  public interface Sink {
    /** Takes one file: {@code content} writes its text to the writer it is given. */
    void file(String name, Content content) throws IOException;
  }

  /** The text of one file. */
  public interface Content {
    /** Writes the text to {@code out}, which it leaves open. */
    void writeTo(Writer out) throws IOException;
  }

  /**
   * Hands {@code sink} each file that {@link #render} returns, one at a time, to write as it is
   * rendered: the documents of a large API are hundreds of megabytes of text, which need not be held
   * all at once, nor any of them whole.
   */
  public static void write(
      Catalog catalog, Set<DocsFormat> formats, OpenApiDocs.Info info, Map<String, String> classDescriptions, Sink sink)
      throws IOException {
    if (catalog.isEmpty()) {
      return;
    }
    if (formats.contains(DocsFormat.JSON)) {
      sink.file("contract.json", out -> ContractJson.write(catalog, out));
    }
    if (formats.contains(DocsFormat.MARKDOWN)) {
      sink.file("index.md", out -> MarkdownDocs.index(catalog, out));
      for (Catalog.ApiPackage javaPackage : catalog.packages()) {
        sink.file(MarkdownDocs.pageName(javaPackage.name()), out -> MarkdownDocs.packagePage(catalog, javaPackage, out));
      }
    }
    if (formats.contains(DocsFormat.HTML)) {
      sink.file("index.html", out -> HtmlDocs.write(catalog, formats, out));
    }
    if (formats.contains(DocsFormat.OPENAPI)) {
      sink.file("openapi.json", out -> OpenApiDocs.write(catalog, info, classDescriptions, out));
    }
  }
}

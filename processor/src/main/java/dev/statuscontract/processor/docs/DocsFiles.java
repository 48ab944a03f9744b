package dev.statuscontract.processor.docs;

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
    if (catalog.isEmpty()) {
      return files;
    }
    if (formats.contains(DocsFormat.JSON)) {
      files.put("contract.json", ContractJson.render(catalog));
    }
    if (formats.contains(DocsFormat.MARKDOWN)) {
      files.put("index.md", MarkdownDocs.index(catalog));
      files.putAll(MarkdownDocs.packagePages(catalog));
    }
    if (formats.contains(DocsFormat.HTML)) {
      files.put("index.html", HtmlDocs.render(catalog, formats));
    }
    if (formats.contains(DocsFormat.OPENAPI)) {
      files.put("openapi.json", OpenApiDocs.render(catalog, info, classDescriptions));
    }
    return files;
  }

}

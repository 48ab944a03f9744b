package dev.statuscontract.processor.docs;

import static java.util.stream.Collectors.joining;

import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.StatusCodes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Markdown pages: {@code index.md}, one table of every endpoint, and one page per class with a
 * section per endpoint. Written for GitHub's renderer: everything from user code is escaped so that
 * a {@code |} or a {@code <} cannot break a table.
 */
public final class MarkdownDocs {

  private MarkdownDocs() {}

  /** The file name of a class's page: {@code com.acme.UserResource.md}. */
  public static String pageName(String className) {
    return className + ".md";
  }

  public static String index(Catalog catalog) {
    StringBuilder md = new StringBuilder();
    md.append("# API status codes\n\n");
    md.append("Every endpoint and the status codes it declares, by path.\n\n");
    md.append("| Method | Path | Status codes | Java method |\n");
    md.append("|---|---|---|---|\n");
    for (Endpoint endpoint : catalog.endpoints()) {
      md.append("| ")
          .append(code(endpoint.httpMethod().name()))
          .append(" | ")
          .append(code(endpoint.path()))
          .append(" | ")
          .append(
              endpoint.responses().stream()
                  .map(r -> text(StatusCodes.describe(r.code())))
                  .collect(joining(", ")))
          .append(" | [")
          .append(text(endpoint.javaMethod()))
          .append("](")
          .append(pageName(endpoint.declaringType()))
          .append('#')
          .append(catalog.anchor(endpoint))
          .append(") |\n");
    }
    md.append("\n## Classes\n\n");
    for (String className : catalog.byClass().keySet()) {
      md.append("- [").append(text(className)).append("](").append(pageName(className)).append(")\n");
    }
    return md.toString();
  }

  public static String classPage(Catalog catalog, String className) {
    List<Endpoint> endpoints = catalog.byClass().getOrDefault(className, List.of());
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text(Catalog.simpleName(className))).append("\n\n");
    md.append(code(className));
    if (!endpoints.isEmpty()) {
      md.append(" · ").append(endpoints.get(0).framework().displayName());
    }
    md.append(" · [All endpoints](index.md)\n");
    for (Endpoint endpoint : endpoints) {
      md.append("\n<a id=\"").append(catalog.anchor(endpoint)).append("\"></a>\n");
      md.append("## ").append(text(endpoint.describe())).append("\n\n");
      md.append(code(signature(endpoint)));
      if (endpoint.isCreating()) {
        md.append(" · creates a resource");
      }
      md.append("\n\n");
      if (endpoint.responses().isEmpty()) {
        md.append("No status codes declared.\n");
        continue;
      }
      md.append("| Code | Meaning | When | Headers | Body |\n");
      md.append("|---|---|---|---|---|\n");
      for (Map.Entry<String, List<DeclaredResponse>> group : StatusClasses.group(endpoint.responses()).entrySet()) {
        md.append("| **").append(group.getKey()).append("** | | | | |\n");
        for (DeclaredResponse response : group.getValue()) {
          appendRow(md, response);
        }
      }
    }
    return md.toString();
  }

  private static void appendRow(StringBuilder md, DeclaredResponse response) {
    md.append("| ")
            .append(response.code())
            .append(" | ")
            .append(text(StatusCodes.reasonPhrase(response.code()).orElse("")))
            .append(" | ")
            .append(text(response.description()))
            .append(" | ")
            .append(response.headers().stream().map(MarkdownDocs::code).collect(joining(", ")))
            .append(" | ")
            .append(response.body().map(body -> code(body.toSimpleString())).orElse(""))
            .append(" |\n");
  }

  /** Every class page, by file name. */
  public static Map<String, String> classPages(Catalog catalog) {
    Map<String, String> pages = new TreeMap<>();
    for (String className : catalog.byClass().keySet()) {
      pages.put(pageName(className), classPage(catalog, className));
    }
    return pages;
  }

  static String signature(Endpoint endpoint) {
    return endpoint.returnType().toSimpleString()
        + " "
        + endpoint.methodName()
        + endpoint.parameterTypes().stream().map(t -> t.toSimpleString()).collect(joining(", ", "(", ")"));
  }

  /**
   * Text that renders as itself in a GitHub table cell: Markdown punctuation is escaped with a
   * backslash, HTML with entities, and line breaks become {@code <br>}.
   */
  static String text(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\r' -> {}
        case '\n' -> out.append("<br>");
        case '\\', '|', '*', '_', '`', '[', ']', '#', '~' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An inline code span; a {@code |} inside is escaped so that it cannot end a table cell. */
  static String code(String s) {
    String body = s.replace("|", "\\|").replace("\n", " ");
    String fence = body.contains("`") ? "`` " : "`";
    return fence + body + (fence.length() > 1 ? " ``" : "`");
  }
}

package dev.statuscontract.processor.docs;

import dev.statuscontract.processor.frameworks.Request;

import static java.util.stream.Collectors.joining;

import dev.statuscontract.processor.docs.Catalog.ApiClass;
import dev.statuscontract.processor.docs.Catalog.ApiPackage;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Parameter;
import dev.statuscontract.processor.model.RequestBody;
import dev.statuscontract.processor.model.Schema;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.model.StatusCodes;
import dev.statuscontract.processor.model.TypeRef;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Markdown pages: {@code index.md}, one table of every endpoint and a section on each named
 * schema of the bodies, and one page per Java package with a section per class and, in it, a
 * section per endpoint, whose body types link to their schemas. Written for GitHub's renderer:
 * everything from user code is escaped so that a {@code |} or a {@code <} cannot break a table.
 *
 * <p>One page per package rather than per class, because javac's Filer checks each new file
 * against every file created before it: the number of files should not grow with every class.
 */
public final class MarkdownDocs {

  private MarkdownDocs() {}

  /**
   * The file name of a package's page: {@code com.acme.orders.md}; {@code default-package.md} for
   * the default package and {@code index-package.md} for a package named {@code index}, names that
   * no other package can have.
   */
  public static String pageName(String packageName) {
    return switch (packageName) {
      case "" -> "default-package.md";
      case "index" -> "index-package.md";
      default -> packageName + ".md";
    };
  }

  public static String index(Catalog catalog) {
    return DocsFiles.text(out -> index(catalog, out));
  }

  /** Writes what {@link #index(Catalog)} returns to {@code out}, as it goes. */
  static void index(Catalog catalog, Writer out) throws IOException {
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
              endpoint.documented().stream()
                  .map(r -> text(r.status()))
                  .collect(joining(", ")))
          .append(" | [")
          .append(text(endpoint.javaMethod()))
          .append("](")
          .append(pageName(catalog.classOf(endpoint).packageName()))
          .append('#')
          .append(catalog.anchor(endpoint))
          .append(") |\n");
      spill(md, out);
    }
    md.append("\n## Classes by package\n\n");
    for (ApiPackage javaPackage : catalog.packages()) {
      String page = pageName(javaPackage.name());
      md.append("- [").append(text(packageTitle(javaPackage.name()))).append("](").append(page).append(")\n");
      for (ApiClass type : javaPackage.classes()) {
        md.append("  - [")
            .append(text(type.name()))
            .append("](")
            .append(page)
            .append('#')
            .append(type.anchor())
            .append(")\n");
      }
    }
    appendSchemas(md, catalog.schemas(), out);
    out.append(md);
  }

  /** How many characters a page holds before {@link #spill} writes them out. */
  private static final int SPILL_AT = 1 << 16;

  /**
   * Writes what {@code md} holds to {@code out} once it holds much, so that no page of a large API
   * is held whole; {@code md} is then empty.
   */
  private static void spill(StringBuilder md, Writer out) throws IOException {
    if (md.length() >= SPILL_AT) {
      out.append(md);
      md.setLength(0);
    }
  }

  /** The anchor on {@code index.md} of the schemas section. */
  static final String SCHEMAS_ANCHOR = "schemas";

  /**
   * The section of {@code index.md} that lists the named schemas of the bodies, by name, each with
   * its properties (or an enum's constants).
   */
  private static void appendSchemas(StringBuilder md, SchemaIndex schemas, Writer out) throws IOException {
    if (schemas.isEmpty()) {
      return;
    }
    md.append("\n<a id=\"").append(SCHEMAS_ANCHOR).append("\"></a>\n");
    md.append("## Schemas\n\n");
    md.append("The classes, records and enums the bodies are made of, as JSON.\n");
    for (SchemaIndex.Entry entry : schemas.entries()) {
      md.append("\n<a id=\"").append(entry.anchor()).append("\"></a>\n");
      md.append("### ").append(text(entry.name())).append("\n\n");
      md.append(code(entry.id())).append(" · ");
      if (entry.schema() instanceof Schema.EnumType enumType) {
        md.append("one of ")
            .append(enumType.constants().stream().map(MarkdownDocs::code).collect(joining(", ")))
            .append('\n');
      } else if (entry.schema() instanceof Schema.ObjectType object && !object.properties().isEmpty()) {
        md.append("object\n\n");
        md.append("| Property | Type | Required |\n");
        md.append("|---|---|---|\n");
        for (Schema.Property property : object.properties()) {
          md.append("| ")
              .append(code(property.name()))
              .append(" | ")
              .append(words(schemas.describe(property.schema()), ""))
              .append(" | ")
              .append(property.required() ? "yes" : "no")
              .append(" |\n");
        }
      } else {
        md.append("object without properties\n");
      }
      spill(md, out);
    }
  }

  /** A schema in words, each named schema a link to its section of {@code page} (empty: this page). */
  private static String words(List<SchemaIndex.Words> words, String page) {
    StringBuilder out = new StringBuilder();
    for (SchemaIndex.Words w : words) {
      if (w.entry().isPresent()) {
        out.append('[').append(text(w.text())).append("](").append(page).append('#').append(w.entry().get().anchor()).append(')');
      } else {
        out.append(text(w.text()));
      }
    }
    return out.toString();
  }

  /** A response's description, and the annotation it is declared with where that is not @Returns. */
  static String whenText(DeclaredResponse response) {
    String with =
        response.declaredWith() == Source.RETURNS
            ? ""
            : response.declaredWith().isInferred() ? "(inferred from the code)" : "(" + response.declaredWith().annotation() + ")";
    return response.description().isEmpty() ? with : with.isEmpty() ? response.description() : response.description() + " " + with;
  }

  /** The page of one package: a list of its classes, then a section per class. */
  static String packagePage(Catalog catalog, ApiPackage javaPackage) {
    return DocsFiles.text(out -> packagePage(catalog, javaPackage, out));
  }

  /** Writes what {@link #packagePage(Catalog, ApiPackage)} returns to {@code out}, as it goes. */
  static void packagePage(Catalog catalog, ApiPackage javaPackage, Writer out) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(text(packageTitle(javaPackage.name()))).append("\n\n");
    md.append(count(javaPackage.classes().size(), "class", "classes"))
        .append(", ")
        .append(count(javaPackage.endpointCount(), "endpoint", "endpoints"))
        .append(" · [All endpoints](index.md)\n\n");
    for (ApiClass type : javaPackage.classes()) {
      md.append("- [")
          .append(text(type.name()))
          .append("](#")
          .append(type.anchor())
          .append(") · ")
          .append(count(type.endpoints().size(), "endpoint", "endpoints"))
          .append('\n');
    }
    for (ApiClass type : javaPackage.classes()) {
      appendClass(md, catalog, type);
      spill(md, out);
    }
    out.append(md);
  }

  private static void appendClass(StringBuilder md, Catalog catalog, ApiClass type) {
    md.append("\n<a id=\"").append(type.anchor()).append("\"></a>\n");
    md.append("## ").append(text(type.name())).append("\n\n");
    md.append(code(type.qualifiedName()))
        .append(" · ")
        .append(type.endpoints().get(0).framework().displayName())
        .append('\n');
    for (Endpoint endpoint : type.endpoints()) {
      md.append("\n<a id=\"").append(catalog.anchor(endpoint)).append("\"></a>\n");
      md.append("### ").append(text(endpoint.describe())).append("\n\n");
      for (DocText.Paragraph paragraph : endpoint.summary().paragraphs()) {
        md.append(markdown(paragraph)).append("\n\n");
      }
      for (DocText.Paragraph paragraph : endpoint.description().paragraphs()) {
        md.append(markdown(paragraph)).append("\n\n");
      }
      md.append(code(signature(endpoint)));
      if (endpoint.isCreating()) {
        md.append(" · creates a resource");
      }
      md.append("\n\n");
      appendRequest(md, endpoint);
      List<DeclaredResponse> responses = endpoint.documented();
      if (responses.isEmpty()) {
        md.append("No status codes declared.\n");
        continue;
      }
      md.append("| Code | Meaning | When | Headers | Body |\n");
      md.append("|---|---|---|---|---|\n");
      for (Map.Entry<String, List<DeclaredResponse>> group : StatusClasses.group(responses).entrySet()) {
        md.append("| **").append(group.getKey()).append("** | | | | |\n");
        for (DeclaredResponse response : group.getValue()) {
          appendRow(md, catalog.schemas(), response);
        }
      }
    }
  }

  /** The parameters of an endpoint in a table, then its request body; nothing where it takes neither. */
  private static void appendRequest(StringBuilder md, Endpoint endpoint) {
    if (!endpoint.parameters().isEmpty()) {
      md.append("**Parameters**\n\n");
      md.append("| Name | In | Type | Required | Description |\n");
      md.append("|---|---|---|---|---|\n");
      for (Parameter parameter : endpoint.parameters()) {
        md.append("| ")
            .append(code(parameter.name()))
            .append(" | ")
            .append(parameter.location().key())
            .append(" | ")
            .append(code(parameter.type().toSimpleString()))
            .append(" | ")
            .append(parameter.required() ? "yes" : "no")
            .append(" | ")
            .append(parameterText(parameter))
            .append(" |\n");
      }
      md.append('\n');
    }
    if (endpoint.requestBody().isPresent()) {
      RequestBody body = endpoint.requestBody().get();
      md.append("**Request body:** ").append(code(body.type().toSimpleString()));
      md.append(body.required() ? " · required" : " · optional");
      if (!body.mediaTypes().isEmpty()) {
        md.append(" · ").append(body.mediaTypes().stream().map(MarkdownDocs::code).collect(joining(", ")));
      }
      md.append("\n\n");
      for (DocText.Paragraph paragraph : body.description().paragraphs()) {
        md.append(markdown(paragraph)).append("\n\n");
      }
    }
  }

  /** A parameter's description in a table cell, with its default value and whether it is deprecated. */
  private static String parameterText(Parameter parameter) {
    List<String> parts = new ArrayList<>();
    if (parameter.deprecated()) {
      parts.add("**Deprecated.**");
    }
    String description =
        parameter.description().paragraphs().stream().map(MarkdownDocs::markdown).collect(joining("<br><br>"));
    if (!description.isEmpty()) {
      parts.add(description);
    }
    String cell = String.join(" ", parts);
    if (parameter.defaultValue().isPresent()) {
      cell += (cell.isEmpty() ? "" : "<br>") + "Default: " + code(parameter.defaultValue().get());
    }
    return cell;
  }

  /** A paragraph of Javadoc: its prose escaped, its code as code spans. */
  static String markdown(DocText.Paragraph paragraph) {
    StringBuilder out = new StringBuilder();
    for (DocText.Span span : paragraph.spans()) {
      out.append(span.code() ? code(span.text()) : text(span.text()));
    }
    return out.toString();
  }

  private static void appendRow(StringBuilder md, SchemaIndex schemas, DeclaredResponse response) {
    md.append("| ")
            .append(text(response.label()))
            .append(" | ")
            .append(text(response.meaning()))
            .append(" | ")
            .append(text(whenText(response)))
            .append(" | ")
            .append(response.headers().stream().map(MarkdownDocs::code).collect(joining(", ")))
            .append(" | ")
            .append(response.body().map(body -> body(schemas, body)).orElse(""))
            .append(" |\n");
  }

  /** A body type, linked to the section of {@code index.md} on the schema it refers to, if any. */
  private static String body(SchemaIndex schemas, TypeRef body) {
    String type = code(body.toSimpleString());
    return schemas.link(body).map(entry -> "[" + type + "](index.md#" + entry.anchor() + ")").orElse(type);
  }

  private static String packageTitle(String packageName) {
    return packageName.isEmpty() ? "Default package" : packageName;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
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

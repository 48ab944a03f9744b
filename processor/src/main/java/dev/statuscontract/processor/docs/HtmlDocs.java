package dev.statuscontract.processor.docs;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.statuscontract.processor.docs.Catalog.ApiClass;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Parameter;
import dev.statuscontract.processor.model.RequestBody;
import dev.statuscontract.processor.model.Schema;
import dev.statuscontract.processor.model.TypeRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code index.html}: one self-contained page (inline CSS, no scripts, nothing from elsewhere) with
 * a table of contents, links to the machine-readable files written next to it, a section per
 * class, and a section on each named schema of the bodies, to which the body types link. The page is a Mustache template, so every value from user code is HTML-escaped by the
 * template engine.
 *
 * <p>The page is read on phones as much as on desktops: below 600 px the response tables reflow
 * into one block per status code, each cell captioned by its {@code data-label}, and long names
 * wrap, so nothing is wider than the screen. Types wrap after {@code <} and {@code .}, and
 * qualified class names after {@code .} (a {@code <wbr>} between the parts that {@link
 * #breakAfter} cuts), rather than anywhere.
 */
public final class HtmlDocs {

  private static final Template TEMPLATE = load("index.html.mustache");

  private HtmlDocs() {}

  /** The page, linking to {@code openapi.json} and {@code contract.json} as when every format is written. */
  public static String render(Catalog catalog) {
    return render(catalog, EnumSet.allOf(DocsFormat.class));
  }

  /**
   * The page, linking to those of {@code openapi.json} and {@code contract.json} that {@code
   * formats} writes next to it, so that no link leads nowhere.
   */
  public static String render(Catalog catalog, Set<DocsFormat> formats) {
    return TEMPLATE.execute(page(catalog, formats));
  }

  /** Writes what {@link #render(Catalog, Set)} returns to {@code out}, which is left open. */
  static void write(Catalog catalog, Set<DocsFormat> formats, Writer out) throws IOException {
    try {
      TEMPLATE.execute(page(catalog, formats), out);
    } catch (MustacheException e) {
      if (e.getCause() instanceof IOException writing) {
        throw writing;
      }
      throw e;
    }
  }

  private static Map<String, Object> page(Catalog catalog, Set<DocsFormat> formats) {
    Map<String, Object> page = new LinkedHashMap<>();
    List<Endpoint> endpoints = catalog.endpoints();
    page.put("endpointCount", count(endpoints.size(), "endpoint", "endpoints"));
    page.put("classCount", count(catalog.classes().size(), "class", "classes"));
    page.put("openapi", formats.contains(DocsFormat.OPENAPI));
    page.put("contractJson", formats.contains(DocsFormat.JSON));
    page.put("files", formats.contains(DocsFormat.OPENAPI) || formats.contains(DocsFormat.JSON));
    // One view per endpoint, shared by the table of contents and the class sections.
    Map<Endpoint, Map<String, Object>> views = new IdentityHashMap<>();
    List<Map<String, Object>> toc = new ArrayList<>(endpoints.size());
    for (Endpoint endpoint : endpoints) {
      Map<String, Object> view = endpointView(catalog, endpoint);
      views.put(endpoint, view);
      toc.add(view);
    }
    page.put("toc", toc);
    List<Map<String, Object>> classes = new ArrayList<>();
    for (ApiClass type : catalog.classes()) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("name", Catalog.simpleName(type.qualifiedName()));
      view.put("qualifiedName", breakAfter(type.qualifiedName(), "."));
      view.put("framework", type.endpoints().get(0).framework().displayName());
      view.put("endpoints", type.endpoints().stream().map(views::get).toList());
      classes.add(view);
    }
    page.put("classes", classes);
    List<Map<String, Object>> schemas = new ArrayList<>();
    for (SchemaIndex.Entry entry : catalog.schemas().entries()) {
      schemas.add(schemaView(catalog.schemas(), entry));
    }
    page.put("schemas", schemas);
    page.put("hasSchemas", !schemas.isEmpty());
    return page;
  }

  private static Map<String, Object> endpointView(Catalog catalog, Endpoint endpoint) {
    List<DeclaredResponse> responses = endpoint.documented();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("anchor", catalog.anchor(endpoint));
    view.put("method", endpoint.httpMethod().name());
    view.put("path", endpoint.path());
    view.put("signature", MarkdownDocs.signature(endpoint));
    view.put("creates", endpoint.isCreating());
    view.put("produces", endpoint.produces());
    view.put("hasProduces", !endpoint.produces().isEmpty());
    view.put("summary", paragraphs(endpoint.summary()));
    view.put("description", paragraphs(endpoint.description()));
    view.put("parameters", endpoint.parameters().stream().map(HtmlDocs::parameterView).toList());
    view.put("hasParameters", !endpoint.parameters().isEmpty());
    view.put("requestBody", endpoint.requestBody().map(HtmlDocs::bodyView).stream().toList());
    view.put(
        "codes",
        responses.stream()
            .map(r -> Map.of("code", r.label(), "statusClass", StatusClasses.key(r.classHundreds()), "reason", r.meaning()))
            .toList());
    List<Map<String, Object>> groups = new ArrayList<>();
    StatusClasses.group(responses)
        .forEach(
            (name, group) ->
                groups.add(
                    Map.of(
                        "name", name,
                        "responses", group.stream().map(r -> responseView(catalog.schemas(), r)).toList())));
    view.put("groups", groups);
    view.put("hasResponses", !groups.isEmpty());
    return view;
  }

  private static Map<String, Object> parameterView(Parameter parameter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", parameter.name());
    view.put("in", parameter.location().key());
    view.put("type", typeParts(parameter.type()));
    view.put("typeQualified", parameter.type().toString());
    view.put("required", parameter.required());
    view.put("deprecated", parameter.deprecated());
    view.put("paragraphs", paragraphs(parameter.description()));
    view.put("hasDefault", parameter.defaultValue().isPresent());
    view.put("defaultValue", parameter.defaultValue().orElse(""));
    return view;
  }

  private static Map<String, Object> bodyView(RequestBody body) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("type", typeParts(body.type()));
    view.put("typeQualified", body.type().toString());
    view.put("required", body.required());
    view.put("mediaTypes", body.mediaTypes());
    view.put("hasMediaTypes", !body.mediaTypes().isEmpty());
    view.put("paragraphs", paragraphs(body.description()));
    return view;
  }

  /** Javadoc text as the page shows it: paragraphs of spans, each prose or code. */
  private static List<Map<String, Object>> paragraphs(DocText text) {
    return text.paragraphs().stream()
        .map(
            paragraph ->
                Map.<String, Object>of(
                    "spans",
                    paragraph.spans().stream()
                        .map(span -> Map.<String, Object>of("text", span.text(), "isCode", span.code()))
                        .toList()))
        .toList();
  }

  private static Map<String, Object> responseView(SchemaIndex schemas, DeclaredResponse response) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", response.label());
    view.put("statusClass", StatusClasses.key(response.classHundreds()));
    view.put("reason", response.meaning());
    view.put("description", MarkdownDocs.whenText(response));
    view.put("headers", response.headers());
    view.put("hasBody", response.body().isPresent());
    view.put("body", response.body().map(HtmlDocs::typeParts).orElse(List.of()));
    view.put("bodyQualified", response.body().map(TypeRef::toString).orElse(""));
    view.put("bodyAnchor", response.body().flatMap(schemas::link).map(SchemaIndex.Entry::anchor).orElse(""));
    return view;
  }

  /** A named schema: its name, its Java type, and its properties or constants. */
  private static Map<String, Object> schemaView(SchemaIndex schemas, SchemaIndex.Entry entry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("anchor", entry.anchor());
    view.put("name", entry.name());
    view.put("type", breakAfter(entry.id(), ".<"));
    List<String> constants = entry.schema() instanceof Schema.EnumType e ? e.constants() : List.of();
    view.put("constants", constants);
    view.put("isEnum", entry.schema() instanceof Schema.EnumType);
    List<Map<String, Object>> properties = new ArrayList<>();
    if (entry.schema() instanceof Schema.ObjectType object) {
      for (Schema.Property property : object.properties()) {
        List<Map<String, Object>> words = new ArrayList<>();
        for (SchemaIndex.Words w : schemas.describe(property.schema())) {
          words.add(Map.of("text", w.text(), "href", w.entry().map(SchemaIndex.Entry::anchor).orElse("")));
        }
        properties.add(Map.of("name", property.name(), "type", words, "required", property.required() ? "yes" : "no"));
      }
    }
    view.put("properties", properties);
    view.put("hasProperties", !properties.isEmpty());
    view.put("noProperties", !(entry.schema() instanceof Schema.EnumType) && properties.isEmpty());
    return view;
  }

  /**
   * The simple form of a type cut after each {@code <} and {@code .}, where it may wrap: {@code
   * List<Map<String, Object>>} is {@code List<}, {@code Map<}, {@code String, Object>>}. The page
   * puts a {@code <wbr>} between the parts.
   */
  static List<String> typeParts(TypeRef type) {
    return breakAfter(type.toSimpleString(), "<.");
  }

  /** {@code text} cut after each of the {@code characters}, except at its very end. */
  static List<String> breakAfter(String text, String characters) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length() - 1; i++) {
      if (characters.indexOf(text.charAt(i)) >= 0) {
        parts.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static Template load(String name) {
    try (InputStream in = HtmlDocs.class.getResourceAsStream(name);
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return Mustache.compiler().escapeHTML(true).emptyStringIsFalse(true).compile(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.statuscontract.processor.docs;

import static java.util.stream.Collectors.joining;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import dev.statuscontract.processor.docs.Catalog.ApiClass;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.StatusCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code index.html}: one self-contained page (inline CSS, no scripts, nothing external) with a
 * table of contents and a section per class. The page is a Mustache template, so every value from
 * user code is HTML-escaped by the template engine.
 */
public final class HtmlDocs {

  private static final Template TEMPLATE = load("index.html.mustache");

  private HtmlDocs() {}

  public static String render(Catalog catalog) {
    Map<String, Object> page = new LinkedHashMap<>();
    List<Endpoint> endpoints = catalog.endpoints();
    page.put("endpointCount", endpoints.size());
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
      view.put("qualifiedName", type.qualifiedName());
      view.put("framework", type.endpoints().get(0).framework().displayName());
      view.put("endpoints", type.endpoints().stream().map(views::get).toList());
      classes.add(view);
    }
    page.put("classes", classes);
    return TEMPLATE.execute(page);
  }

  private static Map<String, Object> endpointView(Catalog catalog, Endpoint endpoint) {
    List<DeclaredResponse> responses = endpoint.documented();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("anchor", catalog.anchor(endpoint));
    view.put("method", endpoint.httpMethod().name());
    view.put("path", endpoint.path());
    view.put("signature", MarkdownDocs.signature(endpoint));
    view.put("creates", endpoint.isCreating());
    view.put("codes", responses.stream().map(DeclaredResponse::label).collect(joining(" ")));
    List<Map<String, Object>> groups = new ArrayList<>();
    StatusClasses.group(responses)
        .forEach(
            (name, group) ->
                groups.add(Map.of("name", name, "responses", group.stream().map(HtmlDocs::responseView).toList())));
    view.put("groups", groups);
    view.put("hasResponses", !groups.isEmpty());
    return view;
  }

  private static Map<String, Object> responseView(DeclaredResponse response) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("code", response.label());
    view.put("statusClass", StatusClasses.key(response.classHundreds()));
    view.put("reason", response.meaning());
    view.put("description", MarkdownDocs.whenText(response));
    view.put("headers", response.headers());
    view.put("body", response.body().map(b -> b.toSimpleString()).orElse(""));
    view.put("bodyQualified", response.body().map(Object::toString).orElse(""));
    return view;
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

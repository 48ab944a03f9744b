package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.Parameter;
import dev.statuscontract.processor.model.RequestBody;
import dev.statuscontract.processor.model.StatusCodes;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code openapi.json}: an OpenAPI 3.1 document of the status codes: each endpoint's operation with
 * a response for every declared code, its headers, and the JSON Schema of its body, under each
 * media type the endpoint produces ({@code application/json} where its annotations do not say).
 * The schemas of classes, records and enums are under {@code components/schemas}, and referred to
 * with {@code $ref}; a body of a type whose schema is not known has the schema {@code {}}. Each
 * operation has a summary (its Javadoc's first sentence, else its method and path) and the
 * description, parameters and request body that the endpoint documents, their types described as
 * bodies are.
 *
 * <p>OpenAPI has no operation for "any method" nor for extension methods: an endpoint for any
 * method appears under each of GET, POST, PUT, PATCH and DELETE; an extension method (such as
 * WebDAV's PROPFIND) is left out. Where two classes map the same method and path (a resource
 * interface and its implementation), the first in catalog order is kept.
 */
public final class OpenApiDocs {

  static final String VERSION = "3.1.0";

  private static final List<String> OPERATIONS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final List<String> ANY = List.of("get", "post", "put", "patch", "delete");
  private static final List<String> IGNORED_HEADERS = List.of("accept", "content-type", "authorization");
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
  /** What CommonMark could read as markup in prose: escaped with a backslash. */
  private static final Pattern COMMONMARK_SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>&#]");

  private OpenApiDocs() {}

  /**
   * What the document says of the API as a whole, from {@code -Astatuscontract.title}, {@code
   * -Astatuscontract.version} and {@code -Astatuscontract.server}.
   */
  public record Info(String title, String version, String server) {
    public static final String TITLE_OPTION = "statuscontract.title";
    public static final String VERSION_OPTION = "statuscontract.version";
    public static final String SERVER_OPTION = "statuscontract.server";

    /** What the document says where no option does. */
    public static final Info DEFAULT = new Info("API status codes", "unversioned", "/");

    /** The info that {@code options} give, the defaults for what they do not. */
    public static Info from(Map<String, String> options) {
      return new Info(
          nonBlank(options.get(TITLE_OPTION), DEFAULT.title()),
          nonBlank(options.get(VERSION_OPTION), DEFAULT.version()),
          nonBlank(options.get(SERVER_OPTION), DEFAULT.server()));
    }

    private static String nonBlank(String value, String otherwise) {
      return value == null || value.isBlank() ? otherwise : value.trim();
    }
  }

  public static String render(Catalog catalog) {
    return render(catalog, Info.DEFAULT);
  }

  public static String render(Catalog catalog, Info info) {
    return render(catalog, info, new UniqueNames("_"));
  }

  /** The document, with the operation ids handed out by {@code operationIds}. */
  static String render(Catalog catalog, UniqueNames operationIds) {
    return render(catalog, Info.DEFAULT, operationIds);
  }

  private static String render(Catalog catalog, Info info, UniqueNames operationIds) {
    Map<String, Map<String, Endpoint>> paths = new LinkedHashMap<>();
    for (Endpoint endpoint : catalog.endpoints()) {
      Map<String, Endpoint> operations = paths.computeIfAbsent(endpoint.path(), p -> new TreeMap<>(OpenApiDocs::byOperationOrder));
      for (String operation : operations(endpoint.httpMethod())) {
        operations.putIfAbsent(operation, endpoint);
      }
    }
    SchemaJson schemas = new SchemaJson(catalog.schemas(), "#/components/schemas/");
    return Json.write(
        json -> {
          json.writeStartObject();
          json.writeStringField("openapi", VERSION);
          json.writeObjectFieldStart("info");
          json.writeStringField("title", info.title());
          json.writeStringField("version", info.version());
          json.writeStringField("description", "The status codes each endpoint declares, generated by status-contract.");
          json.writeEndObject();
          json.writeArrayFieldStart("servers");
          json.writeStartObject();
          json.writeStringField("url", info.server());
          json.writeEndObject();
          json.writeEndArray();
          json.writeObjectFieldStart("paths");
          for (Map.Entry<String, Map<String, Endpoint>> path : paths.entrySet()) {
            if (path.getValue().isEmpty()) {
              continue;
            }
            json.writeObjectFieldStart(path.getKey());
            for (Map.Entry<String, Endpoint> operation : path.getValue().entrySet()) {
              writeOperation(json, operation.getKey(), operation.getValue(), catalog, operationIds, schemas);
            }
            json.writeEndObject();
          }
          json.writeEndObject();
          if (!catalog.schemas().isEmpty()) {
            json.writeObjectFieldStart("components");
            json.writeObjectFieldStart("schemas");
            schemas.writeComponents(json);
            json.writeEndObject();
            json.writeEndObject();
          }
          json.writeEndObject();
        });
  }

  private static List<String> operations(HttpMethod method) {
    if (method.isAny()) {
      return ANY;
    }
    String operation = method.name().toLowerCase(Locale.ROOT);
    return OPERATIONS.contains(operation) ? List.of(operation) : List.of();
  }

  private static int byOperationOrder(String a, String b) {
    return Integer.compare(OPERATIONS.indexOf(a), OPERATIONS.indexOf(b));
  }

  /**
   * The operation's parameters: those its annotations declare, each path parameter only where the
   * path has its variable, and no {@code Accept}, {@code Content-Type} or {@code Authorization}
   * header, which OpenAPI describes otherwise and tells readers to ignore as parameters; then every variable of the path that none declares, as a string.
   */
  private static void writeParameters(JsonGenerator json, Endpoint endpoint, Catalog catalog, SchemaJson schemas)
      throws IOException {
    Matcher variables = VARIABLE.matcher(endpoint.path());
    List<String> names = new ArrayList<>();
    while (variables.find()) {
      names.add(variables.group(1));
    }
    List<Parameter> declared =
        endpoint.parameters().stream()
            .filter(p -> p.location() != Parameter.Location.PATH || names.contains(p.name()))
            .filter(p -> p.location() != Parameter.Location.HEADER || !IGNORED_HEADERS.contains(p.name().toLowerCase(Locale.ROOT)))
            .toList();
    List<String> undeclared =
        names.stream()
            .filter(name -> declared.stream().noneMatch(p -> p.location() == Parameter.Location.PATH && p.name().equals(name)))
            .toList();
    if (declared.isEmpty() && undeclared.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("parameters");
    for (Parameter parameter : declared) {
      json.writeStartObject();
      json.writeStringField("name", parameter.name());
      json.writeStringField("in", parameter.location().key());
      if (!parameter.description().isEmpty()) {
        json.writeStringField("description", commonMark(parameter.description()));
      }
      json.writeBooleanField("required", parameter.required());
      if (parameter.deprecated()) {
        json.writeBooleanField("deprecated", true);
      }
      json.writeFieldName("schema");
      schemas.write(json, catalog.schemas().of(parameter.type()), parameter.defaultValue());
      json.writeEndObject();
    }
    for (String name : undeclared) {
      json.writeStartObject();
      json.writeStringField("name", name);
      json.writeStringField("in", "path");
      json.writeBooleanField("required", true);
      json.writeObjectFieldStart("schema");
      json.writeStringField("type", "string");
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeRequestBody(JsonGenerator json, RequestBody body, Catalog catalog, SchemaJson schemas)
      throws IOException {
    json.writeObjectFieldStart("requestBody");
    if (!body.description().isEmpty()) {
      json.writeStringField("description", commonMark(body.description()));
    }
    json.writeBooleanField("required", body.required());
    json.writeObjectFieldStart("content");
    for (String mediaType : body.mediaTypes().isEmpty() ? List.of("application/json") : body.mediaTypes()) {
      json.writeObjectFieldStart(mediaType);
      json.writeFieldName("schema");
      schemas.write(json, catalog.schemas().of(body.type()));
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * An operation's summary: the first sentence of its Javadoc, else its method and path ({@code
   * POST /users}), so that every operation has one.
   */
  static String summary(String operation, Endpoint endpoint) {
    return endpoint.summary().isEmpty()
        ? operation.toUpperCase(Locale.ROOT) + " " + endpoint.path()
        : endpoint.summary().plain();
  }

  /** Javadoc text as CommonMark, which OpenAPI descriptions are: code as code spans, the rest escaped. */
  static String commonMark(DocText text) {
    StringBuilder out = new StringBuilder();
    for (DocText.Paragraph paragraph : text.paragraphs()) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      for (DocText.Span span : paragraph.spans()) {
        if (span.code()) {
          String fence = "`";
          while (span.text().contains(fence)) {
            fence += "`";
          }
          boolean pad = span.text().startsWith("`") || span.text().endsWith("`");
          out.append(fence).append(pad ? " " : "").append(span.text()).append(pad ? " " : "").append(fence);
        } else {
          out.append(COMMONMARK_SPECIAL.matcher(span.text()).replaceAll("\\\\$0"));
        }
      }
    }
    return out.toString();
  }

  private static void writeOperation(
      JsonGenerator json,
      String operation,
      Endpoint endpoint,
      Catalog catalog,
      UniqueNames operationIds,
      SchemaJson schemas)
      throws IOException {
    json.writeObjectFieldStart(operation);
    json.writeStringField("summary", summary(operation, endpoint));
    if (!endpoint.description().isEmpty()) {
      json.writeStringField("description", commonMark(endpoint.description()));
    }
    String operationId =
        operationIds.claim(Catalog.simpleName(endpoint.declaringType()) + "." + endpoint.methodName());
    json.writeStringField("operationId", operationId);
    json.writeArrayFieldStart("tags");
    json.writeString(Catalog.simpleName(endpoint.declaringType()));
    json.writeEndArray();
    writeParameters(json, endpoint, catalog, schemas);
    if (endpoint.requestBody().isPresent()) {
      writeRequestBody(json, endpoint.requestBody().get(), catalog, schemas);
    }
    json.writeObjectFieldStart("responses");
    // OpenAPI keys a response by a code, a range or "default": a code that is none is left out
    // (invalid-status-code reports it).
    List<DeclaredResponse> responses =
        endpoint.documented().stream()
            .filter(r -> r.isPattern() || StatusCodes.isValid(r.code()))
            .toList();
    if (responses.isEmpty()) {
      json.writeObjectFieldStart("default");
      json.writeStringField("description", "No status codes declared");
      json.writeEndObject();
    }
    List<String> mediaTypes = endpoint.produces().isEmpty() ? List.of("application/json") : endpoint.produces();
    for (DeclaredResponse response : responses) {
      writeResponse(json, response, mediaTypes, catalog, schemas);
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResponse(
      JsonGenerator json, DeclaredResponse response, List<String> mediaTypes, Catalog catalog, SchemaJson schemas)
      throws IOException {
    json.writeObjectFieldStart(response.label());
    String description =
        response.description().isEmpty()
            ? response.meaning().isEmpty() ? "Status " + response.label() : response.meaning()
            : response.description();
    json.writeStringField("description", description);
    json.writeStringField("x-declared-with", response.declaredWith().annotation());
    if (response.declaredWith().isInferred()) {
      json.writeBooleanField("x-inferred", true);
    }
    if (!response.headers().isEmpty()) {
      json.writeObjectFieldStart("headers");
      for (String header : response.headers()) {
        json.writeObjectFieldStart(header);
        json.writeBooleanField("required", true);
        json.writeObjectFieldStart("schema");
        json.writeStringField("type", "string");
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    if (response.body().isPresent()) {
      json.writeObjectFieldStart("content");
      for (String mediaType : mediaTypes) {
        json.writeObjectFieldStart(mediaType);
        json.writeFieldName("schema");
        schemas.write(json, catalog.schemas().of(response.body().get()));
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }
}

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
import java.io.Writer;
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
   * .version}, {@code .server}, {@code .contact}, {@code .license} and {@code .securityScheme}.
   *
   * @param contact who to ask about the API: a name, a URL or an email address, or a name and one
   *     of them in angle brackets; empty where the option does not say
   * @param license the API's licence: an SPDX identifier, or a name and a URL in angle brackets;
   *     empty where the option does not say
   * @param security the scheme that operations declaring a 401 require; empty where the option does
   *     not name one
   */
  public record Info(
      String title,
      String version,
      String server,
      Optional<Contact> contact,
      Optional<License> license,
      Optional<SecurityScheme> security) {
    public static final String TITLE_OPTION = "statuscontract.title";
    public static final String VERSION_OPTION = "statuscontract.version";
    public static final String SERVER_OPTION = "statuscontract.server";
    public static final String CONTACT_OPTION = "statuscontract.contact";
    public static final String LICENSE_OPTION = "statuscontract.license";
    public static final String SECURITY_SCHEME_OPTION = SecurityScheme.OPTION;

    /** What the document says where no option does. */
    public static final Info DEFAULT =
        new Info("API status codes", "unversioned", "/", Optional.empty(), Optional.empty(), Optional.empty());

    /**
     * The info that {@code options} give, the defaults for what they do not; what cannot be
     * understood adds a message to {@code problems} and is left out.
     */
    public static Info from(Map<String, String> options, List<String> problems) {
      return new Info(
          nonBlank(options.get(TITLE_OPTION), DEFAULT.title()),
          nonBlank(options.get(VERSION_OPTION), DEFAULT.version()),
          nonBlank(options.get(SERVER_OPTION), DEFAULT.server()),
          Contact.parse(options.get(CONTACT_OPTION), problems),
          License.parse(options.get(LICENSE_OPTION), problems),
          SecurityScheme.parse(options.get(SECURITY_SCHEME_OPTION), problems));
    }

    private static String nonBlank(String value, String otherwise) {
      return value == null || value.isBlank() ? otherwise : value.trim();
    }
  }

  /**
   * A name and an address in angle brackets, as in {@code Bookstore team <books@example.com>},
   * or one of them alone.
   */
  private static final Pattern NAME_AND_ADDRESS = Pattern.compile("(.*?)\\s*<([^<>]*)>");
  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+");
  /** What an SPDX licence identifier is made of, such as Apache-2.0 or GPL-3.0+: no spaces, no brackets. */
  private static final Pattern SPDX = Pattern.compile("[A-Za-z0-9.+-]+");

  /** The Contact Object: at least one of its fields is present. */
  public record Contact(Optional<String> name, Optional<String> url, Optional<String> email) {

    /** {@code value} as a contact: empty where not given or blank, or not understood (a problem). */
    static Optional<Contact> parse(String value, List<String> problems) {
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      String trimmed = value.trim();
      Matcher bracketed = NAME_AND_ADDRESS.matcher(trimmed);
      String name = bracketed.matches() ? bracketed.group(1).trim() : "";
      String address = bracketed.matches() ? bracketed.group(2).trim() : trimmed;
      if (URL.matcher(address).matches()) {
        return Optional.of(new Contact(optional(name), Optional.of(address), Optional.empty()));
      }
      if (EMAIL.matcher(address).matches()) {
        return Optional.of(new Contact(optional(name), Optional.empty(), Optional.of(address)));
      }
      if (!bracketed.matches() && !trimmed.contains("<") && !trimmed.contains(">")) {
        return Optional.of(new Contact(Optional.of(trimmed), Optional.empty(), Optional.empty()));
      }
      problems.add(
          String.format(
              "'%s' in -A%s is no contact; write a name, an http(s) URL or an email address, or a name"
                  + " and one of them in angle brackets, as in Bookstore team <books@example.com>",
              trimmed, Info.CONTACT_OPTION));
      return Optional.empty();
    }
  }

  /** The License Object: a name, and an SPDX identifier or a URL. */
  public record License(String name, Optional<String> identifier, Optional<String> url) {

    /** {@code value} as a licence: empty where not given or blank, or not understood (a problem). */
    static Optional<License> parse(String value, List<String> problems) {
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      String trimmed = value.trim();
      Matcher bracketed = NAME_AND_ADDRESS.matcher(trimmed);
      if (bracketed.matches()
          && !bracketed.group(1).isBlank()
          && URL.matcher(bracketed.group(2).trim()).matches()) {
        return Optional.of(
            new License(bracketed.group(1).trim(), Optional.empty(), Optional.of(bracketed.group(2).trim())));
      }
      if (SPDX.matcher(trimmed).matches()) {
        return Optional.of(new License(trimmed, Optional.of(trimmed), Optional.empty()));
      }
      problems.add(
          String.format(
              "'%s' in -A%s is no licence; write an SPDX identifier, as in Apache-2.0, or a name and an"
                  + " http(s) URL in angle brackets, as in Acme API Terms <https://example.com/terms>",
              trimmed, Info.LICENSE_OPTION));
      return Optional.empty();
    }
  }

  private static Optional<String> optional(String value) {
    return value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  public static String render(Catalog catalog) {
    return render(catalog, Info.DEFAULT);
  }

  public static String render(Catalog catalog, Info info) {
    return render(catalog, info, Map.of());
  }

  /**
   * The document.
   *
   * @param classDescriptions the first sentence of a class's Javadoc, by the class's qualified name,
   *     for the tag of its operations; a class without one is left out
   */
  public static String render(Catalog catalog, Info info, Map<String, String> classDescriptions) {
    return render(catalog, info, classDescriptions, new UniqueNames("_"));
  }

  /** The document, with the operation ids handed out by {@code operationIds}. */
  static String render(Catalog catalog, UniqueNames operationIds) {
    return render(catalog, Info.DEFAULT, Map.of(), operationIds);
  }

  private static String render(
      Catalog catalog, Info info, Map<String, String> classDescriptions, UniqueNames operationIds) {
    return Json.write(body(catalog, info, classDescriptions, operationIds));
  }

  /** Writes what {@link #render(Catalog, Info, Map)} returns to {@code out}, which is left open. */
  static void write(Catalog catalog, Info info, Map<String, String> classDescriptions, Writer out) throws IOException {
    Json.write(out, body(catalog, info, classDescriptions, new UniqueNames("_")));
  }

  private static Json.Body body(
      Catalog catalog, Info info, Map<String, String> classDescriptions, UniqueNames operationIds) {
    Map<String, Map<String, Endpoint>> paths = new LinkedHashMap<>();
    for (Endpoint endpoint : catalog.endpoints()) {
      Map<String, Endpoint> operations = paths.computeIfAbsent(endpoint.path(), p -> new TreeMap<>(OpenApiDocs::byOperationOrder));
      for (String operation : operations(endpoint.httpMethod())) {
        operations.putIfAbsent(operation, endpoint);
      }
    }
    // Each tag once, with the description of the first class of its name that has one.
    Map<String, Optional<String>> tags = new LinkedHashMap<>();
    boolean declares401 = false;
    for (Map<String, Endpoint> operations : paths.values()) {
      for (Endpoint endpoint : operations.values()) {
        Optional<String> description = Optional.ofNullable(classDescriptions.get(endpoint.declaringType()));
        tags.merge(tag(endpoint), description, (known, other) -> known.isPresent() ? known : other);
        declares401 |= endpoint.declares(401);
      }
    }
    // Without a scheme named, the document can state a requirement for no operation. Where no
    // operation declares a 401 either, it says so at the root, as an empty list: the same meaning as
    // no security field, said explicitly. Where some do, it says nothing, so that a linter's
    // security-defined points at what is missing (docs/generated-docs.md).
    boolean noRequirements = info.security().isEmpty() && !declares401;
    SchemaJson schemas = new SchemaJson(catalog.schemas(), "#/components/schemas/");
    return json -> {
      json.writeStartObject();
      json.writeStringField("openapi", VERSION);
      json.writeObjectFieldStart("info");
      json.writeStringField("title", info.title());
      json.writeStringField("version", info.version());
      json.writeStringField("description", "The status codes each endpoint declares, generated by status-contract.");
      if (info.contact().isPresent()) {
        Contact contact = info.contact().get();
        json.writeObjectFieldStart("contact");
        writeIfPresent(json, "name", contact.name());
        writeIfPresent(json, "url", contact.url());
        writeIfPresent(json, "email", contact.email());
        json.writeEndObject();
      }
      if (info.license().isPresent()) {
        License license = info.license().get();
        json.writeObjectFieldStart("license");
        json.writeStringField("name", license.name());
        writeIfPresent(json, "identifier", license.identifier());
        writeIfPresent(json, "url", license.url());
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("servers");
      json.writeStartObject();
      json.writeStringField("url", info.server());
      json.writeEndObject();
      json.writeEndArray();
      if (noRequirements) {
        json.writeArrayFieldStart("security");
        json.writeEndArray();
      }
      if (!tags.isEmpty()) {
        json.writeArrayFieldStart("tags");
        for (Map.Entry<String, Optional<String>> tag : tags.entrySet()) {
          json.writeStartObject();
          json.writeStringField("name", tag.getKey());
          writeIfPresent(json, "description", tag.getValue());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      json.writeObjectFieldStart("paths");
      for (Map.Entry<String, Map<String, Endpoint>> path : paths.entrySet()) {
        if (path.getValue().isEmpty()) {
          continue;
        }
        json.writeObjectFieldStart(path.getKey());
        for (Map.Entry<String, Endpoint> operation : path.getValue().entrySet()) {
          writeOperation(json, operation.getKey(), operation.getValue(), catalog, operationIds, info.security(), schemas);
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      if (!catalog.schemas().isEmpty() || info.security().isPresent()) {
        json.writeObjectFieldStart("components");
        if (!catalog.schemas().isEmpty()) {
          json.writeObjectFieldStart("schemas");
          schemas.writeComponents(json);
          json.writeEndObject();
        }
        if (info.security().isPresent()) {
          json.writeObjectFieldStart("securitySchemes");
          json.writeFieldName(info.security().get().name());
          info.security().get().write(json);
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndObject();
    };
  }

  /** The operation's tag: the simple name of the class that declares it. */
  private static String tag(Endpoint endpoint) {
    return Catalog.simpleName(endpoint.declaringType());
  }

  private static void writeIfPresent(JsonGenerator json, String field, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      json.writeStringField(field, value.get());
    }
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
      Optional<SecurityScheme> security,
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
    json.writeString(tag(endpoint));
    json.writeEndArray();
    if (security.isPresent()) {
      // The scheme where the contract declares the 401 of a missing or wrong credential; no
      // requirement elsewhere: the endpoint never answers that it needs one.
      json.writeArrayFieldStart("security");
      if (endpoint.declares(401)) {
        json.writeStartObject();
        json.writeArrayFieldStart(security.get().name());
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
    }
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

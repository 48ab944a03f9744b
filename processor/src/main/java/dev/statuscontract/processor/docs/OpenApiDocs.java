package dev.statuscontract.processor.docs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.StatusCodes;
import dev.statuscontract.processor.model.TypeRef;
import java.io.IOException;
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
 * a response for every declared code, its headers, and its body as a reference to a schema named
 * after the body type, under each media type the endpoint produces ({@code application/json}
 * where its annotations do not say).
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
  private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
  private static final Pattern SCHEMA_NAME_UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");
  private static final Pattern TRAILING_UNDERSCORES = Pattern.compile("_+$");

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
    Map<String, String> schemas = new TreeMap<>();
    return Json.write(
        json -> {
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
            writeParameters(json, path.getKey());
            for (Map.Entry<String, Endpoint> operation : path.getValue().entrySet()) {
              writeOperation(json, operation.getKey(), operation.getValue(), operationIds, info.security(), schemas);
            }
            json.writeEndObject();
          }
          json.writeEndObject();
          if (!schemas.isEmpty() || info.security().isPresent()) {
            json.writeObjectFieldStart("components");
            if (!schemas.isEmpty()) {
              json.writeObjectFieldStart("schemas");
              for (Map.Entry<String, String> schema : schemas.entrySet()) {
                json.writeObjectFieldStart(schema.getKey());
                json.writeStringField("title", schema.getValue());
                json.writeStringField("type", "object");
                json.writeEndObject();
              }
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
        });
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

  private static void writeParameters(JsonGenerator json, String path) throws IOException {
    Matcher variables = VARIABLE.matcher(path);
    List<String> names = new ArrayList<>();
    while (variables.find()) {
      names.add(variables.group(1));
    }
    if (names.isEmpty()) {
      return;
    }
    json.writeArrayFieldStart("parameters");
    for (String name : names) {
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

  private static void writeOperation(
      JsonGenerator json,
      String operation,
      Endpoint endpoint,
      UniqueNames operationIds,
      Optional<SecurityScheme> security,
      Map<String, String> schemas)
      throws IOException {
    json.writeObjectFieldStart(operation);
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
      writeResponse(json, response, mediaTypes, schemas);
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResponse(
      JsonGenerator json, DeclaredResponse response, List<String> mediaTypes, Map<String, String> schemas)
      throws IOException {
    json.writeObjectFieldStart(response.label());
    String description =
        response.description().isEmpty()
            ? response.meaning().isEmpty() ? "Status " + response.label() : response.meaning()
            : response.description();
    json.writeStringField("description", description);
    json.writeStringField("x-declared-with", response.declaredWith().annotation());
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
        writeSchema(json, response.body().get(), schemas);
        json.writeEndObject();
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** A JSON Schema for a Java type: JSON's own types where they fit, else a named reference. */
  private static void writeSchema(JsonGenerator json, TypeRef type, Map<String, String> schemas)
      throws IOException {
    json.writeStartObject();
    String name = type.name();
    String simple = simpleType(name);
    if (simple != null) {
      json.writeStringField("type", simple);
    } else if (type instanceof TypeRef.Array || isCollection(name)) {
      json.writeStringField("type", "array");
      TypeRef items =
          type instanceof TypeRef.Array array
              ? array.component()
              : type.typeArguments().isEmpty() ? TypeRef.Wildcard.UNBOUNDED : type.typeArguments().get(0);
      json.writeFieldName("items");
      if (!(items instanceof TypeRef.Wildcard) && !items.name().equals("java.lang.Object")) {
        writeSchema(json, items, schemas);
      } else {
        // Any item: an empty schema, which every value matches.
        json.writeStartObject();
        json.writeEndObject();
      }
    } else if (name.equals("java.util.Map")
        || name.equals("java.lang.Object")
        || !(type instanceof TypeRef.Named || type instanceof TypeRef.Primitive)) {
      json.writeStringField("type", "object");
    } else {
      String schemaName = schemaName(type.toString());
      schemas.putIfAbsent(schemaName, type.toString());
      json.writeStringField("$ref", "#/components/schemas/" + schemaName);
    }
    json.writeEndObject();
  }

  private static String schemaName(String type) {
    return TRAILING_UNDERSCORES.matcher(SCHEMA_NAME_UNSAFE.matcher(type).replaceAll("_")).replaceAll("");
  }

  private static String simpleType(String name) {
    return switch (name) {
      case "java.lang.String", "java.lang.CharSequence", "char", "java.lang.Character",
          "java.util.UUID", "java.net.URI", "java.time.Instant", "java.time.LocalDate",
          "java.time.OffsetDateTime" -> "string";
      case "int", "long", "short", "byte", "java.lang.Integer", "java.lang.Long", "java.lang.Short",
          "java.lang.Byte", "java.math.BigInteger" -> "integer";
      case "float", "double", "java.lang.Float", "java.lang.Double", "java.math.BigDecimal" -> "number";
      case "boolean", "java.lang.Boolean" -> "boolean";
      default -> null;
    };
  }

  private static boolean isCollection(String name) {
    return name.equals("java.util.List") || name.equals("java.util.Set") || name.equals("java.util.Collection");
  }
}

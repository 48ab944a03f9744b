package dev.statuscontract.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes the source of a synthetic service whose every endpoint has a valid, realistic contract.
 *
 * <p>{@link #service} writes {@code endpoints} endpoints, {@value #ENDPOINTS_PER_CLASS} to a class,
 * in ten packages under {@value #BASE_PACKAGE}: every other class is a Jakarta REST resource
 * returning {@code Response}, the others Spring MVC controllers returning {@code
 * ResponseEntity<Dto>}, {@code ResponseEntity<?>} or {@code ResponseEntity<Void>}. Each class has
 * its two DTO records (the resource and what creates it) in its package, and declares, on the class,
 * 401 with {@code WWW-Authenticate} and 429 with {@code Retry-After}. Its eight endpoints list,
 * read, create ({@code @Creates}, 201 with {@code Location}), replace, update, delete (204), read
 * the history of and archive a resource, each with two to four method-level {@code @Returns}: 200,
 * 201, 202, 204 or 304 with bodies and sometimes {@code ETag}, {@code Last-Modified} or {@code
 * Location}; 400, 404, 409, 410, 412 and 422, with descriptions and, for most, a problem body.
 * Composed annotations of package {@code common} add 404 and 500 ({@code @StandardErrors}), 400
 * and 422 ({@code @ValidationErrors}), or {@code @StandardErrors} and 503 ({@code @ServiceErrors},
 * composed of a composed annotation) to some endpoints.
 *
 * <p>Each service is written twice over the same DTOs: once with classes that build their responses
 * themselves, once with classes that build them with their generated helpers, which compile only
 * with the processor. Its bodies are {@linkplain Bodies#FULL full} (a DTO, its headers, a branch for
 * each other success or redirect status) or {@linkplain Bodies#THIN thin} (one statement).
 *
 * <p>{@link #singleClass} writes one Jakarta REST resource with all the endpoints, the same eight
 * kinds over and over.
 *
 * <p>The status-contract processor finds nothing in either: the benchmark checks that its summary
 * says {@code 0 errors, 0 warnings}.
 */
public final class ApiGenerator {

  public static final int ENDPOINTS_PER_CLASS = 8;
  public static final String BASE_PACKAGE = "com.example.bench";

  private static final String COMMON = BASE_PACKAGE + ".common";

  private static final String[] DOMAINS = {
    "catalog", "orders", "billing", "shipping", "accounts",
    "inventory", "reviews", "search", "notifications", "reports"
  };

  private static final String[][] NOUNS = {
    {"Product", "Category", "Brand"},
    {"Order", "Cart", "Quote"},
    {"Invoice", "Payment", "Refund"},
    {"Parcel", "Carrier", "Route"},
    {"Account", "Profile", "Team"},
    {"Stock", "Warehouse", "Supplier"},
    {"Review", "Rating", "Comment"},
    {"Query", "Index", "Synonym"},
    {"Message", "Template", "Channel"},
    {"Report", "Dashboard", "Export"},
  };

  private ApiGenerator() {}

  /**
   * What was written: the source root, every file, and how many endpoints and endpoint classes.
   *
   * @param sources the API's files, whose classes build their responses themselves
   * @param helperSources the same API, except that every resource class builds its responses with
   *     its generated helpers ({@code ItemResourceResponses.Get.ok(...)}), so that it compiles only
   *     with the processor; empty for an API without that variant
   * @param bodies how much the method bodies do
   */
  public record Api(
      String name, Path sourceRoot, List<Path> sources, List<Path> helperSources, int endpoints, int classes, Bodies bodies) {}

  /** What the endpoint methods' bodies do. */
  public enum Bodies {
    /**
     * Build a realistic response: a DTO, its headers, and each other success or redirect status the
     * contract declares on a branch of its own.
     */
    FULL,
    /**
     * One statement: a response with a status the processor cannot know (a field), or, with the
     * helpers, one conditional expression over the declared success and redirect statuses' factories.
     */
    THIN
  }

  /** The Java frameworks of the generated classes. */
  private enum Flavor {
    JAKARTA,
    SPRING
  }

  /** The parameters of an endpoint method. */
  private enum Params {
    QUERY,
    ID,
    BODY,
    ID_AND_BODY
  }

  /** One {@code @Returns}; {@code body} is a type as written in a class literal, or null. */
  private record Ret(int code, String description, List<String> headers, String body) {}

  /** One endpoint method. {@code subPath} starts with "/" or is empty. */
  private record Endpoint(
      String http,
      String subPath,
      String name,
      Params params,
      boolean creates,
      List<String> composed,
      List<Ret> returns) {}

  /** The bodies each composed annotation of {@value #COMMON} declares. */
  private static List<String> composedBodies(String composed) {
    switch (composed) {
      case "StandardErrors":
      case "ServiceErrors":
        return List.of("Problem.class");
      case "ValidationErrors":
        return List.of("Problem.class", "ValidationProblem.class");
      default:
        throw new IllegalArgumentException(composed);
    }
  }

  /** Writes a service of {@code endpoints} endpoints with full bodies into {@code root}. */
  public static Api service(int endpoints, Path root) {
    return service(endpoints, root, Bodies.FULL);
  }

  /**
   * Writes a service of {@code endpoints} endpoints into {@code root}: the DTOs and annotations
   * under {@code root/shared}, the resource classes under {@code root/plain} and, building their
   * responses with their helpers, under {@code root/with-helpers}.
   */
  public static Api service(int endpoints, Path root, Bodies bodies) {
    if (endpoints < 1) {
      throw new IllegalArgumentException("endpoints must be positive: " + endpoints);
    }
    Path shared = root.resolve("shared");
    List<Path> sources = new ArrayList<>(writeCommon(shared));
    List<Path> helperSources = new ArrayList<>(sources);
    int classes = (endpoints + ENDPOINTS_PER_CLASS - 1) / ENDPOINTS_PER_CLASS;
    int width = Math.max(4, Integer.toString(classes - 1).length());
    for (int i = 0; i < classes; i++) {
      int count = Math.min(ENDPOINTS_PER_CLASS, endpoints - i * ENDPOINTS_PER_CLASS);
      int domain = i % DOMAINS.length;
      String pkg = BASE_PACKAGE + "." + DOMAINS[domain];
      String[] nouns = NOUNS[domain];
      String noun = nouns[(i / DOMAINS.length) % nouns.length];
      String index = String.format(Locale.ROOT, "%0" + width + "d", i);
      String entity = noun + index;
      String input = "New" + entity;
      String text = noun.toLowerCase(Locale.ROOT);
      // Alternates from class to class, and from one round of the packages to the next, so that
      // every package holds both.
      Flavor flavor = (i + i / DOMAINS.length) % 2 == 0 ? Flavor.JAKARTA : Flavor.SPRING;
      String className = entity + (flavor == Flavor.JAKARTA ? "Resource" : "Controller");
      String basePath = "/" + DOMAINS[domain] + "/" + plural(text) + "-" + index;

      List<Endpoint> eps = endpoints(i, entity, input, text, "", "", count);
      for (boolean withHelpers : new boolean[] {false, true}) {
        Style style = new Style(bodies, withHelpers ? className + "Responses" : null);
        StringBuilder members = new StringBuilder();
        if (bodies == Bodies.THIN) {
          thinFields(members, entity, withHelpers);
        }
        for (Endpoint ep : eps) {
          members.append('\n');
          method(members, flavor, ep, entity, input, basePath, style);
        }
        Path file =
            write(root.resolve(withHelpers ? "with-helpers" : "plain"), pkg, className, classSource(flavor, pkg, className, basePath, members));
        (withHelpers ? helperSources : sources).add(file);
      }
      for (Path file : List.of(write(shared, pkg, entity, entityRecord(pkg, entity)), write(shared, pkg, input, inputRecord(pkg, input)))) {
        sources.add(file);
        helperSources.add(file);
      }
    }
    String name = (bodies == Bodies.THIN ? "thin-" : "service-") + endpoints;
    return new Api(name, root, sources, helperSources, endpoints, classes, bodies);
  }

  /**
   * How a class's bodies are written: {@code helperClass} is the simple name of the class's helper
   * class, which the bodies build their responses with, or null.
   */
  private record Style(Bodies bodies, String helperClass) {
    static final Style FULL = new Style(Bodies.FULL, null);
  }

  /** The fields of a class with thin bodies: a status the processor cannot know, and the values of the factories' arguments. */
  private static void thinFields(StringBuilder out, String entity, boolean withHelpers) {
    out.append("\n  private int status;\n");
    if (withHelpers) {
      out.append("  private ").append(entity).append(" one;\n");
      out.append("  private ").append(entity).append("[] many;\n");
      out.append("  private String tag;\n");
      out.append("  private Instant when;\n");
      out.append("  private URI uri;\n");
    }
  }

  /** Writes one Jakarta REST resource class of {@code endpoints} endpoints into {@code root}. */
  public static Api singleClass(int endpoints, Path root) {
    if (endpoints < 1) {
      throw new IllegalArgumentException("endpoints must be positive: " + endpoints);
    }
    List<Path> sources = new ArrayList<>(writeCommon(root));
    String pkg = BASE_PACKAGE + ".single";
    String className = "WideResource";
    String basePath = "/wide";
    int groups = (endpoints + ENDPOINTS_PER_CLASS - 1) / ENDPOINTS_PER_CLASS;
    int width = Math.max(4, Integer.toString(groups - 1).length());
    int entities = Math.min(groups, 16);
    StringBuilder members = new StringBuilder();
    for (int g = 0; g < groups; g++) {
      int count = Math.min(ENDPOINTS_PER_CLASS, endpoints - g * ENDPOINTS_PER_CLASS);
      String index = String.format(Locale.ROOT, "%0" + width + "d", g);
      String entity = "Item" + (g % entities);
      String input = "New" + entity;
      String prefix = "/items-" + index;
      for (Endpoint ep : endpoints(g, entity, input, "item", prefix, index, count)) {
        members.append('\n');
        method(members, Flavor.JAKARTA, ep, entity, input, basePath + prefix, Style.FULL);
      }
    }
    sources.add(write(root, pkg, className, classSource(Flavor.JAKARTA, pkg, className, basePath, members)));
    for (int e = 0; e < entities; e++) {
      sources.add(write(root, pkg, "Item" + e, entityRecord(pkg, "Item" + e)));
      sources.add(write(root, pkg, "NewItem" + e, inputRecord(pkg, "NewItem" + e)));
    }
    return new Api("single-class-" + endpoints, root, sources, List.of(), endpoints, 1, Bodies.FULL);
  }

  /**
   * The first {@code count} of the eight endpoints of a class (or of a group of the single class).
   * {@code variant} varies headers and composed annotations from class to class; {@code prefix} goes
   * before every path of the group, and {@code suffix} after every method name.
   */
  private static List<Endpoint> endpoints(
      int variant, String e, String in, String noun, String prefix, String suffix, int count) {
    String many = e + "[].class";
    String one = e + ".class";
    List<Endpoint> all = new ArrayList<>();

    all.add(
        new Endpoint(
            "GET", prefix, "list" + suffix, Params.QUERY, false, List.of(),
            List.of(
                ret(200, "Every " + noun + " that matches the filter", List.of(), many),
                ret(400, "The filter is malformed", List.of(), "Problem.class"))));

    List<String> readHeaders = variant % 2 == 0 ? List.of("ETag", "Last-Modified") : List.of("ETag");
    all.add(
        new Endpoint(
            "GET", prefix + "/{id}", "get" + suffix, Params.ID, false, List.of(),
            List.of(
                ret(200, "The " + noun, readHeaders, one),
                ret(304, "The " + noun + " has not changed since the ETag in If-None-Match", List.of("ETag"), null),
                ret(404, "No " + noun + " has this id", List.of(), null))));

    all.add(
        new Endpoint(
            "POST", prefix, "create" + suffix, Params.BODY, true, List.of(),
            List.of(
                ret(201, "The " + noun + " was created", List.of("Location"), one),
                ret(400, "The request is malformed", List.of(), "Problem.class"),
                ret(409, "A " + noun + " with this name exists", List.of(), "Problem.class"),
                ret(422, "The " + noun + " is invalid", List.of(), "ValidationProblem.class"))));

    all.add(
        new Endpoint(
            "PUT", prefix + "/{id}", "replace" + suffix, Params.ID_AND_BODY, false,
            variant % 3 == 0 ? List.of("ValidationErrors") : List.of(),
            List.of(
                ret(200, "The " + noun + " was replaced", List.of("ETag"), one),
                ret(404, "No " + noun + " has this id", List.of(), null),
                ret(412, "The ETag in If-Match is stale", List.of(), null))));

    all.add(
        new Endpoint(
            "PATCH", prefix + "/{id}", "update" + suffix, Params.ID_AND_BODY, false, List.of(),
            List.of(
                ret(200, "The " + noun + " was updated", variant % 2 == 1 ? List.of("Last-Modified") : List.of(), one),
                ret(404, "No " + noun + " has this id", List.of(), null),
                ret(422, "The change would make the " + noun + " invalid", List.of(), "ValidationProblem.class"))));

    all.add(
        new Endpoint(
            "DELETE", prefix + "/{id}", "delete" + suffix, Params.ID, false, List.of(),
            List.of(
                ret(204, "The " + noun + " was deleted", List.of(), null),
                ret(404, "No " + noun + " has this id", List.of(), null))));

    all.add(
        new Endpoint(
            "GET", prefix + "/{id}/history", "history" + suffix, Params.ID, false, List.of("StandardErrors"),
            List.of(
                ret(200, "Earlier versions of the " + noun, List.of(), many),
                ret(410, "The history of the " + noun + " was purged", List.of(), null))));

    List<Ret> archive = new ArrayList<>();
    archive.add(ret(200, "The archived " + noun, List.of(), one));
    if (variant % 4 == 0) {
      archive.add(ret(202, "Archiving was queued; the Location tells its progress", List.of("Location"), null));
    }
    archive.add(ret(409, "The " + noun + " is archived already", List.of(), "Problem.class"));
    all.add(
        new Endpoint(
            "POST", prefix + "/{id}/archive", "archive" + suffix, Params.ID, false,
            variant % 5 == 0 ? List.of("ServiceErrors") : List.of(),
            archive));

    return all.subList(0, count);
  }

  private static String plural(String noun) {
    if (noun.endsWith("y") && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    return noun.endsWith("x") || noun.endsWith("s") ? noun + "es" : noun + "s";
  }

  private static Ret ret(int code, String description, List<String> headers, String body) {
    return new Ret(code, description, headers, body);
  }

  private static String classSource(
      Flavor flavor, String pkg, String className, String basePath, CharSequence members) {
    StringBuilder out = new StringBuilder();
    out.append("package ").append(pkg).append(";\n\n");
    out.append("import ").append(COMMON).append(".Problem;\n");
    out.append("import ").append(COMMON).append(".ServiceErrors;\n");
    out.append("import ").append(COMMON).append(".StandardErrors;\n");
    out.append("import ").append(COMMON).append(".ValidationErrors;\n");
    out.append("import ").append(COMMON).append(".ValidationProblem;\n");
    out.append("import dev.statuscontract.Creates;\n");
    out.append("import dev.statuscontract.Returns;\n");
    if (flavor == Flavor.JAKARTA) {
      for (String name : List.of("DELETE", "GET", "PATCH", "POST", "PUT", "Path", "PathParam", "Produces", "QueryParam")) {
        out.append("import jakarta.ws.rs.").append(name).append(";\n");
      }
      out.append("import jakarta.ws.rs.core.Response;\n");
    }
    out.append("import java.net.URI;\n");
    out.append("import java.time.Instant;\n");
    if (flavor == Flavor.SPRING) {
      out.append("import org.springframework.http.ResponseEntity;\n");
      for (String name :
          List.of(
              "DeleteMapping", "GetMapping", "PatchMapping", "PathVariable", "PostMapping", "PutMapping",
              "RequestBody", "RequestMapping", "RequestParam", "RestController")) {
        out.append("import org.springframework.web.bind.annotation.").append(name).append(";\n");
      }
    }
    out.append('\n');
    if (flavor == Flavor.JAKARTA) {
      out.append("@Path(\"").append(basePath).append("\")\n");
      out.append("@Produces(\"application/json\")\n");
    } else {
      out.append("@RestController\n");
      out.append("@RequestMapping(\"").append(basePath).append("\")\n");
    }
    out.append("@Returns(value = 401, description = \"No valid access token\", headers = \"WWW-Authenticate\")\n");
    out.append("@Returns(value = 429, description = \"Too many requests from this client\", headers = \"Retry-After\")\n");
    out.append("public class ").append(className).append(" {\n");
    out.append(members);
    out.append("}\n");
    return out.toString();
  }

  private static void method(
      StringBuilder out, Flavor flavor, Endpoint ep, String entity, String input, String fullBasePath, Style style) {
    String mapping = mapping(flavor, ep);
    out.append("  ").append(mapping).append('\n');
    if (ep.creates()) {
      out.append("  @Creates\n");
    }
    for (String composed : ep.composed()) {
      out.append("  @").append(composed).append('\n');
    }
    for (Ret ret : ep.returns()) {
      out.append("  ").append(returnsAnnotation(ret)).append('\n');
    }
    out.append("  public ").append(returnType(flavor, ep, entity)).append(' ').append(ep.name()).append('(');
    out.append(parameters(flavor, ep.params(), input)).append(") {\n");
    if (style.bodies() == Bodies.THIN) {
      thinStatement(out, flavor, ep, style.helperClass());
    } else if (style.helperClass() != null) {
      helperStatements(out, ep, entity, fullBasePath, style.helperClass());
    } else {
      statements(out, flavor, ep, entity, fullBasePath);
    }
    out.append("  }\n");
  }

  private static String mapping(Flavor flavor, Endpoint ep) {
    if (flavor == Flavor.JAKARTA) {
      String verb = "@" + ep.http();
      // JAX-RS joins the paths with "/" itself, and code usually leaves it out.
      return ep.subPath().isEmpty() ? verb : verb + "\n  @Path(\"" + ep.subPath().substring(1) + "\")";
    }
    String annotation =
        "@" + ep.http().charAt(0) + ep.http().substring(1).toLowerCase(Locale.ROOT) + "Mapping";
    return ep.subPath().isEmpty() ? annotation : annotation + "(\"" + ep.subPath() + "\")";
  }

  private static String returnsAnnotation(Ret ret) {
    StringBuilder out = new StringBuilder("@Returns(value = ").append(ret.code());
    out.append(", description = \"").append(ret.description()).append('"');
    if (ret.headers().size() == 1) {
      out.append(", headers = \"").append(ret.headers().get(0)).append('"');
    } else if (!ret.headers().isEmpty()) {
      out.append(", headers = {");
      for (int h = 0; h < ret.headers().size(); h++) {
        out.append(h == 0 ? "\"" : ", \"").append(ret.headers().get(h)).append('"');
      }
      out.append('}');
    }
    if (ret.body() != null) {
      out.append(", body = ").append(ret.body());
    }
    return out.append(')').toString();
  }

  /**
   * {@code Response} for Jakarta REST. For Spring, the narrowest type that carries every body the
   * endpoint declares, composed annotations included: {@code ResponseEntity<Void>} when none has a
   * body, {@code ResponseEntity<Dto>} when all bodies are the resource, else {@code
   * ResponseEntity<?>}.
   */
  private static String returnType(Flavor flavor, Endpoint ep, String entity) {
    if (flavor == Flavor.JAKARTA) {
      return "Response";
    }
    Set<String> bodies = new LinkedHashSet<>();
    for (Ret ret : ep.returns()) {
      if (ret.body() != null) {
        bodies.add(ret.body());
      }
    }
    for (String composed : ep.composed()) {
      bodies.addAll(composedBodies(composed));
    }
    if (bodies.isEmpty()) {
      return "ResponseEntity<Void>";
    }
    if (bodies.equals(Set.of(entity + ".class"))) {
      return "ResponseEntity<" + entity + ">";
    }
    return "ResponseEntity<?>";
  }

  private static String parameters(Flavor flavor, Params params, String input) {
    boolean jakarta = flavor == Flavor.JAKARTA;
    String id = jakarta ? "@PathParam(\"id\") String id" : "@PathVariable(\"id\") String id";
    String body = jakarta ? input + " body" : "@RequestBody " + input + " body";
    switch (params) {
      case QUERY:
        return jakarta
            ? "@QueryParam(\"q\") String q"
            : "@RequestParam(name = \"q\", required = false) String q";
      case ID:
        return id;
      case BODY:
        return body;
      case ID_AND_BODY:
        return id + ", " + body;
      default:
        throw new AssertionError(params);
    }
  }

  /** A body that returns the endpoint's first declared (success) response, and its 202 and 304 on branches. */
  private static void statements(
      StringBuilder out, Flavor flavor, Endpoint ep, String entity, String fullBasePath) {
    boolean jakarta = flavor == Flavor.JAKARTA;
    Ret success = ep.returns().get(0);
    String id = ep.params() == Params.ID || ep.params() == Params.ID_AND_BODY ? "id" : "\"1\"";
    String name = ep.params() == Params.BODY || ep.params() == Params.ID_AND_BODY ? "body.name()" : "\"sample\"";
    String value = "new " + entity + "(" + id + ", " + name + ", 1L, Instant.EPOCH)";
    // The other success and redirect statuses of the contract, each on a branch of its own, so that
    // the body answers every status it declares (the processor reads method bodies too).
    for (Ret other : ep.returns().subList(1, ep.returns().size())) {
      if (other.code() == 202) {
        String uri = "java.net.URI.create(\"" + fullBasePath + "/queue/1\")";
        out.append("    if (\"queued\".equals(" + id + ")) {\n")
            .append(
                jakarta
                    ? "      return Response.accepted().location(" + uri + ").build();\n"
                    : "      return ResponseEntity.accepted().location(" + uri + ").build();\n")
            .append("    }\n");
      } else if (other.code() == 304) {
        out.append("    if (\"unchanged\".equals(" + id + ")) {\n")
            .append(
                jakarta
                    ? "      return Response.notModified().tag(\"1\").build();\n"
                    : "      return ResponseEntity.status(304).eTag(\"1\").build();\n")
            .append("    }\n");
      }
    }
    if (success.code() == 204) {
      out.append(jakarta ? "    return Response.noContent().build();\n" : "    return ResponseEntity.noContent().build();\n");
    } else if (success.code() == 201) {
      out.append("    ").append(entity).append(" created = ").append(value).append(";\n");
      String uri = "URI.create(\"" + fullBasePath + "/\" + created.id())";
      out.append(
          jakarta
              ? "    return Response.created(" + uri + ").entity(created).build();\n"
              : "    return ResponseEntity.created(" + uri + ").body(created);\n");
    } else {
      String entityValue = success.body().endsWith("[].class") ? "new " + entity + "[] {" + value + "}" : value;
      if (!ep.params().equals(Params.QUERY) && success.headers().contains("ETag")) {
        out.append(
            jakarta
                ? "    return Response.ok(" + entityValue + ").tag(\"1\").build();\n"
                : "    return ResponseEntity.ok().eTag(\"1\").body(" + entityValue + ");\n");
      } else {
        out.append(
            jakarta
                ? "    return Response.ok(" + entityValue + ").build();\n"
                : "    return ResponseEntity.ok(" + entityValue + ");\n");
      }
    }
  }

  /**
   * The body of {@link #statements}, with the responses built by the class's helpers: the first
   * declared (success) response, and its 202 and 304 on branches.
   */
  private static void helperStatements(
      StringBuilder out, Endpoint ep, String entity, String fullBasePath, String helperClass) {
    Ret success = ep.returns().get(0);
    String id = ep.params() == Params.ID || ep.params() == Params.ID_AND_BODY ? "id" : "\"1\"";
    String name = ep.params() == Params.BODY || ep.params() == Params.ID_AND_BODY ? "body.name()" : "\"sample\"";
    String value = "new " + entity + "(" + id + ", " + name + ", 1L, Instant.EPOCH)";
    for (Ret other : ep.returns().subList(1, ep.returns().size())) {
      if (other.code() == 202) {
        String uri = "URI.create(\"" + fullBasePath + "/queue/1\")";
        out.append("    if (\"queued\".equals(" + id + ")) {\n")
            .append("      return ").append(factoryCall(helperClass, ep, other, null, FULL_TAG, FULL_WHEN, uri)).append(";\n")
            .append("    }\n");
      } else if (other.code() == 304) {
        out.append("    if (\"unchanged\".equals(" + id + ")) {\n")
            .append("      return ").append(factoryCall(helperClass, ep, other, null, FULL_TAG, FULL_WHEN, null)).append(";\n")
            .append("    }\n");
      }
    }
    if (success.code() == 201) {
      out.append("    ").append(entity).append(" created = ").append(value).append(";\n");
      String uri = "URI.create(\"" + fullBasePath + "/\" + created.id())";
      out.append("    return ").append(factoryCall(helperClass, ep, success, "created", FULL_TAG, FULL_WHEN, uri)).append(";\n");
    } else {
      String body =
          success.body() == null ? null : success.body().endsWith("[].class") ? "new " + entity + "[] {" + value + "}" : value;
      out.append("    return ").append(factoryCall(helperClass, ep, success, body, FULL_TAG, FULL_WHEN, null)).append(";\n");
    }
  }

  /**
   * One statement: without helpers, a response whose status is a field, which the processor cannot
   * know (so that it finds nothing to report); with them, one conditional expression over the
   * factories of every success and redirect status the endpoint declares.
   */
  private static void thinStatement(StringBuilder out, Flavor flavor, Endpoint ep, String helperClass) {
    if (helperClass == null) {
      out.append(
          flavor == Flavor.JAKARTA
              ? "    return Response.status(status).build();\n"
              : "    return ResponseEntity.status(status).build();\n");
      return;
    }
    List<Ret> answered = ep.returns().stream().filter(ret -> ret.code() < 400).toList();
    StringBuilder expression = new StringBuilder();
    for (Ret ret : answered.subList(1, answered.size())) {
      expression.append("status == ").append(ret.code()).append(" ? ").append(thinCall(helperClass, ep, ret)).append(" : ");
    }
    expression.append(thinCall(helperClass, ep, answered.get(0)));
    out.append("    return ").append(expression).append(";\n");
  }

  private static String thinCall(String helperClass, Endpoint ep, Ret ret) {
    String body = ret.body() == null ? null : ret.body().endsWith("[].class") ? "many" : "one";
    return factoryCall(helperClass, ep, ret, body, "tag", "when", "uri");
  }

  /** The values of an ETag and a Last-Modified in full bodies. */
  private static final String FULL_TAG = "\"1\"";
  private static final String FULL_WHEN = "Instant.EPOCH";

  /**
   * A call of the factory of {@code ret} of {@code ep}'s helper class: {@code
   * ItemResourceResponses.Get.ok(body, "1", Instant.EPOCH)}, the body first, then a value for each
   * declared header in order: {@code tag} for {@code ETag}, {@code when} for {@code Last-Modified},
   * {@code location} for {@code Location}.
   */
  private static String factoryCall(
      String helperClass, Endpoint ep, Ret ret, String body, String tag, String when, String location) {
    List<String> arguments = new ArrayList<>();
    if (ret.body() != null) {
      arguments.add(body);
    }
    for (String header : ret.headers()) {
      switch (header) {
        case "ETag" -> arguments.add(tag);
        case "Last-Modified" -> arguments.add(when);
        case "Location" -> arguments.add(location);
        default -> throw new IllegalArgumentException("no value for the header " + header);
      }
    }
    String nested = Character.toUpperCase(ep.name().charAt(0)) + ep.name().substring(1);
    return helperClass + "." + nested + "." + factoryName(ret.code()) + "(" + String.join(", ", arguments) + ")";
  }

  /** The name status-contract gives the factory of a status: its reason phrase in lowerCamelCase. */
  private static String factoryName(int code) {
    switch (code) {
      case 200:
        return "ok";
      case 201:
        return "created";
      case 202:
        return "accepted";
      case 204:
        return "noContent";
      case 304:
        return "notModified";
      default:
        throw new IllegalArgumentException("no factory name for " + code);
    }
  }

  private static String entityRecord(String pkg, String name) {
    return "package " + pkg + ";\n\n"
        + "import java.time.Instant;\n\n"
        + "/** A resource as the API returns it. */\n"
        + "public record " + name + "(String id, String name, long version, Instant updated) {}\n";
  }

  private static String inputRecord(String pkg, String name) {
    return "package " + pkg + ";\n\n"
        + "/** What a client sends to create or change a resource. */\n"
        + "public record " + name + "(String name) {}\n";
  }

  /** The error bodies and the composed annotations every package uses. */
  private static List<Path> writeCommon(Path root) {
    List<Path> files = new ArrayList<>();
    files.add(
        write(root, COMMON, "Problem",
            "package " + COMMON + ";\n\n"
                + "/** An RFC 9457 problem detail. */\n"
                + "public record Problem(String type, String title, int status, String detail) {}\n"));
    files.add(
        write(root, COMMON, "ValidationProblem",
            "package " + COMMON + ";\n\n"
                + "import java.util.List;\n\n"
                + "/** A problem detail that lists what is invalid. */\n"
                + "public record ValidationProblem(String title, List<String> errors) {}\n"));
    files.add(
        write(root, COMMON, "StandardErrors",
            composedSource(
                "StandardErrors",
                "The errors any endpoint that reads a stored resource can return.",
                List.of(),
                "@Returns(value = 404, description = \"No such resource\", body = Problem.class)",
                "@Returns(value = 500, description = \"Something went wrong on our side\", body = Problem.class)")));
    files.add(
        write(root, COMMON, "ValidationErrors",
            composedSource(
                "ValidationErrors",
                "The errors of an endpoint that validates what it is sent.",
                List.of(),
                "@Returns(value = 400, description = \"The request is malformed\", body = Problem.class)",
                "@Returns(value = 422, description = \"The request is well-formed but invalid\", body = ValidationProblem.class)")));
    files.add(
        write(root, COMMON, "ServiceErrors",
            composedSource(
                "ServiceErrors",
                "The errors of an endpoint that calls another service.",
                List.of("@StandardErrors"),
                "@Returns(value = 503, description = \"A service it needs is down\", headers = \"Retry-After\")")));
    return files;
  }

  private static String composedSource(String name, String doc, List<String> uses, String... returns) {
    StringBuilder out = new StringBuilder("package " + COMMON + ";\n\n");
    out.append("import dev.statuscontract.Returns;\n");
    out.append("import java.lang.annotation.ElementType;\n");
    out.append("import java.lang.annotation.Retention;\n");
    out.append("import java.lang.annotation.RetentionPolicy;\n");
    out.append("import java.lang.annotation.Target;\n\n");
    out.append("/** ").append(doc).append(" */\n");
    out.append("@Target({ElementType.TYPE, ElementType.METHOD})\n");
    out.append("@Retention(RetentionPolicy.RUNTIME)\n");
    for (String use : uses) {
      out.append(use).append('\n');
    }
    for (String r : returns) {
      out.append(r).append('\n');
    }
    out.append("public @interface ").append(name).append(" {}\n");
    return out.toString();
  }

  private static Path write(Path root, String pkg, String simpleName, String source) {
    Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * Writes one API without measuring anything, to look at it or compile it by hand: {@code
   * ApiGenerator <endpoints> <directory> [--single-class]}.
   */
  public static void main(String[] args) {
    if (args.length < 2 || args.length > 3 || (args.length == 3 && !List.of("--single-class", "--thin").contains(args[2]))) {
      System.err.println("usage: ApiGenerator <endpoints> <directory> [--single-class | --thin]");
      System.exit(2);
    }
    int endpoints = Integer.parseInt(args[0]);
    Path root = Path.of(args[1]);
    Api api =
        args.length == 3 && args[2].equals("--single-class")
            ? singleClass(endpoints, root)
            : service(endpoints, root, args.length == 3 ? Bodies.THIN : Bodies.FULL);
    System.out.printf(
        Locale.ROOT, "%d endpoints in %d %s, %d source files, in %s%n",
        api.endpoints(), api.classes(), api.classes() == 1 ? "class" : "classes", api.sources().size(),
        root.toAbsolutePath());
  }
}

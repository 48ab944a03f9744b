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

  /** What was written: the source root, every file, and how many endpoints and endpoint classes. */
  public record Api(String name, Path sourceRoot, List<Path> sources, int endpoints, int classes) {}

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

  /** Writes a service of {@code endpoints} endpoints into {@code root}. */
  public static Api service(int endpoints, Path root) {
    if (endpoints < 1) {
      throw new IllegalArgumentException("endpoints must be positive: " + endpoints);
    }
    List<Path> sources = new ArrayList<>(writeCommon(root));
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
      StringBuilder members = new StringBuilder();
      for (Endpoint ep : eps) {
        members.append('\n');
        method(members, flavor, ep, entity, input, basePath);
      }
      sources.add(write(root, pkg, className, classSource(flavor, pkg, className, basePath, members)));
      sources.add(write(root, pkg, entity, entityRecord(pkg, entity)));
      sources.add(write(root, pkg, input, inputRecord(pkg, input)));
    }
    return new Api("service-" + endpoints, root, sources, endpoints, classes);
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
        method(members, Flavor.JAKARTA, ep, entity, input, basePath + prefix);
      }
    }
    sources.add(write(root, pkg, className, classSource(Flavor.JAKARTA, pkg, className, basePath, members)));
    for (int e = 0; e < entities; e++) {
      sources.add(write(root, pkg, "Item" + e, entityRecord(pkg, "Item" + e)));
      sources.add(write(root, pkg, "NewItem" + e, inputRecord(pkg, "NewItem" + e)));
    }
    return new Api("single-class-" + endpoints, root, sources, endpoints, 1);
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
      StringBuilder out, Flavor flavor, Endpoint ep, String entity, String input, String fullBasePath) {
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
    statements(out, flavor, ep, entity, fullBasePath);
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
    if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--single-class"))) {
      System.err.println("usage: ApiGenerator <endpoints> <directory> [--single-class]");
      System.exit(2);
    }
    int endpoints = Integer.parseInt(args[0]);
    Path root = Path.of(args[1]);
    Api api = args.length == 3 ? singleClass(endpoints, root) : service(endpoints, root);
    System.out.printf(
        Locale.ROOT, "%d endpoints in %d %s, %d source files, in %s%n",
        api.endpoints(), api.classes(), api.classes() == 1 ? "class" : "classes", api.sources().size(),
        root.toAbsolutePath());
  }
}

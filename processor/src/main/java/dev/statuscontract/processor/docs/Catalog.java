package dev.statuscontract.processor.docs;

import static java.util.Comparator.comparing;

import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.TypeRef;
import dev.statuscontract.processor.model.TypeSchemas;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Every endpoint of a compilation, in the order the documents list them: by path, then method,
 * then declaring class and Java signature, whatever order javac handed the classes over in; and the
 * same endpoints by class and by package, with an anchor for each endpoint and each class.
 *
 * <p>Everything is worked out once, when the catalog is made, in time that grows with the number
 * of endpoints times the log of it (for the sorting): the renderers only read it, so that no page
 * costs a pass over the whole catalog.
 */
public final class Catalog {

  static final Comparator<Endpoint> ORDER =
      comparing(Endpoint::path)
          .thenComparing(Endpoint::httpMethod)
          .thenComparing(Endpoint::declaringType)
          .thenComparing(Endpoint::methodName)
          .thenComparing(e -> e.parameterTypes().stream().map(TypeRef::toString).toList().toString());

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-|-$");

  /**
   * A class with endpoints.
   *
   * @param qualifiedName its fully qualified name
   * @param packageName its package, {@code ""} for the default package
   * @param name its name in its package: {@code Outer.Inner} for a nested class
   * @param anchor an id for it, unique on its package's page among classes and endpoints
   * @param endpoints its endpoints, in catalog order
   */
  record ApiClass(String qualifiedName, String packageName, String name, String anchor, List<Endpoint> endpoints) {}

  /**
   * A package of classes with endpoints.
   *
   * @param name its name, {@code ""} for the default package
   * @param classes its classes, by qualified name
   * @param endpointCount how many endpoints its classes have
   */
  record ApiPackage(String name, List<ApiClass> classes, int endpointCount) {}

  private final List<Endpoint> endpoints;
  /** By identity: two endpoints may be equal as records and still need anchors of their own. */
  private final Map<Endpoint, String> anchors = new IdentityHashMap<>();
  private final UniqueNames anchorNames = new UniqueNames("-");
  private final List<ApiClass> classes;
  private final Map<String, ApiClass> classesByName = new HashMap<>();
  private final List<ApiPackage> packages;
  private final SchemaIndex schemas;
  private long classAnchorProbes;
  private long passes;

  private Catalog(List<Endpoint> endpoints, TypeSchemas schemas) {
    this.endpoints = endpoints;
    // Endpoints first, so that their anchors do not depend on the classes'.
    for (Endpoint endpoint : endpoints) {
      anchors.put(endpoint, anchorNames.claim(slug(simpleName(endpoint.declaringType()) + " " + endpoint.describe())));
    }
    Map<String, List<Endpoint>> byClass = new TreeMap<>();
    for (Endpoint endpoint : endpoints) {
      byClass.computeIfAbsent(endpoint.declaringType(), c -> new ArrayList<>()).add(endpoint);
    }
    Map<String, List<Map.Entry<String, List<Endpoint>>>> byPackage = new TreeMap<>();
    for (Map.Entry<String, List<Endpoint>> entry : byClass.entrySet()) {
      byPackage.computeIfAbsent(packageOf(entry.getKey()), p -> new ArrayList<>()).add(entry);
    }
    List<ApiClass> classes = new ArrayList<>();
    List<ApiPackage> packages = new ArrayList<>();
    for (Map.Entry<String, List<Map.Entry<String, List<Endpoint>>>> javaPackage : byPackage.entrySet()) {
      String packageName = javaPackage.getKey();
      // A class's anchor is unique on its package's page, among its classes and endpoints.
      UniqueNames pageAnchors = new UniqueNames("-");
      for (Map.Entry<String, List<Endpoint>> type : javaPackage.getValue()) {
        type.getValue().forEach(endpoint -> pageAnchors.reserve(anchors.get(endpoint)));
      }
      List<ApiClass> packageClasses = new ArrayList<>();
      int endpointCount = 0;
      for (Map.Entry<String, List<Endpoint>> type : javaPackage.getValue()) {
        String qualifiedName = type.getKey();
        String name = packageName.isEmpty() ? qualifiedName : qualifiedName.substring(packageName.length() + 1);
        String slug = slug(name);
        String anchor = pageAnchors.claim(slug.isEmpty() ? "class" : slug);
        ApiClass apiClass = new ApiClass(qualifiedName, packageName, name, anchor, List.copyOf(type.getValue()));
        packageClasses.add(apiClass);
        classesByName.put(qualifiedName, apiClass);
        endpointCount += apiClass.endpoints().size();
      }
      classAnchorProbes += pageAnchors.probes();
      classes.addAll(packageClasses);
      packages.add(new ApiPackage(packageName, List.copyOf(packageClasses), endpointCount));
    }
    // All the classes by qualified name, the order of the HTML page.
    classes.sort(comparing(ApiClass::qualifiedName));
    this.classes = List.copyOf(classes);
    this.packages = List.copyOf(packages);
    // After the endpoints', whose anchors they must not take.
    this.schemas = new SchemaIndex(schemas, anchorNames);
  }

  /** The endpoints without the schemas of their bodies, which the documents then leave out. */
  public static Catalog of(Collection<Endpoint> endpoints) {
    return of(endpoints, TypeSchemas.EMPTY);
  }

  /** The endpoints, and the schemas of their bodies. */
  public static Catalog of(Collection<Endpoint> endpoints, TypeSchemas schemas) {
    List<Endpoint> sorted = new ArrayList<>(endpoints);
    sorted.sort(ORDER);
    return new Catalog(List.copyOf(sorted), schemas);
  }

  /** The named schemas of the bodies, and the schema of each body. */
  SchemaIndex schemas() {
    return schemas;
  }

  public List<Endpoint> endpoints() {
    passes++;
    return endpoints;
  }

  public boolean isEmpty() {
    return endpoints.isEmpty();
  }

  /** The classes with endpoints, by qualified name. */
  List<ApiClass> classes() {
    passes++;
    return classes;
  }

  /** The packages of the classes with endpoints, by name. */
  List<ApiPackage> packages() {
    passes++;
    return packages;
  }

  /** The class that declares the endpoint. */
  ApiClass classOf(Endpoint endpoint) {
    return classesByName.get(endpoint.declaringType());
  }

  /** An id for the endpoint, unique in the catalog, made of letters, digits and dashes. */
  String anchor(Endpoint endpoint) {
    return anchors.get(endpoint);
  }

  /**
   * How many times the renderers asked for a list of the whole catalog (its endpoints, classes or
   * packages). For the tests: rendering takes time in proportion to the size of the catalog as long
   * as this stays the same however large the catalog is.
   */
  long passes() {
    return passes;
  }

  /** How many anchors were tried to give every endpoint and class one of its own. For the tests. */
  long anchorProbes() {
    return anchorNames.probes() + classAnchorProbes;
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  /**
   * The package of a class, from its qualified name by the usual naming: the leading names that do
   * not start with a capital letter ({@code com.acme} of {@code com.acme.Outer.Inner}), but never
   * the last name, which is the class's.
   */
  static String packageOf(String qualifiedName) {
    int end = 0;
    for (int start = 0; start < qualifiedName.length() && !Character.isUpperCase(qualifiedName.charAt(start)); ) {
      int dot = qualifiedName.indexOf('.', start);
      if (dot < 0) {
        break;
      }
      end = dot;
      start = dot + 1;
    }
    return qualifiedName.substring(0, end);
  }

  static String slug(String text) {
    String dashed = NOT_SLUG.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_DASHES.matcher(dashed).replaceAll("");
  }
}

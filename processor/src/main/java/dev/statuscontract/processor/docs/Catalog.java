package dev.statuscontract.processor.docs;

import static java.util.Comparator.comparing;

import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every endpoint of a compilation, in the order the documents list them: by path, then method,
 * then declaring class and Java signature, whatever order javac handed the classes over in.
 */
public final class Catalog {

  static final Comparator<Endpoint> ORDER =
      comparing(Endpoint::path)
          .thenComparing(Endpoint::httpMethod)
          .thenComparing(Endpoint::declaringType)
          .thenComparing(Endpoint::methodName)
          .thenComparing(e -> e.parameterTypes().stream().map(TypeRef::toString).toList().toString());

  private final List<Endpoint> endpoints;
  private final Map<Endpoint, String> anchors = new HashMap<>();

  private Catalog(List<Endpoint> endpoints) {
    this.endpoints = endpoints;
    Set<String> taken = new HashSet<>();
    for (Endpoint endpoint : endpoints) {
      String base = slug(simpleName(endpoint.declaringType()) + " " + endpoint.describe());
      String anchor = base;
      for (int i = 2; !taken.add(anchor); i++) {
        anchor = base + "-" + i;
      }
      anchors.put(endpoint, anchor);
    }
  }

  public static Catalog of(Collection<Endpoint> endpoints) {
    List<Endpoint> sorted = new ArrayList<>(endpoints);
    sorted.sort(ORDER);
    return new Catalog(List.copyOf(sorted));
  }

  public List<Endpoint> endpoints() {
    return endpoints;
  }

  public boolean isEmpty() {
    return endpoints.isEmpty();
  }

  /** The endpoints of each class, classes by qualified name, endpoints in catalog order. */
  public Map<String, List<Endpoint>> byClass() {
    Map<String, List<Endpoint>> byClass = new TreeMap<>();
    for (Endpoint endpoint : endpoints) {
      byClass.computeIfAbsent(endpoint.declaringType(), c -> new ArrayList<>()).add(endpoint);
    }
    return byClass;
  }

  /** The endpoints of each path, paths in order. */
  Map<String, List<Endpoint>> byPath() {
    Map<String, List<Endpoint>> byPath = new LinkedHashMap<>();
    for (Endpoint endpoint : endpoints) {
      byPath.computeIfAbsent(endpoint.path(), p -> new ArrayList<>()).add(endpoint);
    }
    return byPath;
  }

  /** An id for the endpoint, unique in the catalog, made of letters, digits and dashes. */
  String anchor(Endpoint endpoint) {
    return anchors.get(endpoint);
  }

  static String simpleName(String qualifiedName) {
    return qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
  }
}

package dev.statuscontract.processor.analysis;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Which frameworks a class is written for, from the packages of the annotations on it, its
 * supertypes and their members: Spring MVC, JAX-RS in the {@code jakarta} or {@code javax}
 * namespace. It decides the default status of a returned entity, and which mappers and advice
 * apply.
 *
 * @param spring whether Spring MVC annotations are present
 * @param jaxrs the JAX-RS namespaces present, {@code jakarta} and {@code javax}
 */
record Frameworks(boolean spring, Set<String> jaxrs) {

  static Frameworks of(TypeElement type) {
    boolean spring = false;
    Set<String> jaxrs = new HashSet<>();
    for (TypeElement supertype : ByName.supertypes(type)) {
      for (Element element : withMembers(supertype)) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
          String name = ByName.name(mirror);
          if (name.startsWith("org.springframework.web.bind.annotation.") || name.startsWith("org.springframework.stereotype.")) {
            spring = true;
          } else if (name.startsWith("jakarta.ws.rs.")) {
            jaxrs.add("jakarta");
          } else if (name.startsWith("javax.ws.rs.")) {
            jaxrs.add("javax");
          }
        }
      }
    }
    return new Frameworks(spring, Set.copyOf(jaxrs));
  }

  private static Iterable<Element> withMembers(TypeElement type) {
    Set<Element> all = new java.util.LinkedHashSet<>();
    all.add(type);
    all.addAll(type.getEnclosedElements());
    return all;
  }

  /** Whether no framework annotation was found: then every framework's mappers and defaults apply. */
  boolean none() {
    return !spring && jaxrs.isEmpty();
  }

  boolean appliesSpring() {
    return spring || none();
  }

  boolean appliesJaxRs(String namespace) {
    return jaxrs.contains(namespace) || (jaxrs.isEmpty() && !spring);
  }

  /**
   * The status of a method's response when it returns an entity, or returns {@code null} or
   * nothing: Spring answers 200 (or the {@code @ResponseStatus} code of the method or its class)
   * either way; JAX-RS 200 for an entity and 204 for none.
   */
  record Defaults(boolean spring, OptionalInt responseStatus) {

    static Defaults of(ExecutableElement method, Frameworks frameworks) {
      if (!frameworks.spring()) {
        return new Defaults(false, OptionalInt.empty());
      }
      OptionalInt status = SpringIdioms.responseStatus(method);
      if (status.isEmpty() && method.getEnclosingElement() instanceof TypeElement type) {
        status = SpringIdioms.responseStatus(type);
      }
      return new Defaults(true, status);
    }

    Status entity() {
      return Status.of(responseStatus.orElse(200));
    }

    Status empty() {
      return Status.of(spring ? responseStatus.orElse(200) : 204);
    }
  }
}

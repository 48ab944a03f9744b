package dev.statuscontract.processor.lang;

import dev.statuscontract.processor.lang.Annotations;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * Types and annotations read by qualified name, since no framework is on the processor's class
 * path: the user's compilation has them, the processor does not.
 */
public final class ByName {

  private ByName() {}

  /** The class of {@code type} (a type variable's bound), if it is a class type. */
  public static Optional<TypeElement> element(TypeMirror type) {
    if (type == null) {
      return Optional.empty();
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      return element(((TypeVariable) type).getUpperBound());
    }
    if (type.getKind() == TypeKind.DECLARED && ((DeclaredType) type).asElement() instanceof TypeElement element) {
      return Optional.of(element);
    }
    return Optional.empty();
  }

  /** The qualified name of {@code type}'s class, or {@code ""}. */
  public static String name(TypeMirror type) {
    return element(type).map(ByName::name).orElse("");
  }

  public static String name(TypeElement type) {
    return NameStrings.of(type.getQualifiedName());
  }

  /**
   * The qualified name of an annotation's type, read without completing that type: asking a type
   * for its kind completes it from its class file, and completing an annotation type such as
   * Spring's {@code @Nullable}, meta-annotated with an annotation that is not on the class path,
   * makes javac warn.
   */
  public static String name(AnnotationMirror mirror) {
    return NameStrings.of(((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName());
  }

  /** Whether {@code type}, one of its superclasses or one of its interfaces has one of the names. */
  public static boolean isA(TypeMirror type, Set<String> names) {
    return element(type).map(element -> isA(element, names)).orElse(false);
  }

  public static boolean isA(TypeElement type, Set<String> names) {
    return supertypes(type).stream().anyMatch(t -> names.contains(name(t)));
  }

  /** {@code type}, its superclasses and its interfaces, nearest first, each once. */
  public static List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> all = new java.util.ArrayList<>();
    Set<String> seen = new HashSet<>();
    Deque<TypeElement> queue = new ArrayDeque<>(List.of(type));
    while (!queue.isEmpty()) {
      TypeElement next = queue.removeFirst();
      if (!seen.add(name(next))) {
        continue;
      }
      all.add(next);
      element(next.getSuperclass()).ifPresent(queue::addLast);
      next.getInterfaces().forEach(i -> element(i).ifPresent(queue::addLast));
    }
    return all;
  }

  /** {@code type} and its superclasses, nearest first (no interfaces). */
  public static List<TypeElement> superclasses(TypeElement type) {
    List<TypeElement> chain = new java.util.ArrayList<>();
    for (Optional<TypeElement> next = Optional.of(type); next.isPresent(); next = element(next.get().getSuperclass())) {
      chain.add(next.get());
    }
    return chain;
  }

  /** The annotation of type {@code name} written on {@code element}. */
  public static Optional<AnnotationMirror> annotation(Element element, String name) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (name(mirror).equals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /**
   * The annotations on {@code element} by qualified name, the first of each name: {@link
   * #annotation} for many names at once.
   */
  public static Map<String, AnnotationMirror> annotationsByName(Element element) {
    List<? extends AnnotationMirror> mirrors = element.getAnnotationMirrors();
    if (mirrors.isEmpty()) {
      return Map.of();
    }
    Map<String, AnnotationMirror> byName = new java.util.HashMap<>();
    for (AnnotationMirror mirror : mirrors) {
      byName.putIfAbsent(name(mirror), mirror);
    }
    return byName;
  }

  /** Whether {@code element} has an annotation of one of the names, directly or as a meta-annotation. */
  public static boolean hasMetaAnnotation(Element element, Set<String> names) {
    Set<String> seen = new HashSet<>();
    Deque<Element> queue = new ArrayDeque<>(List.of(element));
    while (!queue.isEmpty()) {
      for (AnnotationMirror mirror : queue.removeFirst().getAnnotationMirrors()) {
        String annotation = name(mirror);
        if (names.contains(annotation)) {
          return true;
        }
        if (seen.add(annotation) && !Annotations.isSilent(annotation)) {
          queue.addLast(mirror.getAnnotationType().asElement());
        }
      }
    }
    return false;
  }

  /** The value of {@code attribute} as written; empty when it is left at its default. */
  public static Optional<AnnotationValue> attribute(AnnotationMirror mirror, String attribute) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(attribute)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** The elements of an array-valued attribute (or the one value of a single-valued one). */
  public static List<AnnotationValue> values(AnnotationMirror mirror, String attribute) {
    return attribute(mirror, attribute)
        .map(
            value ->
                value.getValue() instanceof List<?> list
                    ? list.stream().map(AnnotationValue.class::cast).toList()
                    : List.of(value))
        .orElse(List.of());
  }

  /** The classes named in a {@code Class[]} attribute. */
  public static List<TypeElement> classes(AnnotationMirror mirror, String attribute) {
    return values(mirror, attribute).stream()
        .map(AnnotationValue::getValue)
        .filter(TypeMirror.class::isInstance)
        .map(value -> element((TypeMirror) value))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The name of an enum constant that an attribute holds. */
  public static Optional<String> enumConstant(AnnotationValue value) {
    return value.getValue() instanceof VariableElement constant
        ? Optional.of(constant.getSimpleName().toString())
        : Optional.empty();
  }

  /** The top-level class that holds {@code element}. */
  public static TypeElement topLevel(Element element) {
    Element top = element;
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement type) {
        top = type;
      }
    }
    return (TypeElement) top;
  }
}

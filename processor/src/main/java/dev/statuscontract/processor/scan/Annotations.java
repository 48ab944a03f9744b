package dev.statuscontract.processor.scan;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by their qualified names, so that the processor needs none of the frameworks
 * on its own class path.
 */
final class Annotations {

  private final Elements elements;

  Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The qualified name of an annotation's type. */
  static String nameOf(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The annotation of that type written on {@code element}, if any. */
  static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    return element.getAnnotationMirrors().stream()
        .filter(a -> nameOf(a).equals(qualifiedName))
        .map(a -> (AnnotationMirror) a)
        .findFirst();
  }

  /** Whether {@code element} carries an annotation of that type. */
  static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** The value of the attribute {@code name}, its default where it is not written. */
  Optional<AnnotationValue> value(AnnotationMirror annotation, String name) {
    Map<? extends ExecutableElement, ? extends AnnotationValue> values =
        elements.getElementValuesWithDefaults(annotation);
    return values.entrySet().stream()
        .filter(e -> e.getKey().getSimpleName().contentEquals(name))
        .map(e -> (AnnotationValue) e.getValue())
        .findFirst();
  }

  /** A {@code String} attribute, or the first element of a {@code String[]} attribute. */
  Optional<String> firstString(AnnotationMirror annotation, String name) {
    return strings(annotation, name).stream().findFirst();
  }

  /** A {@code String[]} attribute (a lone {@code String} reads as one element). */
  List<String> strings(AnnotationMirror annotation, String name) {
    return value(annotation, name).map(Annotations::asList).orElse(List.of()).stream()
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .toList();
  }

  /** Media types as written, one per item: {@code "application/json, text/csv"} is two. */
  static List<String> mediaTypes(List<String> written) {
    return written.stream()
        .flatMap(item -> Arrays.stream(item.split(",")))
        .map(String::trim)
        .filter(mediaType -> !mediaType.isEmpty())
        .distinct()
        .toList();
  }

  /** The elements of an array-valued annotation value; a single value reads as one element. */
  static List<AnnotationValue> asList(AnnotationValue value) {
    if (value.getValue() instanceof List<?> list) {
      return list.stream().map(AnnotationValue.class::cast).toList();
    }
    return List.of(value);
  }
}

package dev.statuscontract.processor.lang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads annotations by their qualified names, so that the processor needs none of the frameworks
 * on its own class path.
 *
 * <p>It reads only what the processor interprets. The values of an annotation are read once, and
 * only for the annotations an adapter or the scanner asks about; the annotations <em>on an
 * annotation type</em> (meta-annotations: mappings, stereotypes, composed contracts) are read once
 * per type, and never for the types of {@link #SILENT_NAMESPACES}. Reading an annotation makes javac
 * complete it, and completing one from a jar whose own dependencies are missing prints a warning
 * that the build would not print otherwise (for example {@code unknown enum constant When.MAYBE} for
 * Spring 5's {@code @Nullable} without jsr305 on the class path).
 */
public final class Annotations {

  /**
   * Packages whose annotations never declare an endpoint mapping, a controller stereotype or a
   * status contract: nullness, validation, serialization and the JDK's own. Their meta-annotations
   * are never read.
   */
  public static final List<String> SILENT_NAMESPACES =
      List.of(
          "java.",
          "javax.annotation.",
          "jakarta.annotation.",
          "javax.validation.",
          "jakarta.validation.",
          "kotlin.",
          "lombok.",
          "org.springframework.lang.",
          "org.jspecify.",
          "org.jetbrains.",
          "org.checkerframework.",
          "edu.umd.cs.findbugs.",
          "com.google.errorprone.",
          "com.fasterxml.jackson.");

  private final Elements elements;
  private final Map<String, List<? extends AnnotationMirror>> metaAnnotations = new HashMap<>();

  public Annotations(Elements elements) {
    this.elements = elements;
  }

  /** The qualified name of an annotation's type. */
  public static String nameOf(AnnotationMirror annotation) {
    return NameStrings.of(((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName());
  }

  /** The annotation of that type written on {@code element}, if any. */
  public static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (nameOf(annotation).equals(qualifiedName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code element} carries an annotation of that type. */
  public static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /**
   * The annotations written on the type of {@code annotation}, read once per type; none for the
   * types of {@link #SILENT_NAMESPACES} and for types javac could not resolve.
   */
  public List<? extends AnnotationMirror> metaAnnotations(AnnotationMirror annotation) {
    // The name first: asking anything more of a silent type (even its kind) makes javac complete it.
    String name = nameOf(annotation);
    if (isSilent(name) || annotation.getAnnotationType().getKind() == TypeKind.ERROR) {
      return List.of();
    }
    TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
    return metaAnnotations.computeIfAbsent(name, n -> type.getAnnotationMirrors());
  }

  /**
   * Whether {@code annotation}'s type is one javac could not resolve (yet). Never asked of the
   * types of {@link #SILENT_NAMESPACES}, whose completion can warn.
   */
  public static boolean isUnresolved(AnnotationMirror annotation) {
    return !isSilent(nameOf(annotation)) && annotation.getAnnotationType().getKind() == TypeKind.ERROR;
  }

  public static boolean isSilent(String qualifiedName) {
    for (String namespace : SILENT_NAMESPACES) {
      if (qualifiedName.startsWith(namespace)) {
        return true;
      }
    }
    return false;
  }

  /** The values of {@code annotation}, defaults included, read once. */
  public Values values(AnnotationMirror annotation) {
    Map<String, AnnotationValue> byName = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(annotation).entrySet()) {
      byName.put(NameStrings.of(entry.getKey().getSimpleName()), entry.getValue());
    }
    return new Values(byName);
  }

  /** The values of one annotation, by attribute name. */
  public static final class Values {
    private final Map<String, AnnotationValue> byName;

    private Values(Map<String, AnnotationValue> byName) {
      this.byName = byName;
    }

    /** The value of the attribute {@code name}, its default where it is not written. */
    public Optional<AnnotationValue> get(String name) {
      return Optional.ofNullable(byName.get(name));
    }

    /** An {@code int} attribute; empty when javac could not evaluate it. */
    public Optional<Integer> integer(String name) {
      return get(name).map(AnnotationValue::getValue).filter(Integer.class::isInstance).map(Integer.class::cast);
    }

    /**
     * A {@code Class} attribute. Empty when it is not written; {@link Unresolved} when it names a
     * type javac could not resolve (yet).
     */
    public Optional<TypeMirror> type(String name) {
      Optional<AnnotationValue> value = get(name);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      if (value.get().getValue() instanceof TypeMirror type && type.getKind() != TypeKind.ERROR) {
        return Optional.of(type);
      }
      throw Unresolved.INSTANCE;
    }

    /** A {@code String} attribute, or the first element of a {@code String[]} attribute. */
    public Optional<String> firstString(String name) {
      return strings(name).stream().findFirst();
    }

    /** A {@code String[]} attribute (a lone {@code String} reads as one element). */
    public List<String> strings(String name) {
      return get(name).map(Annotations::asList).orElse(List.of()).stream()
          .map(AnnotationValue::getValue)
          .filter(String.class::isInstance)
          .map(String.class::cast)
          .toList();
    }

    /** The elements of an array-valued attribute; a single value reads as one element. */
    public List<AnnotationValue> list(String name) {
      return get(name).map(Annotations::asList).orElse(List.of());
    }
  }

  /** Media types as written, one per item: {@code "application/json, text/csv"} is two. */
  public static List<String> mediaTypes(List<String> written) {
    return written.stream()
        .flatMap(item -> Arrays.stream(item.split(",")))
        .map(String::trim)
        .filter(mediaType -> !mediaType.isEmpty())
        .distinct()
        .toList();
  }

  /** The elements of an array-valued annotation value; a single value reads as one element. */
  public static List<AnnotationValue> asList(AnnotationValue value) {
    if (value.getValue() instanceof List<?> list) {
      return list.stream().map(AnnotationValue.class::cast).toList();
    }
    return List.of(value);
  }
}

package dev.statuscontract.processor.frameworks.spring;

import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.Handler;
import dev.statuscontract.processor.lang.ByName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Spring's {@code @ExceptionHandler} methods as Spring picks them for an exception thrown by a
 * controller: those of the controller (and its superclasses) first, the nearest to the exception;
 * else those of the {@code @ControllerAdvice} / {@code @RestControllerAdvice} classes that apply
 * to the controller ({@code assignableTypes}, {@code basePackages}, {@code annotations}), asked in
 * their {@code @Order}, the first that has one for the exception winning.
 */
final class ControllerAdvice implements ExceptionHandlers {

  private static final Set<String> ADVICE =
      Set.of(
          "org.springframework.web.bind.annotation.ControllerAdvice",
          "org.springframework.web.bind.annotation.RestControllerAdvice");
  private static final Set<String> ORDER =
      Set.of("org.springframework.core.annotation.Order", "jakarta.annotation.Priority", "javax.annotation.Priority");
  private static final Set<String> THROWABLE = Set.of("java.lang.Throwable");

  private record Advice(TypeElement type, AnnotationMirror annotation, int order) {}

  private final List<Advice> advice = new ArrayList<>();

  ControllerAdvice(Collection<TypeElement> classes) {
    for (TypeElement type : classes) {
      adviceAnnotation(type).ifPresent(annotation -> advice.add(new Advice(type, annotation, order(type))));
    }
    advice.sort(Comparator.comparingInt(Advice::order));
  }





  /** Whether {@code type} is advice, or declares {@code @ExceptionHandler} methods of its own. */
  static boolean holdsHandlers(TypeElement type) {
    return adviceAnnotation(type).isPresent()
        || ElementFilter.methodsIn(type.getEnclosedElements()).stream()
            .anyMatch(method -> ByName.annotation(method, Spring.EXCEPTION_HANDLER).isPresent());
  }

  @Override
  public List<Handler> candidates(TypeElement exception, TypeElement controller) {
    List<TypeElement> chain = ByName.superclasses(exception);
    List<Handler> found = new ArrayList<>();
    for (TypeElement type : ByName.superclasses(controller)) {
      handlers(type, chain, 0, found);
    }
    if (!found.isEmpty()) {
      return found;
    }
    // Spring asks the advice beans in order and takes the first that handles the exception; of
    // advice of the same order, any may come first.
    Map<Integer, List<Advice>> byOrder = new TreeMap<>();
    for (Advice candidate : advice) {
      if (appliesTo(candidate, controller)) {
        byOrder.computeIfAbsent(candidate.order(), order -> new ArrayList<>()).add(candidate);
      }
    }
    int tier = 1;
    for (List<Advice> advices : byOrder.values()) {
      for (Advice candidate : advices) {
        for (TypeElement type : ByName.superclasses(candidate.type())) {
          handlers(type, chain, tier, found);
        }
      }
      tier++;
    }
    return found;
  }

  /** Adds the {@code @ExceptionHandler} methods of {@code type} that handle the exception whose superclasses are {@code chain}. */
  private static void handlers(TypeElement type, List<TypeElement> chain, int precedence, List<Handler> out) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> annotation = ByName.annotation(method, Spring.EXCEPTION_HANDLER);
      if (annotation.isEmpty()) {
        continue;
      }
      int nearest = Integer.MAX_VALUE;
      for (TypeElement handled : handledTypes(method, annotation.get())) {
        int distance = indexOf(chain, handled);
        if (distance >= 0) {
          nearest = Math.min(nearest, distance);
        }
      }
      if (nearest != Integer.MAX_VALUE) {
        Handler handler = new Handler(ByName.name(type) + "#" + method.getSimpleName(), method, precedence, nearest);
        if (out.stream().noneMatch(known -> known.method().equals(method))) {
          out.add(handler);
        }
      }
    }
  }

  private static List<TypeElement> handledTypes(ExecutableElement method, AnnotationMirror annotation) {
    List<TypeElement> handled = new ArrayList<>(ByName.classes(annotation, "value"));
    handled.addAll(ByName.classes(annotation, "exception"));
    if (handled.isEmpty()) {
      for (VariableElement parameter : method.getParameters()) {
        if (ByName.isA(parameter.asType(), THROWABLE)) {
          ByName.element(parameter.asType()).ifPresent(handled::add);
        }
      }
    }
    return handled;
  }

  private static int indexOf(List<TypeElement> chain, TypeElement type) {
    String name = ByName.name(type);
    for (int i = 0; i < chain.size(); i++) {
      if (ByName.name(chain.get(i)).equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether advice applies to {@code controller}, as Spring's {@code HandlerTypePredicate} decides:
   * to every controller without selectors, else to one that any selector matches.
   */
  private static boolean appliesTo(Advice candidate, TypeElement controller) {
    AnnotationMirror annotation = candidate.annotation();
    List<String> packages = new ArrayList<>();
    for (String attribute : List.of("value", "basePackages")) {
      for (AnnotationValue value : ByName.values(annotation, attribute)) {
        packages.add(String.valueOf(value.getValue()));
      }
    }
    for (TypeElement type : ByName.classes(annotation, "basePackageClasses")) {
      packages.add(packageOf(type));
    }
    List<TypeElement> assignable = ByName.classes(annotation, "assignableTypes");
    List<TypeElement> annotations = ByName.classes(annotation, "annotations");
    if (packages.isEmpty() && assignable.isEmpty() && annotations.isEmpty()) {
      return true;
    }
    String name = ByName.name(controller);
    if (packages.stream().anyMatch(prefix -> !prefix.isEmpty() && name.startsWith(prefix))) {
      return true;
    }
    Set<String> assignableNames = new HashSet<>();
    assignable.forEach(type -> assignableNames.add(ByName.name(type)));
    if (!assignableNames.isEmpty() && ByName.isA(controller, assignableNames)) {
      return true;
    }
    Set<String> annotationNames = new HashSet<>();
    annotations.forEach(type -> annotationNames.add(ByName.name(type)));
    return !annotationNames.isEmpty() && ByName.hasMetaAnnotation(controller, annotationNames);
  }

  private static String packageOf(TypeElement type) {
    Element e = type;
    while (e != null && !(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return e == null ? "" : ((PackageElement) e).getQualifiedName().toString();
  }

  private static Optional<AnnotationMirror> adviceAnnotation(TypeElement type) {
    for (String name : ADVICE) {
      Optional<AnnotationMirror> annotation = ByName.annotation(type, name);
      if (annotation.isPresent()) {
        return annotation;
      }
    }
    return Optional.empty();
  }

  private static int order(TypeElement type) {
    for (String name : ORDER) {
      Optional<AnnotationMirror> annotation = ByName.annotation(type, name);
      if (annotation.isPresent()) {
        return ByName.attribute(annotation.get(), "value")
            .map(AnnotationValue::getValue)
            .filter(Integer.class::isInstance)
            .map(Integer.class::cast)
            .orElse(Integer.MAX_VALUE);
      }
    }
    return Integer.MAX_VALUE;
  }
}

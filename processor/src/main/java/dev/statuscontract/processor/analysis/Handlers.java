package dev.statuscontract.processor.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Who turns an exception into a response: JAX-RS {@code @Provider ExceptionMapper<E>} classes, and
 * Spring {@code @ExceptionHandler} methods of the controller itself or of the {@code
 * @ControllerAdvice} / {@code @RestControllerAdvice} classes that apply to it, each the most
 * specific for the exception, as the frameworks choose them at run time.
 */
final class Handlers {

  private static final Set<String> PROVIDER = Set.of("jakarta.ws.rs.ext.Provider", "javax.ws.rs.ext.Provider");
  private static final Set<String> MAPPER = Set.of("jakarta.ws.rs.ext.ExceptionMapper", "javax.ws.rs.ext.ExceptionMapper");
  private static final Set<String> ADVICE =
      Set.of(
          "org.springframework.web.bind.annotation.ControllerAdvice",
          "org.springframework.web.bind.annotation.RestControllerAdvice");
  private static final String EXCEPTION_HANDLER = "org.springframework.web.bind.annotation.ExceptionHandler";
  private static final Set<String> ORDER =
      Set.of("org.springframework.core.annotation.Order", "jakarta.annotation.Priority", "javax.annotation.Priority");
  private static final Set<String> THROWABLE = Set.of("java.lang.Throwable");

  /**
   * A mapper's {@code toResponse} or a Spring exception handler method.
   *
   * @param name {@code com.acme.MissingMapper} or {@code com.acme.Advice#onMissing}
   * @param method the method that makes the response
   */
  record Handler(String name, ExecutableElement method) {}

  private record Mapper(TypeElement exception, String namespace, Handler handler) {}

  private record Advice(TypeElement type, AnnotationMirror annotation, int order) {}

  private final List<Mapper> mappers = new ArrayList<>();
  private final List<Advice> advice = new ArrayList<>();
  private final Map<String, Frameworks> frameworks = new HashMap<>();

  Handlers(Collection<TypeElement> classes, Types types) {
    for (TypeElement type : classes) {
      mapper(type, types).ifPresent(mappers::add);
      adviceAnnotation(type).ifPresent(annotation -> advice.add(new Advice(type, annotation, order(type))));
    }
    advice.sort(Comparator.comparingInt(Advice::order));
  }

  /** Whether {@code type} is a JAX-RS exception mapper or Spring controller advice, which the analysis must read. */
  static boolean isHandlerClass(TypeElement type) {
    boolean provider = PROVIDER.stream().anyMatch(name -> ByName.annotation(type, name).isPresent());
    return (provider && ByName.isA(type, MAPPER)) || adviceAnnotation(type).isPresent();
  }

  Frameworks frameworksOf(TypeElement type) {
    return frameworks.computeIfAbsent(ByName.name(type), name -> Frameworks.of(type));
  }

  /**
   * The handlers that turn {@code exception}, thrown by a method of {@code controller}, into a
   * response; several when the frameworks leave the choice open (two advice classes of the same
   * order), none when nothing in this compilation maps it.
   */
  List<Handler> find(TypeElement exception, TypeElement controller) {
    List<TypeElement> chain = ByName.superclasses(exception);
    Frameworks applies = frameworksOf(controller);
    if (applies.appliesSpring()) {
      List<Handler> own = new ArrayList<>();
      int best = Integer.MAX_VALUE;
      for (TypeElement type : ByName.superclasses(controller)) {
        best = best(type, chain, best, own);
      }
      if (!own.isEmpty()) {
        return own;
      }
      // Spring asks the advice beans in order and takes the first that handles the exception; of
      // advice of the same order, any may come first.
      Map<Integer, List<Advice>> byOrder = new TreeMap<>();
      for (Advice candidate : advice) {
        if (appliesTo(candidate, controller)) {
          byOrder.computeIfAbsent(candidate.order(), order -> new ArrayList<>()).add(candidate);
        }
      }
      for (List<Advice> tier : byOrder.values()) {
        List<Handler> found = new ArrayList<>();
        for (Advice candidate : tier) {
          List<Handler> inAdvice = new ArrayList<>();
          best(candidate.type(), chain, Integer.MAX_VALUE, inAdvice);
          found.addAll(inAdvice);
        }
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    for (TypeElement type : chain) {
      List<Handler> found = new ArrayList<>();
      for (Mapper mapper : mappers) {
        if (mapper.exception().equals(type) && applies.appliesJaxRs(mapper.namespace())) {
          found.add(mapper.handler());
        }
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /**
   * Adds to {@code out} the {@code @ExceptionHandler} methods of {@code type} nearest to the
   * exception (whose superclasses are {@code chain}) when they are as near as {@code best} or
   * nearer; returns the new best distance.
   */
  private static int best(TypeElement type, List<TypeElement> chain, int best, List<Handler> out) {
    int nearest = best;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Optional<AnnotationMirror> annotation = ByName.annotation(method, EXCEPTION_HANDLER);
      if (annotation.isEmpty()) {
        continue;
      }
      for (TypeElement handled : handledTypes(method, annotation.get())) {
        int distance = indexOf(chain, handled);
        if (distance < 0 || distance > nearest) {
          continue;
        }
        if (distance < nearest) {
          out.clear();
          nearest = distance;
        }
        Handler handler = new Handler(ByName.name(type) + "#" + method.getSimpleName(), method);
        if (!out.contains(handler)) {
          out.add(handler);
        }
      }
    }
    return nearest;
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
    Set<String> assignableNames = new java.util.HashSet<>();
    assignable.forEach(type -> assignableNames.add(ByName.name(type)));
    if (!assignableNames.isEmpty() && ByName.isA(controller, assignableNames)) {
      return true;
    }
    Set<String> annotationNames = new java.util.HashSet<>();
    annotations.forEach(type -> annotationNames.add(ByName.name(type)));
    return !annotationNames.isEmpty() && ByName.hasMetaAnnotation(controller, annotationNames);
  }

  private static String packageOf(TypeElement type) {
    javax.lang.model.element.Element e = type;
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

  /** The {@code ExceptionMapper<E>} that {@code type} is, with {@code E} resolved through generic supertypes. */
  private static Optional<Mapper> mapper(TypeElement type, Types types) {
    if (PROVIDER.stream().noneMatch(name -> ByName.annotation(type, name).isPresent())) {
      return Optional.empty();
    }
    Map<String, TypeMirror> seen = new LinkedHashMap<>();
    List<TypeMirror> queue = new ArrayList<>(List.of(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      String name = ByName.name(next);
      if (seen.putIfAbsent(name, next) != null) {
        continue;
      }
      if (MAPPER.contains(name) && next instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument.getKind() != TypeKind.DECLARED) {
          return Optional.empty();
        }
        TypeElement exception = ByName.element(argument).orElseThrow();
        String namespace = name.startsWith("jakarta.") ? "jakarta" : "javax";
        return toResponse(type).map(method -> new Mapper(exception, namespace, new Handler(ByName.name(type), method)));
      }
      queue.addAll(types.directSupertypes(next));
    }
    return Optional.empty();
  }

  private static Optional<ExecutableElement> toResponse(TypeElement type) {
    for (TypeElement declaring : ByName.superclasses(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals("toResponse") && method.getParameters().size() == 1
            && !method.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }
}

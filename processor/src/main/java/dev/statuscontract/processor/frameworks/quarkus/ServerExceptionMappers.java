package dev.statuscontract.processor.frameworks.quarkus;

import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.Handler;
import dev.statuscontract.processor.lang.ByName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Quarkus REST's {@code @ServerExceptionMapper} methods: those of the resource class itself apply
 * to its endpoints before any other; those of other classes apply to every endpoint, competing
 * with {@code ExceptionMapper} providers on how near their exception is to the thrown one. The
 * exceptions a method maps are its annotation's {@code value}, else its exception parameter's type.
 */
final class ServerExceptionMappers implements ExceptionHandlers {

  private static final Set<String> THROWABLE = Set.of("java.lang.Throwable");

  /** The precedence of the mappers of the resource class itself, asked first. */
  private static final int LOCAL = 0;

  /** The precedence of the other mappers, the same as providers'. */
  private static final int GLOBAL = 1;

  private final List<ExecutableElement> global = new ArrayList<>();

  ServerExceptionMappers(Collection<TypeElement> classes) {
    for (TypeElement type : classes) {
      if (!isResource(type)) {
        global.addAll(mappers(type));
      }
    }
  }



  @Override
  public List<Handler> candidates(TypeElement exception, TypeElement controller) {
    List<TypeElement> chain = ByName.superclasses(exception);
    List<Handler> found = new ArrayList<>();
    for (TypeElement type : ByName.superclasses(controller)) {
      for (ExecutableElement method : mappers(type)) {
        distance(method, chain).ifPresent(d -> found.add(handler(type, method, LOCAL, d)));
      }
    }
    for (ExecutableElement method : global) {
      TypeElement type = (TypeElement) method.getEnclosingElement();
      distance(method, chain).ifPresent(d -> found.add(handler(type, method, GLOBAL, d)));
    }
    return found;
  }

  private static Handler handler(TypeElement type, ExecutableElement method, int precedence, int distance) {
    return new Handler(ByName.name(type) + "#" + method.getSimpleName(), method, precedence, distance);
  }

  /** How far the nearest exception {@code method} maps is from the thrown one, whose superclasses are {@code chain}. */
  private static Optional<Integer> distance(ExecutableElement method, List<TypeElement> chain) {
    int nearest = Integer.MAX_VALUE;
    for (TypeElement handled : handledTypes(method)) {
      for (int i = 0; i < chain.size() && i < nearest; i++) {
        if (ByName.name(chain.get(i)).equals(ByName.name(handled))) {
          nearest = i;
        }
      }
    }
    return nearest == Integer.MAX_VALUE ? Optional.empty() : Optional.of(nearest);
  }

  private static List<TypeElement> handledTypes(ExecutableElement method) {
    Optional<AnnotationMirror> annotation = ByName.annotation(method, Quarkus.SERVER_EXCEPTION_MAPPER);
    List<TypeElement> handled = new ArrayList<>(annotation.map(a -> ByName.classes(a, "value")).orElse(List.of()));
    if (handled.isEmpty()) {
      for (VariableElement parameter : method.getParameters()) {
        if (ByName.isA(parameter.asType(), THROWABLE)) {
          ByName.element(parameter.asType()).ifPresent(handled::add);
        }
      }
    }
    return handled;
  }

  static List<ExecutableElement> mappers(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> ByName.annotation(method, Quarkus.SERVER_EXCEPTION_MAPPER).isPresent())
        .toList();
  }

  /** Whether {@code type} is a resource class, whose mappers are its own. */
  private static boolean isResource(TypeElement type) {
    return ByName.annotation(type, "jakarta.ws.rs.Path").isPresent();
  }
}

package dev.statuscontract.processor.frameworks.jaxrs;

import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.Handler;
import dev.statuscontract.processor.lang.ByName;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * The {@code ExceptionMapper<E>} classes of one JAX-RS namespace that the application registers, as
 * the runtime picks them: the mapper whose {@code E} is the nearest superclass of the thrown
 * exception. A mapper is registered when it is a {@code @Provider} (found by scanning) or when the
 * compilation instantiates it or names its class ({@code environment.jersey().register(new
 * XMapper())}, {@code Application.getClasses()}), as Dropwizard and Jersey applications register
 * theirs; a mapper that nothing registers answers nothing.
 */
final class ExceptionMappers implements ExceptionHandlers {

  /** The precedence of a provider: after the handlers of the resource itself (Quarkus's local ones). */
  static final int GLOBAL = 1;

  private record Mapper(String exception, Handler handler) {}

  private final List<Mapper> mappers = new ArrayList<>();

  ExceptionMappers(String pkg, Collection<TypeElement> classes, Set<String> registered, Types types) {
    for (TypeElement type : classes) {
      if (implementsMapper(type, pkg)
          && (ByName.annotation(type, pkg + ".ext.Provider").isPresent() || registered.contains(ByName.name(type)))) {
        mapper(type, pkg, types).ifPresent(mappers::add);
      }
    }
  }

  /** Whether {@code type} is a class that implements {@code ExceptionMapper} of the namespace {@code pkg}. */
  static boolean implementsMapper(TypeElement type, String pkg) {
    return !type.getModifiers().contains(javax.lang.model.element.Modifier.ABSTRACT)
        && ByName.isA(type, Set.of(pkg + ".ext.ExceptionMapper"));
  }

  @Override
  public List<Handler> candidates(TypeElement exception, TypeElement controller) {
    List<Handler> found = new ArrayList<>();
    List<TypeElement> chain = ByName.superclasses(exception);
    for (int distance = 0; distance < chain.size(); distance++) {
      String name = ByName.name(chain.get(distance));
      for (Mapper mapper : mappers) {
        if (mapper.exception().equals(name)) {
          Handler handler = mapper.handler();
          found.add(new Handler(handler.name(), handler.method(), GLOBAL, distance));
        }
      }
    }
    return found;
  }

  /** The {@code ExceptionMapper<E>} that {@code type} is, with {@code E} resolved through generic supertypes. */
  private static Optional<Mapper> mapper(TypeElement type, String pkg, Types types) {
    String mapperType = pkg + ".ext.ExceptionMapper";
    Map<String, TypeMirror> seen = new LinkedHashMap<>();
    List<TypeMirror> queue = new ArrayList<>(List.of(type.asType()));
    while (!queue.isEmpty()) {
      TypeMirror next = queue.remove(0);
      String name = ByName.name(next);
      if (seen.putIfAbsent(name, next) != null) {
        continue;
      }
      if (name.equals(mapperType) && next instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
        TypeMirror argument = declared.getTypeArguments().get(0);
        if (argument.getKind() != TypeKind.DECLARED) {
          return Optional.empty();
        }
        String exception = ByName.name(argument);
        return toResponse(type).map(method -> new Mapper(exception, new Handler(ByName.name(type), method, GLOBAL, 0)));
      }
      queue.addAll(types.directSupertypes(next));
    }
    return Optional.empty();
  }

  private static Optional<ExecutableElement> toResponse(TypeElement type) {
    for (TypeElement declaring : ByName.superclasses(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        if (method.getSimpleName().contentEquals("toResponse")
            && method.getParameters().size() == 1
            && !method.getModifiers().contains(Modifier.ABSTRACT)) {
          return Optional.of(method);
        }
      }
    }
    return Optional.empty();
  }
}

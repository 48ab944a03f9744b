package dev.statuscontract.processor.analysis;

import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.lang.ByName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What a value of a static type is to the analysis ({@link Value.Kind}), from the roles the
 * frameworks' {@link Library} gives types: read once per class and kept for the compilation.
 */
final class Kinds {

  private static final Set<String> THROWABLE = Set.of("java.lang.Throwable");

  private final Library library;
  private final Map<String, Value.Kind> byClass = new HashMap<>();
  private final Map<String, Optional<String>> asyncTypes = new HashMap<>();
  private final Map<String, Boolean> throwables = new HashMap<>();
  private final Map<String, Boolean> containers = new HashMap<>();
  private final Map<TypeElement, Boolean> fieldsHoldingContainers = new HashMap<>();
  private final Map<String, Boolean> completables = new HashMap<>();

  Kinds(Library library) {
    this.library = library;
  }

  Library library() {
    return library;
  }

  /**
   * Whether {@code type}'s class (a type variable's bound) is a {@code Throwable}: {@link
   * ByName#isA}, read once per class. Asked of every parameter of every method read.
   */
  boolean isThrowable(TypeMirror type) {
    return ByName.element(type).map(this::isThrowable).orElse(false);
  }

  private boolean isThrowable(TypeElement type) {
    return throwables.computeIfAbsent(ByName.name(type), name -> ByName.isA(type, THROWABLE));
  }

  /**
   * Whether {@code type}'s class is, or holds, the container's own response ({@link
   * Library#containerResponses}): read once per class. Asked of every parameter of every method read.
   */
  boolean isContainer(TypeMirror type) {
    return ByName.element(type).map(this::isContainer).orElse(false);
  }

  private boolean isContainer(TypeElement type) {
    return containers.computeIfAbsent(ByName.name(type), name -> ByName.isA(type, library.containerResponses()));
  }

  /**
   * Whether a value of {@code type} is completed by a call on it, as an {@code AsyncResponse}, a
   * {@code DeferredResult} or a {@code CompletableFuture} is: asked once per type.
   */
  boolean isCompletable(TypeElement type) {
    return completables.computeIfAbsent(
        ByName.name(type),
        name -> {
          for (TypeElement supertype : ByName.supertypes(type)) {
            String supertypeName = ByName.name(supertype);
            if (library.asyncType(supertypeName).map(Library.AsyncType::settable).orElse(false)
                || library.completes(supertypeName, "resume")) {
              return true;
            }
          }
          return false;
        });
  }

  /** Whether a field of {@code owner} is, or holds, the container's own response: read once per class. */
  boolean hasContainerField(TypeElement owner) {
    return fieldsHoldingContainers.computeIfAbsent(
        owner,
        type ->
            ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
                .anyMatch(field -> field.getKind() == ElementKind.FIELD && isContainer(field.asType())));
  }

  /** What a value of static type {@code type} is. */
  Value.Kind of(TypeMirror type) {
    if (type == null) {
      return Value.Kind.ENTITY;
    }
    switch (type.getKind()) {
      case NULL:
        return Value.Kind.NULL;
      case INT:
        return Value.Kind.STATUS;
      case DECLARED:
      case TYPEVAR:
        break;
      default:
        return Value.Kind.ENTITY;
    }
    Optional<TypeElement> element = ByName.element(type);
    if (element.isEmpty()) {
      return Value.Kind.ENTITY;
    }
    return byClass.computeIfAbsent(ByName.name(element.get()), name -> classify(element.get()));
  }

  private Value.Kind classify(TypeElement type) {
    String name = ByName.name(type);
    if (name.equals("java.lang.Integer")) {
      return Value.Kind.STATUS;
    }
    if (name.equals("java.lang.Object")) {
      return Value.Kind.RESPONSE;
    }
    for (TypeElement supertype : ByName.supertypes(type)) {
      Optional<Library.Role> role = library.role(ByName.name(supertype));
      if (role.isPresent()) {
        return switch (role.get()) {
          case RESPONSE -> Value.Kind.RESPONSE;
          case STATUS -> Value.Kind.STATUS;
          case HEADERS -> Value.Kind.HEADERS;
          case ASYNC, ASYNC_STEP -> Value.Kind.ASYNC;
        };
      }
    }
    if (isThrowable(type)) {
      return Value.Kind.EXCEPTION;
    }
    return isFunctional(type) ? Value.Kind.FUNCTION : Value.Kind.ENTITY;
  }

  /**
   * The qualified name of the asynchronous type that {@code type} is, or extends ({@code
   * CompletableFuture}, {@code Mono}); empty for a type that is none (a Mutiny group).
   */
  Optional<String> asyncType(TypeMirror type) {
    Optional<TypeElement> element = ByName.element(type);
    if (element.isEmpty()) {
      return Optional.empty();
    }
    return asyncTypes.computeIfAbsent(
        ByName.name(element.get()),
        name -> {
          for (TypeElement supertype : ByName.supertypes(element.get())) {
            String candidate = ByName.name(supertype);
            if (library.asyncType(candidate).isPresent()) {
              return Optional.of(candidate);
            }
          }
          return Optional.empty();
        });
  }

  /** The item type of an asynchronous type ({@code User} of {@code Mono<User>}), or {@code null}. */
  static TypeMirror itemType(TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.getTypeArguments().size() == 1) {
      TypeMirror argument = declared.getTypeArguments().get(0);
      if (argument.getKind() == TypeKind.WILDCARD) {
        TypeMirror bound = ((javax.lang.model.type.WildcardType) argument).getExtendsBound();
        return bound;
      }
      return argument;
    }
    return null;
  }

  /**
   * Whether {@code type} is a functional interface that code passes lambdas as: the JDK's ({@code
   * java.util.function}, {@code Runnable}, {@code Callable}) or one annotated {@code
   * @FunctionalInterface}. An interface of the application with one method is more often a service
   * than a function, and is not taken for one.
   */
  static boolean isFunctional(TypeElement type) {
    if (type.getKind() != ElementKind.INTERFACE) {
      return false;
    }
    String name = ByName.name(type);
    boolean declared =
        name.startsWith("java.util.function.")
            || name.equals("java.lang.Runnable")
            || name.equals("java.util.concurrent.Callable")
            || ByName.annotation(type, "java.lang.FunctionalInterface").isPresent();
    if (!declared) {
      return false;
    }
    int abstractMethods = 0;
    for (TypeElement supertype : ByName.supertypes(type)) {
      if (supertype.getKind() != ElementKind.INTERFACE) {
        continue;
      }
      for (ExecutableElement method : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (method.getModifiers().contains(Modifier.ABSTRACT) && !isObjectMethod(method)) {
          abstractMethods++;
        }
      }
    }
    return abstractMethods == 1;
  }

  /** Whether {@code method} is the single abstract method of a functional interface. */
  static boolean isFunctionalMethod(ExecutableElement method) {
    Element owner = method.getEnclosingElement();
    return owner instanceof TypeElement type
        && method.getModifiers().contains(Modifier.ABSTRACT)
        && !isObjectMethod(method)
        && isFunctional(type);
  }

  private static boolean isObjectMethod(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    int parameters = method.getParameters().size();
    return (name.equals("equals") && parameters == 1)
        || (name.equals("hashCode") && parameters == 0)
        || (name.equals("toString") && parameters == 0);
  }

  /** The names of the kinds that make a parameter's argument matter to a callee's result. */
  static boolean matters(Value.Kind kind) {
    return List.of(
            Value.Kind.RESPONSE, Value.Kind.STATUS, Value.Kind.HEADERS, Value.Kind.ASYNC, Value.Kind.FUNCTION,
            Value.Kind.EXCEPTION)
        .contains(kind);
  }
}

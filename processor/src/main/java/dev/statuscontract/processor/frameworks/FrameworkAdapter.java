package dev.statuscontract.processor.frameworks;

import dev.statuscontract.processor.lang.Annotations;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads one framework's endpoint annotations. The adapters are the only code that knows a
 * framework: supporting another one means writing another adapter.
 */
public interface FrameworkAdapter {

  /**
   * The endpoints that {@code method} maps for {@code type}, none when it is not an endpoint of
   * this framework there.
   *
   * @param type the class whose endpoint it is: a concrete class, or a resource interface that
   *     nothing in the compilation implements
   * @param supertypes the supertypes of {@code type}, nearest first, whose class-level mappings
   *     (a {@code @Path}, a {@code @RequestMapping} prefix) apply where {@code type} has none
   * @param method the method that carries the mapping annotations: declared by {@code type}, or by
   *     a supertype whose method {@code type} inherits or overrides without annotating it again
   */
  List<Mapping> mappings(TypeElement type, List<TypeElement> supertypes, ExecutableElement method);

  /** Whether {@code method} carries this framework's mapping annotations, whatever its class. */
  boolean maps(ExecutableElement method);

  /**
   * Whether {@code type} is a client of this framework (a MicroProfile REST client, a Feign client,
   * a Spring HTTP interface): its mappings describe another service, never this one.
   */
  default boolean isClient(TypeElement type) {
    return false;
  }

  /**
   * Whether the interface {@code type} is a resource of its own when no class of the compilation
   * implements it, as a JAX-RS interface with {@code @Path} is in the API module of a service split
   * into interfaces and implementations.
   */
  default boolean isResourceInterface(TypeElement type) {
    return false;
  }

  /**
   * Where {@code type} is an exception mapper of this framework (a JAX-RS {@code ExceptionMapper<E>}),
   * the exception it maps and the method that builds the response; what that method declares
   * applies to every endpoint that declares it throws the exception.
   */
  default Optional<ExceptionMapper> exceptionMapper(TypeElement type, Types types) {
    return Optional.empty();
  }

  /** An exception mapper: the exception type it maps, and its method that builds the response. */
  record ExceptionMapper(TypeElement exception, ExecutableElement handler) {}

  /**
   * Why a method that this framework's annotations nearly map is not an endpoint, worded as what
   * to do ("annotate the class @RestController"); empty when the framework has nothing to say.
   */
  default Optional<String> adviceForNonEndpoint(TypeElement type, ExecutableElement method) {
    return Optional.empty();
  }

  /**
   * What the framework's annotations say of the request the endpoint takes: its path, query, header
   * and cookie parameters and its body.
   *
   * @param type the class whose endpoint it is
   * @param supertypes the supertypes of {@code type}, nearest first
   * @param mapped the method that carries the mapping annotations
   * @param chain the endpoint's method and the methods it overrides, nearest first: each parameter's
   *     annotations are read from the first of them that annotates it for this framework
   * @param parameterTypes the types of the method's parameters as members of {@code type}
   */
  default Request request(
      TypeElement type,
      List<TypeElement> supertypes,
      ExecutableElement mapped,
      List<ExecutableElement> chain,
      List<? extends TypeMirror> parameterTypes,
      Types types) {
    return Request.NONE;
  }

  /**
   * The parameter {@code index} of the first method of {@code chain} whose parameter carries one of
   * {@code annotations} (qualified names); the first method's where none does.
   */
  static VariableElement annotatedParameter(List<ExecutableElement> chain, int index, List<String> annotations) {
    for (ExecutableElement method : chain) {
      if (index < method.getParameters().size()) {
        VariableElement parameter = method.getParameters().get(index);
        if (annotations.stream().anyMatch(a -> Annotations.has(parameter, a))) {
          return parameter;
        }
      }
    }
    return chain.get(0).getParameters().get(index);
  }

  /**
   * The body type that a method returning {@code returnType} returns, generics and all, where its
   * return type says: {@code List<User>} for {@code List<User>} or {@code ResponseEntity<List<User>>}.
   * A declared {@code body = List.class} is then documented as {@code List<User>}.
   */
  default Optional<TypeMirror> returnedBody(TypeMirror returnType) {
    return Optional.empty();
  }

  /**
   * The body type that every response must fit, where the return type fixes one for all responses
   * alike (Spring's {@code ResponseEntity<User>}); empty where it does not.
   */
  default Optional<TypeMirror> carriedBody(TypeMirror returnType) {
    return Optional.empty();
  }
}

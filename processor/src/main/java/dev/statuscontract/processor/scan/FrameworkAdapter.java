package dev.statuscontract.processor.scan;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Reads one framework's endpoint annotations. The adapters are the only code that knows a
 * framework: supporting another one means writing another adapter.
 */
public interface FrameworkAdapter {

  /**
   * The endpoints that {@code method} maps, none when it is not an endpoint of this framework.
   *
   * @param type the class being compiled, whose path prefix applies
   * @param declaringType the type that declares the mapping annotations on {@code method}: {@code
   *     type} itself, or a supertype (a resource interface) whose method {@code type} implements
   * @param method the method carrying the mapping annotations
   */
  List<Mapping> mappings(TypeElement type, TypeElement declaringType, ExecutableElement method);

  /**
   * Why a method that this framework's annotations nearly map is not an endpoint, worded as what
   * to do ("annotate the class @RestController"); empty when the framework has nothing to say.
   */
  default Optional<String> adviceForNonEndpoint(TypeElement type, ExecutableElement method) {
    return Optional.empty();
  }

  /**
   * The body type that {@code method} returns, generics and all, where its return type says:
   * {@code List<User>} for a method returning {@code List<User>} or {@code ResponseEntity<List<User>>}.
   * A declared {@code body = List.class} is then documented as {@code List<User>}.
   */
  default Optional<TypeMirror> returnedBody(ExecutableElement method) {
    return Optional.empty();
  }

  /**
   * The body type that every response of {@code method} must fit, where the return type fixes one
   * for all responses alike (Spring's {@code ResponseEntity<User>}); empty where it does not.
   */
  default Optional<TypeMirror> carriedBody(ExecutableElement method) {
    return Optional.empty();
  }
}

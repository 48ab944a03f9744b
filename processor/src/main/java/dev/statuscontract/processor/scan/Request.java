package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.Parameter;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What a framework's annotations say of the request an endpoint takes: its parameters and its
 * body, as an adapter reads them. The scanner turns the types into the model's and finds the
 * Javadoc that describes each.
 *
 * @param parameters the path, query, header and cookie parameters, in the order of the Java
 *     method's parameters (a bean's in the order of its members)
 * @param body the request body, where there is one
 */
record Request(List<Request.Param> parameters, Optional<Request.Body> body) {

  static final Request NONE = new Request(List.of(), Optional.empty());

  Request {
    parameters = List.copyOf(parameters);
  }

  /**
   * A parameter.
   *
   * @param type its Java type, an {@code Optional<T>} already unwrapped to {@code T}
   * @param doc where its description is written
   */
  record Param(
      String name,
      Parameter.Location location,
      TypeMirror type,
      boolean required,
      Optional<String> defaultValue,
      boolean deprecated,
      Doc doc) {}

  /**
   * The request body: the Java method's parameter {@code index}.
   *
   * @param type its Java type, an {@code Optional<T>} already unwrapped to {@code T}
   */
  record Body(TypeMirror type, boolean required, List<String> mediaTypes, int index) {
    Body {
      mediaTypes = List.copyOf(mediaTypes);
    }
  }

  /** Where a parameter's description is written. */
  sealed interface Doc {}

  /** The {@code @param} of the endpoint method's parameter {@code index}, or of a method it overrides. */
  record MethodParameter(int index) implements Doc {}

  /** The Javadoc of a bean's field: its main description. */
  record Member(Element element) implements Doc {}

  /**
   * The {@code @param} of {@code parameter} in the Javadoc of the method or constructor that
   * declares it; for a setter, its main description where it has no {@code @param}.
   */
  record MemberParameter(ExecutableElement executable, VariableElement parameter) implements Doc {}

  /** The type argument of Java's {@code Optional<T>}; any other type as it is. */
  static TypeMirror unwrapOptional(TypeMirror type) {
    return optionalArgument(type).orElse(type);
  }

  /** Whether {@code type} is Java's {@code Optional<T>}. */
  static boolean isOptional(TypeMirror type) {
    return optionalArgument(type).isPresent();
  }

  private static Optional<TypeMirror> optionalArgument(TypeMirror type) {
    if (type instanceof DeclaredType declared
        && declared.asElement() instanceof TypeElement element
        && element.getQualifiedName().contentEquals("java.util.Optional")
        && declared.getTypeArguments().size() == 1) {
      return Optional.of(declared.getTypeArguments().get(0));
    }
    return Optional.empty();
  }

  /** Whether {@code element} is {@code @Deprecated}. */
  static boolean deprecated(Element element) {
    return Annotations.has(element, "java.lang.Deprecated");
  }
}

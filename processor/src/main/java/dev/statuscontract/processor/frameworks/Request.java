package dev.statuscontract.processor.frameworks;

import dev.statuscontract.processor.lang.Annotations;

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
public record Request(List<Request.Param> parameters, Optional<Request.Body> body) {

  public static final Request NONE = new Request(List.of(), Optional.empty());

  public Request {
    parameters = List.copyOf(parameters);
  }

  /**
   * A parameter.
   *
   * @param type its Java type, an {@code Optional<T>} already unwrapped to {@code T}
   * @param doc where its description is written
   */
  public record Param(
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
  public record Body(TypeMirror type, boolean required, List<String> mediaTypes, int index) {
    public Body {
      mediaTypes = List.copyOf(mediaTypes);
    }
  }

  /** Where a parameter's description is written. */
  public sealed interface Doc {}

  /** The {@code @param} of the endpoint method's parameter {@code index}, or of a method it overrides. */
  public record MethodParameter(int index) implements Doc {}

  /** The Javadoc of a bean's field: its main description. */
  public record Member(Element element) implements Doc {}

  /**
   * The {@code @param} of {@code parameter} in the Javadoc of the method or constructor that
   * declares it; for a setter, its main description where it has no {@code @param}.
   */
  public record MemberParameter(ExecutableElement executable, VariableElement parameter) implements Doc {}

  /** The type argument of Java's {@code Optional<T>}; any other type as it is. */
  public static TypeMirror unwrapOptional(TypeMirror type) {
    return optionalArgument(type).orElse(type);
  }

  /** Whether {@code type} is Java's {@code Optional<T>}. */
  public static boolean isOptional(TypeMirror type) {
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
  public static boolean deprecated(Element element) {
    return Annotations.has(element, "java.lang.Deprecated");
  }
}

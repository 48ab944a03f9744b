package dev.statuscontract.processor.frameworks;

import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.model.Framework;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Everything status-contract knows of one family of frameworks (JAX-RS, Spring, Quarkus REST,
 * the reactive libraries), behind one interface: which endpoints it maps, what its library code
 * does to responses, which exception handlers it picks, what a method answers by default, which
 * statuses it answers by itself. Adding a framework is one package with one of these and a line
 * in the {@link Registry}. The rules, the documents and the helpers see only the model.
 */
public interface Family {

  /** A short name, for messages: {@code jaxrs}, {@code spring}. */
  String name();

  /** The frameworks whose endpoints this family maps; empty for a family that only adds knowledge. */
  default List<Framework> frameworks() {
    return List.of();
  }

  /** The adapters that map this family's endpoints. */
  default List<FrameworkAdapter> adapters(Annotations annotations) {
    return List.of();
  }

  /** Whether this family's knowledge applies to the endpoints of {@code framework}. */
  boolean appliesTo(Framework framework);

  /** Adds this family's library knowledge. */
  void describe(Library.Builder library);

  /**
   * What a method of {@code framework} answers when its code gives no status: for a returned entity,
   * and for {@code null}, {@code void} or an empty completion; empty unless {@code framework} is
   * this family's.
   */
  default Optional<Defaults> defaults(Framework framework) {
    return Optional.empty();
  }

  /**
   * The status an annotation of this family on the endpoint method (or its class) gives a normal
   * return ({@code @ResponseStatus(CREATED)}); empty when there is none.
   */
  default OptionalInt successStatus(ExecutableElement method) {
    return OptionalInt.empty();
  }



  /**
   * Whether {@code type} holds exception handlers of this family: the analysis keeps its trees, so
   * that a finding about a response it builds for many endpoints is printed once, in it. Asked only
   * of classes that carry an annotation, on themselves or on a method, or have a supertype other
   * than {@code Object}, {@code Record} and {@code Enum}: a handler class is known by one of them.
   */
  default boolean isHandlerClass(TypeElement type) {
    return false;
  }

  /**
   * The exception handlers of this family among {@code classes}, those of the compilation that were
   * read; {@code registered} names the classes that the compilation instantiates or names by a
   * class literal, as an application that registers its providers by hand does.
   */
  default Optional<ExceptionHandlers> handlers(
      Framework framework, Collection<TypeElement> classes, java.util.Set<String> registered, Types types) {
    return Optional.empty();
  }

  /**
   * The statuses this family's framework answers by itself for the endpoint {@code method} of
   * {@code type}; {@code elements} tells what the class path holds, where a library changes them
   * (Dropwizard answers 422 for an invalid request entity).
   */
  default List<FrameworkAnswer> frameworkAnswers(
      ExecutableElement method, TypeElement type, javax.lang.model.util.Elements elements) {
    return List.of();
  }

  /** Packages of classes whose members are never read for a schema: the framework's own types. */
  default Set<String> ownPackages() {
    return Set.of();
  }

  /**
   * The statuses of a normal return.
   *
   * @param entity the status of a returned entity
   * @param empty the status of {@code null}, {@code void}, and a pipeline that completes without an item
   */
  record Defaults(int entity, int empty) {

    /** Both statuses {@code code}, as an annotation such as {@code @ResponseStatus} makes them. */
    public Defaults withSuccessStatus(int code) {
      return new Defaults(code, code);
    }
  }
}

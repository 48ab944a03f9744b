package dev.statuscontract.processor.model;

import static java.util.stream.Collectors.joining;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A Java type as the model records it, built from the compiler's {@code TypeMirror} when the
 * contract is read and never re-parsed from text: a class or interface with its type arguments, a
 * primitive, an array, a wildcard, a type variable, or a type the processor cannot name.
 *
 * <p>Each class records how far it can be seen ({@link Access}), so that generated code knows
 * before writing it whether it can name the type.
 */
public sealed interface TypeRef
    permits TypeRef.Named, TypeRef.Primitive, TypeRef.Array, TypeRef.Wildcard, TypeRef.Variable,
        TypeRef.Unknown {

  /** The type as written in Java source, fully qualified, generics kept: {@code java.util.List<com.acme.User>}. */
  @Override
  String toString();

  /** The type as written in a file that imports it: {@code List<User>}, {@code Outer.Inner[]}. */
  String toSimpleString();

  /**
   * The erased name: the qualified name of a class ({@code java.util.List}), a primitive's keyword,
   * an array's component name followed by {@code []}, {@code ?} for a wildcard, a type variable's
   * name.
   */
  String name();

  /**
   * The type and every type written inside it, outermost first: a class's type arguments, an
   * array's component, a wildcard's bound.
   */
  default Stream<TypeRef> parts() {
    Stream<TypeRef> inner =
        this instanceof Array array
            ? array.component().parts()
            : this instanceof Wildcard wildcard
                ? Stream.concat(wildcard.extendsBound().stream(), wildcard.superBound().stream()).flatMap(TypeRef::parts)
                : typeArguments().stream().flatMap(TypeRef::parts);
    return Stream.concat(Stream.of(this), inner);
  }

  /**
   * Whether the type names the entity of a response: a class or an array, but not {@code Object},
   * {@code Void}, nor a type with a type variable left in it, which says nothing of the content.
   */
  default boolean namesEntity() {
    return (this instanceof Named || this instanceof Array)
        && !name().equals("java.lang.Object")
        && !name().equals("java.lang.Void")
        && parts().noneMatch(Variable.class::isInstance);
  }

  /** Whether naming the type, or one of its parts, makes javac warn of a deprecation. */
  default boolean namesDeprecated() {
    return parts().anyMatch(part -> part instanceof Named named && named.deprecated());
  }

  /** The type arguments of a class; empty for every other kind of type. */
  default List<TypeRef> typeArguments() {
    return List.of();
  }

  /**
   * Whether code in {@code packageName} can name this type: every class in it (type arguments,
   * array components and wildcard bounds included) is visible there, and it contains no type
   * variable and nothing the processor could not name.
   */
  boolean isNameableFrom(String packageName);

  /** How far a class can be seen: the most restrictive modifier of it and the classes it is nested in. */
  enum Access {
    PUBLIC,
    /** Package-private (or protected) somewhere along the nesting: visible in its own package only. */
    PACKAGE,
    /**
     * An auxiliary class (a second top-level class in another class's source file), or nested in
     * one: javac warns ({@code -Xlint:auxiliaryclass}) when another file names it.
     */
    FILE,
    /** Private somewhere along the nesting, or local or anonymous: visible nowhere else. */
    PRIVATE
  }

  /**
   * A class, interface, enum or record.
   *
   * @param packageName its package, {@code ""} for the unnamed package
   * @param simpleNames its simple name and those of the classes it is nested in, outermost first
   * @param typeArguments its type arguments, empty for a non-generic type
   * @param access how far it can be seen
   * @param deprecated whether it, or a class it is nested in, is {@code @Deprecated}: code that names
   *     it warns under {@code -Xlint:deprecation} (or {@code removal})
   */
  record Named(
      String packageName, List<String> simpleNames, List<TypeRef> typeArguments, Access access, boolean deprecated)
      implements TypeRef {

    public Named {
      simpleNames = List.copyOf(simpleNames);
      typeArguments = List.copyOf(typeArguments);
      if (simpleNames.isEmpty()) {
        throw new IllegalArgumentException("a class has a name");
      }
    }

    /** A public class without type arguments; for tests and well-known types. */
    public static Named of(String packageName, String... simpleNames) {
      return new Named(packageName, List.of(simpleNames), List.of(), Access.PUBLIC, false);
    }

    /** The same class without its type arguments. */
    public Named erasure() {
      return new Named(packageName, simpleNames, List.of(), access, deprecated);
    }

    @Override
    public String name() {
      return (packageName.isEmpty() ? "" : packageName + ".") + String.join(".", simpleNames);
    }

    @Override
    public String toString() {
      return name() + arguments(TypeRef::toString);
    }

    @Override
    public String toSimpleString() {
      return String.join(".", simpleNames) + arguments(TypeRef::toSimpleString);
    }

    private String arguments(Function<TypeRef, String> render) {
      return typeArguments.isEmpty() ? "" : typeArguments.stream().map(render).collect(joining(", ", "<", ">"));
    }

    @Override
    public boolean isNameableFrom(String fromPackage) {
      boolean visible =
          switch (access) {
            case PUBLIC -> true;
            case PACKAGE -> packageName.equals(fromPackage);
            case FILE, PRIVATE -> false;
          };
      return visible && typeArguments.stream().allMatch(argument -> argument.isNameableFrom(fromPackage));
    }
  }

  /** {@code int}, {@code boolean} and the other primitive types. */
  record Primitive(String name) implements TypeRef {
    @Override
    public String toString() {
      return name;
    }

    @Override
    public String toSimpleString() {
      return name;
    }

    @Override
    public boolean isNameableFrom(String packageName) {
      return true;
    }
  }

  /** An array of {@code component}. */
  record Array(TypeRef component) implements TypeRef {
    @Override
    public String name() {
      return component.name() + "[]";
    }

    @Override
    public String toString() {
      return component + "[]";
    }

    @Override
    public String toSimpleString() {
      return component.toSimpleString() + "[]";
    }

    @Override
    public boolean isNameableFrom(String packageName) {
      return component.isNameableFrom(packageName);
    }
  }

  /** {@code ?}, {@code ? extends B} or {@code ? super B}. */
  record Wildcard(Optional<TypeRef> extendsBound, Optional<TypeRef> superBound) implements TypeRef {

    /** The unbounded wildcard {@code ?}. */
    public static final Wildcard UNBOUNDED = new Wildcard(Optional.empty(), Optional.empty());

    @Override
    public String name() {
      return "?";
    }

    @Override
    public String toString() {
      return render(TypeRef::toString);
    }

    @Override
    public String toSimpleString() {
      return render(TypeRef::toSimpleString);
    }

    private String render(Function<TypeRef, String> render) {
      return extendsBound.map(b -> "? extends " + render.apply(b))
          .or(() -> superBound.map(b -> "? super " + render.apply(b)))
          .orElse("?");
    }

    @Override
    public boolean isNameableFrom(String packageName) {
      return extendsBound.map(b -> b.isNameableFrom(packageName)).orElse(true)
          && superBound.map(b -> b.isNameableFrom(packageName)).orElse(true);
    }
  }

  /** A type variable such as {@code T}, which only the generic method or class that declares it can name. */
  record Variable(String name) implements TypeRef {
    @Override
    public String toString() {
      return name;
    }

    @Override
    public String toSimpleString() {
      return name;
    }

    @Override
    public boolean isNameableFrom(String packageName) {
      return false;
    }
  }

  /**
   * A type the processor does not name: an intersection or union type, or one javac could not
   * resolve. {@code text} is only for messages and documents.
   */
  record Unknown(String text) implements TypeRef {
    @Override
    public String name() {
      return text;
    }

    @Override
    public String toString() {
      return text;
    }

    @Override
    public String toSimpleString() {
      return text;
    }

    @Override
    public boolean isNameableFrom(String packageName) {
      return false;
    }
  }
}

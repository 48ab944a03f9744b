package dev.statuscontract.processor.model;

import static java.util.stream.Collectors.joining;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Java type as the model records it: a fully qualified name (or a primitive, an array such as
 * {@code byte[]}, or a wildcard such as {@code ? extends Number}) with its type arguments.
 */
public record TypeRef(String name, List<TypeRef> typeArguments) {

  public TypeRef {
    typeArguments = List.copyOf(typeArguments);
  }

  /** A package prefix: the lower-case dotted names before a type name. */
  private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Z_$])");

  public static TypeRef of(String name) {
    return new TypeRef(name, List.of());
  }

  /** The type as it is written in Java source, fully qualified, generics kept. */
  @Override
  public String toString() {
    return typeArguments.isEmpty()
        ? name
        : name + typeArguments.stream().map(TypeRef::toString).collect(joining(", ", "<", ">"));
  }

  /** The type as it is written in a file that imports it: {@code List<User>}, {@code Outer.Inner}. */
  public String toSimpleString() {
    String simple = PACKAGE.matcher(name).replaceAll("");
    return typeArguments.isEmpty()
        ? simple
        : simple + typeArguments.stream().map(TypeRef::toSimpleString).collect(joining(", ", "<", ">"));
  }
}

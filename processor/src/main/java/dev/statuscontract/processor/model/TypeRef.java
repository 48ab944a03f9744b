package dev.statuscontract.processor.model;

import static java.util.stream.Collectors.joining;

import java.util.List;

/**
 * A Java type as the model records it: a fully qualified name (or a primitive, an array such as
 * {@code byte[]}, or a wildcard such as {@code ? extends Number}) with its type arguments.
 */
public record TypeRef(String name, List<TypeRef> typeArguments) {

  public TypeRef {
    typeArguments = List.copyOf(typeArguments);
  }

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
}

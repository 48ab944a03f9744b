package dev.statuscontract.processor.model;

import static java.util.stream.Collectors.joining;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java type as the model records it: a fully qualified name (or a primitive, an array such as
 * {@code byte[]}, or a wildcard such as {@code ? extends Number}) with its type arguments, and the
 * package the name starts with ({@code ""} for primitives, wildcards and type variables), so that
 * {@code com.acme.Outer.Inner} is known to be {@code Inner} nested in {@code Outer}.
 */
public record TypeRef(String name, List<TypeRef> typeArguments, String packageName) {

  public TypeRef {
    typeArguments = List.copyOf(typeArguments);
  }

  /** A package prefix: the lower-case dotted names before a type name. */
  private static final Pattern PACKAGE = Pattern.compile("\\b(?:[a-z_$][\\w$]*\\.)+(?=[A-Z_$])");

  /** A type without type arguments, its package read from the usual lower-case naming. */
  public static TypeRef of(String name) {
    Matcher prefix = PACKAGE.matcher(name);
    String packageName = prefix.lookingAt() ? prefix.group().substring(0, prefix.end() - 1) : "";
    return new TypeRef(name, List.of(), packageName);
  }

  /** The names of the class and the classes it is nested in, outermost first: {@code [Outer, Inner]}. */
  public List<String> simpleNames() {
    String rest = packageName.isEmpty() ? name : name.substring(packageName.length() + 1);
    return List.of(rest.split("\\."));
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

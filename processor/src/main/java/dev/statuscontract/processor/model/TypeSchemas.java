package dev.statuscontract.processor.model;

import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The schemas of the types the documents show (response bodies), worked out while the compiler
 * could still be asked about their members.
 *
 * @param uses the schema of each type asked about, by the type as Java writes it ({@link
 *     TypeRef#toString()})
 * @param components every named schema those refer to, directly or through others, by {@link
 *     Schema.Ref#id()}
 */
public record TypeSchemas(SortedMap<String, Schema> uses, SortedMap<String, Component> components) {

  /** No schemas: the documents show the types without them. */
  public static final TypeSchemas EMPTY = new TypeSchemas(new TreeMap<>(), new TreeMap<>());

  /**
   * A named schema.
   *
   * @param type the class, record or enum, its type arguments resolved
   * @param schema an {@link Schema.ObjectType} or an {@link Schema.EnumType}
   */
  public record Component(TypeRef.Named type, Schema schema) {}

  public TypeSchemas {
    uses = Collections.unmodifiableSortedMap(new TreeMap<>(uses));
    components = Collections.unmodifiableSortedMap(new TreeMap<>(components));
  }

  /** The schema of a type asked about; empty for one that was not. */
  public Optional<Schema> of(TypeRef type) {
    return Optional.ofNullable(uses.get(type.toString()));
  }
}

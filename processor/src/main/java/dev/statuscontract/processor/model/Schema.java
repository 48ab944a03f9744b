package dev.statuscontract.processor.model;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A JSON Schema (the 2020-12 dialect that OpenAPI 3.1 uses) for a Java type, as a value: built
 * while the compiler's view of the types is at hand, and holding nothing of it, so that the
 * documents can be written after the last round.
 *
 * <p>A class, record or enum is a {@link Ref} to a named schema, which a {@link TypeSchemas}
 * holds once, so that a type that refers to itself is a finite schema.
 */
public sealed interface Schema
    permits Schema.Any, Schema.Scalar, Schema.ArrayOf, Schema.MapOf, Schema.Ref, Schema.ObjectType,
        Schema.EnumType {

  /** {@code {}}: any value; for {@code Object}, a type variable, or a type the processor does not know. */
  Any ANY = new Any();

  /** The named schemas this schema refers to, outermost first (the schema itself if it is one). */
  default Stream<Ref> refs() {
    return Stream.empty();
  }

  /** {@code {}}: any value. */
  record Any() implements Schema {}

  /**
   * One of JSON's own types.
   *
   * @param type {@code string}, {@code integer}, {@code number} or {@code boolean}
   * @param format the format, such as {@code int64} or {@code date-time}; empty for none
   * @param contentEncoding how a string encodes binary content ({@code base64}); empty for none
   */
  record Scalar(String type, Optional<String> format, Optional<String> contentEncoding) implements Schema {
    public static Scalar of(String type) {
      return new Scalar(type, Optional.empty(), Optional.empty());
    }

    public static Scalar of(String type, String format) {
      return new Scalar(type, Optional.of(format), Optional.empty());
    }
  }

  /**
   * {@code {"type": "array", "items": ...}}: an array or a collection.
   *
   * @param uniqueItems whether it is a {@code Set}
   */
  record ArrayOf(Schema items, boolean uniqueItems) implements Schema {
    @Override
    public Stream<Ref> refs() {
      return items.refs();
    }
  }

  /** {@code {"type": "object", "additionalProperties": ...}}: a map, its keys written as strings. */
  record MapOf(Schema values) implements Schema {
    @Override
    public Stream<Ref> refs() {
      return values.refs();
    }
  }

  /**
   * A reference to the named schema of a class, record or enum.
   *
   * @param type the type, its type arguments resolved: {@code com.acme.Page<com.acme.Book>}
   */
  record Ref(TypeRef.Named type) implements Schema {
    /** What {@link TypeSchemas#components()} keys the named schema by: the type as Java writes it. */
    public String id() {
      return type.toString();
    }

    @Override
    public Stream<Ref> refs() {
      return Stream.of(this);
    }
  }

  /**
   * {@code {"type": "object", "properties": ..., "required": ...}}: the properties of a record or a
   * bean.
   *
   * @param properties in the order the class declares them, those of its superclasses first
   */
  record ObjectType(List<Property> properties) implements Schema {
    public ObjectType {
      properties = List.copyOf(properties);
    }

    @Override
    public Stream<Ref> refs() {
      return properties.stream().flatMap(p -> p.schema().refs());
    }
  }

  /**
   * One property of an object.
   *
   * @param name its name in JSON
   * @param schema its value
   * @param required whether every object has it
   */
  record Property(String name, Schema schema, boolean required) {}

  /** {@code {"type": "string", "enum": [...]}}: an enum, by the names of its constants. */
  record EnumType(List<String> constants) implements Schema {
    public EnumType {
      constants = List.copyOf(constants);
    }
  }
}

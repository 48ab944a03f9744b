package dev.statuscontract.processor.docs;

import dev.statuscontract.processor.model.Schema;
import dev.statuscontract.processor.model.TypeRef;
import dev.statuscontract.processor.model.TypeSchemas;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The named schemas of a catalog, with the names the documents give them and an anchor for each.
 *
 * <p>A schema is named after its class's simple name ({@code Book}, {@code Outer.Inner}), with its
 * type arguments after underscores where it has any ({@code Page_Book}); where two types would get
 * one name, each of them is named by its qualified name instead ({@code com.acme.a.Book}). The
 * names depend only on the set of types, never on the order the compiler handed them over in.
 */
final class SchemaIndex {

  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]+");

  /**
   * A named schema.
   *
   * @param id the type as Java writes it, which {@link Schema.Ref#id()} names
   * @param name its name under {@code components/schemas}
   * @param anchor an id for its section, unique on the page that lists the schemas
   */
  record Entry(String id, String name, String anchor, TypeRef.Named type, Schema schema) {}

  private final TypeSchemas schemas;
  private final List<Entry> entries;
  private final Map<String, Entry> byId = new HashMap<>();

  SchemaIndex(TypeSchemas schemas, UniqueNames anchors) {
    this.schemas = schemas;
    Map<String, Long> bases =
        schemas.components().values().stream()
            .collect(Collectors.groupingBy(c -> name(c.type(), false), Collectors.counting()));
    UniqueNames names = new UniqueNames("_");
    List<Entry> entries = new ArrayList<>();
    for (Map.Entry<String, TypeSchemas.Component> component : schemas.components().entrySet()) {
      TypeRef.Named type = component.getValue().type();
      String base = name(type, false);
      String name = names.claim(bases.get(base) == 1 ? base : name(type, true));
      Entry entry =
          new Entry(component.getKey(), name, anchors.claim(Catalog.slug("schema " + name)), type, component.getValue().schema());
      entries.add(entry);
      byId.put(entry.id(), entry);
    }
    entries.sort((a, b) -> a.name().compareTo(b.name()));
    this.entries = List.copyOf(entries);
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The named schemas, by name. */
  List<Entry> entries() {
    return entries;
  }

  /** The named schema a reference refers to. */
  Entry entry(Schema.Ref ref) {
    Entry entry = byId.get(ref.id());
    if (entry == null) {
      throw new IllegalStateException("no schema " + ref.id());
    }
    return entry;
  }

  /** The schema of a body type; {@code {}} for a type whose schema was not worked out. */
  Schema of(TypeRef type) {
    return schemas.of(type).orElse(Schema.ANY);
  }

  /** The named schema a body links to: the one its schema refers to first, if any. */
  Optional<Entry> link(TypeRef type) {
    return schemas.of(type).flatMap(schema -> schema.refs().findFirst()).map(this::entry);
  }

  /**
   * A name for {@code type}: its simple names, or with {@code qualified} its qualified name, then
   * each type argument after an underscore, unless it has none but {@code ?}.
   */
  private static String name(TypeRef.Named type, boolean qualified) {
    StringBuilder name = new StringBuilder(qualified ? type.name() : String.join(".", type.simpleNames()));
    if (type.typeArguments().stream().anyMatch(a -> !(a instanceof TypeRef.Wildcard))) {
      for (TypeRef argument : type.typeArguments()) {
        name.append('_').append(argumentName(argument, qualified));
      }
    }
    return UNSAFE.matcher(name).replaceAll("_");
  }

  private static String argumentName(TypeRef argument, boolean qualified) {
    if (argument instanceof TypeRef.Named named) {
      return name(named, qualified);
    }
    if (argument instanceof TypeRef.Array array) {
      return argumentName(array.component(), qualified) + "Array";
    }
    return argument instanceof TypeRef.Primitive ? argument.name() : "Object";
  }

  /**
   * How the documents describe a schema in words, the named schemas it refers to as links: {@code
   * array of } then a link to {@code Book}.
   *
   * @param text what to show
   * @param entry the named schema to link {@code text} to, if any
   */
  record Words(String text, Optional<Entry> entry) {}

  List<Words> describe(Schema schema) {
    List<Words> words = new ArrayList<>();
    describe(schema, words);
    return words;
  }

  private void describe(Schema schema, List<Words> words) {
    if (schema instanceof Schema.Ref ref) {
      Entry entry = entry(ref);
      words.add(new Words(entry.name(), Optional.of(entry)));
    } else if (schema instanceof Schema.ArrayOf array) {
      words.add(new Words(array.uniqueItems() ? "set of " : "array of ", Optional.empty()));
      describe(array.items(), words);
    } else if (schema instanceof Schema.MapOf map) {
      words.add(new Words("map of ", Optional.empty()));
      describe(map.values(), words);
    } else if (schema instanceof Schema.Scalar scalar) {
      String detail = scalar.format().or(scalar::contentEncoding).map(f -> " (" + f + ")").orElse("");
      words.add(new Words(scalar.type() + detail, Optional.empty()));
    } else if (schema instanceof Schema.EnumType) {
      words.add(new Words("string", Optional.empty()));
    } else if (schema instanceof Schema.ObjectType) {
      words.add(new Words("object", Optional.empty()));
    } else {
      words.add(new Words("any", Optional.empty()));
    }
  }
}

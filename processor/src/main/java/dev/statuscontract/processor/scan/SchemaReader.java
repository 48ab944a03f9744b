package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.lang.NameStrings;

import dev.statuscontract.processor.model.Schema;
import dev.statuscontract.processor.model.TypeRef;
import dev.statuscontract.processor.model.TypeSchemas;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Works out the JSON Schema of Java types from their members, as Jackson would write them with its
 * default settings, while javac's elements can be asked: the processor calls {@link #schemaOf} in
 * the round that scans a class, and hands {@link #schemas()} to the documents after the last one.
 *
 * <p>JSON's own types, arrays, collections, maps and {@code Optional} are written in place; a
 * record, an enum or any other class becomes a named schema in {@link #components()}, worked out
 * once (a generic class once per list of type arguments), and referred to everywhere else. A type
 * that refers to itself is therefore a {@code $ref} to its own schema, never an endless one.
 *
 * <p>The members of a class are read from the class with its type arguments put in for its type
 * variables, along its superclasses and interfaces, all as {@link TypeRef}s: a property of type
 * {@code List<T>} of a {@code Page<Book>} is a list of {@code Book}s.
 *
 * <p>Annotations are read by name, so that neither Jackson nor Bean Validation need be on the
 * processor's class path: Jackson's {@code @JsonProperty} (a name, and {@code required = true}) and
 * {@code @JsonIgnore}; {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} of Jakarta and
 * javax Bean Validation, which make a property required, as a primitive type does.
 */
public final class SchemaReader {

  static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  static final Set<String> REQUIRING =
      Set.of(
          "jakarta.validation.constraints.NotNull",
          "jakarta.validation.constraints.NotBlank",
          "jakarta.validation.constraints.NotEmpty",
          "javax.validation.constraints.NotNull",
          "javax.validation.constraints.NotBlank",
          "javax.validation.constraints.NotEmpty");

  /**
   * How deeply type arguments may nest in a named schema's type: a class whose member nests its own
   * type variable ({@code Node<T>} with a {@code Node<List<T>>}) would otherwise ask for ever deeper
   * schemas. Deeper types are read without their type arguments.
   */
  static final int MAX_ARGUMENT_DEPTH = 6;

  private final Elements elements;
  private final TypeRefs typeRefs;
  private final SortedMap<String, Schema> uses = new TreeMap<>();
  private final SortedMap<String, TypeSchemas.Component> components = new TreeMap<>();
  /** Named schemas asked for and not yet worked out, by id: a queue, so that no chain of types nests calls. */
  private final Map<String, TypeRef.Named> pending = new LinkedHashMap<>();

  public SchemaReader(Elements elements) {
    this.elements = elements;
    this.typeRefs = new TypeRefs(elements, type -> false);
  }

  /**
   * The schema of {@code type}, and, in {@link #components()}, the named schemas it refers to,
   * directly or through others.
   */
  public Schema schemaOf(TypeRef type) {
    Schema known = uses.get(type.toString());
    if (known != null) {
      return known;
    }
    Schema schema = inline(normalized(type));
    uses.put(type.toString(), schema);
    while (!pending.isEmpty()) {
      TypeRef.Named next = pending.values().iterator().next();
      String id = next.toString();
      components.put(id, new TypeSchemas.Component(next, named(next)));
      pending.remove(id);
    }
    return schema;
  }

  /** The schema of a type written in a source, as javac sees it. */
  public Schema schemaOf(TypeMirror type) {
    return schemaOf(typeRefs.of(type));
  }

  /** The named schemas worked out so far, by {@link Schema.Ref#id()}. */
  public SortedMap<String, TypeSchemas.Component> components() {
    return components;
  }

  /** Everything worked out so far, for the documents. */
  public TypeSchemas schemas() {
    return new TypeSchemas(uses, components);
  }

  // ---- Types written in place ----

  /** The schema of a normalized type: JSON's own types in place, a {@link Schema.Ref} for a class. */
  private Schema inline(TypeRef type) {
    if (type instanceof TypeRef.Primitive primitive) {
      return primitive(primitive.name());
    }
    if (type instanceof TypeRef.Array array) {
      return array.component() instanceof TypeRef.Primitive p && p.name().equals("byte")
          ? new Schema.Scalar("string", Optional.empty(), Optional.of("base64"))
          : new Schema.ArrayOf(inline(array.component()), false);
    }
    if (type instanceof TypeRef.Named named) {
      return declared(named);
    }
    if (type instanceof TypeRef.Wildcard wildcard) {
      return wildcard.extendsBound().map(this::inline).orElse(Schema.ANY);
    }
    return Schema.ANY;
  }

  private static Schema primitive(String name) {
    return switch (name) {
      case "int", "short", "byte" -> Schema.Scalar.of("integer", "int32");
      case "long" -> Schema.Scalar.of("integer", "int64");
      case "float" -> Schema.Scalar.of("number", "float");
      case "double" -> Schema.Scalar.of("number", "double");
      case "boolean" -> Schema.Scalar.of("boolean");
      case "char" -> Schema.Scalar.of("string");
      default -> Schema.ANY;
    };
  }

  private Schema declared(TypeRef.Named type) {
    Optional<Schema> wellKnown = wellKnown(type);
    if (wellKnown.isPresent()) {
      return wellKnown.get();
    }
    TypeElement element = elements.getTypeElement(type.name());
    if (element == null || isPlatform(type.packageName())) {
      // A class of the JDK or of a web framework (a response, headers, a resource) that is not a
      // collection, a map or one of the well-known values: its getters are not what Jackson writes
      // of it, and reading its members can make javac complete classes whose optional
      // dependencies are not on the class path, and warn.
      return element == null ? Schema.ANY : collection(type).orElse(Schema.ANY);
    }
    return collection(type).orElseGet(() -> reference(type));
  }

  private static final List<String> PLATFORM_PACKAGES =
      List.of(
          "java.", "javax.", "jakarta.", "jdk.", "sun.", "org.springframework.http.", "org.springframework.web.",
          "org.springframework.core.", "org.springframework.util.");

  /** Whether a package belongs to the JDK, Jakarta EE or Spring's web layer rather than to an application. */
  private static boolean isPlatform(String packageName) {
    String prefix = packageName + ".";
    return packageName.equals("java") || PLATFORM_PACKAGES.stream().anyMatch(prefix::startsWith);
  }

  /** An array for a {@code Collection}, an object of values for a {@code Map}; empty for other classes. */
  private Optional<Schema> collection(TypeRef.Named type) {
    Optional<List<TypeRef>> map = asSuper(type, "java.util.Map");
    if (map.isPresent()) {
      return Optional.of(new Schema.MapOf(inline(argument(map.get(), 1))));
    }
    Optional<List<TypeRef>> collection = asSuper(type, "java.util.Collection");
    if (collection.isPresent()) {
      boolean set = asSuper(type, "java.util.Set").isPresent();
      return Optional.of(new Schema.ArrayOf(inline(argument(collection.get(), 0)), set));
    }
    return Optional.empty();
  }

  private static TypeRef argument(List<TypeRef> arguments, int index) {
    return index < arguments.size() ? arguments.get(index) : TypeRef.Wildcard.UNBOUNDED;
  }

  private Schema reference(TypeRef.Named type) {
    TypeRef.Named key = argumentDepth(type) > MAX_ARGUMENT_DEPTH ? erased(type) : type;
    String id = key.toString();
    if (!components.containsKey(id)) {
      pending.putIfAbsent(id, key);
    }
    return new Schema.Ref(key);
  }

  /** JSON's own types, and the JDK's values that Jackson writes as one. */
  private Optional<Schema> wellKnown(TypeRef.Named type) {
    Schema schema =
        switch (type.name()) {
          case "java.lang.Object", "com.fasterxml.jackson.databind.JsonNode" -> Schema.ANY;
          case "java.lang.String", "java.lang.CharSequence", "java.lang.Character", "java.util.Locale",
              "java.util.Currency", "java.time.ZoneId", "java.time.ZoneOffset", "java.time.YearMonth",
              "java.time.MonthDay" -> Schema.Scalar.of("string");
          case "java.lang.Integer", "java.lang.Short", "java.lang.Byte", "java.util.OptionalInt",
              "java.util.concurrent.atomic.AtomicInteger" -> Schema.Scalar.of("integer", "int32");
          case "java.lang.Long", "java.util.OptionalLong", "java.util.concurrent.atomic.AtomicLong" ->
              Schema.Scalar.of("integer", "int64");
          case "java.math.BigInteger" -> Schema.Scalar.of("integer");
          case "java.lang.Float" -> Schema.Scalar.of("number", "float");
          case "java.lang.Double", "java.util.OptionalDouble" -> Schema.Scalar.of("number", "double");
          case "java.math.BigDecimal", "java.lang.Number" -> Schema.Scalar.of("number");
          case "java.lang.Boolean", "java.util.concurrent.atomic.AtomicBoolean" -> Schema.Scalar.of("boolean");
          case "java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime",
              "java.time.LocalDateTime", "java.util.Date", "java.util.Calendar" ->
              Schema.Scalar.of("string", "date-time");
          case "java.time.LocalDate" -> Schema.Scalar.of("string", "date");
          case "java.time.LocalTime", "java.time.OffsetTime" -> Schema.Scalar.of("string", "time");
          case "java.time.Duration", "java.time.Period" -> Schema.Scalar.of("string", "duration");
          case "java.util.UUID" -> Schema.Scalar.of("string", "uuid");
          case "java.net.URI", "java.net.URL" -> Schema.Scalar.of("string", "uri");
          case "java.util.Optional", "java.util.concurrent.atomic.AtomicReference" ->
              inline(argument(type.typeArguments(), 0));
          default -> null;
        };
    return Optional.ofNullable(schema);
  }

  // ---- Named schemas ----

  /** The named schema of a record, an enum, or another class. */
  private Schema named(TypeRef.Named type) {
    TypeElement element = elements.getTypeElement(type.name());
    if (element == null) {
      return new Schema.ObjectType(List.of());
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<String> constants = new ArrayList<>();
      for (Element member : element.getEnclosedElements()) {
        if (member.getKind() == ElementKind.ENUM_CONSTANT) {
          constants.add(jsonName(List.of(member)).orElse(member.getSimpleName().toString()));
        }
      }
      return new Schema.EnumType(constants);
    }
    Map<String, TypeRef> bindings = bindings(element, type);
    if (element.getKind() == ElementKind.RECORD) {
      return recordSchema(element, bindings);
    }
    return beanSchema(element, bindings);
  }

  private Schema recordSchema(TypeElement record, Map<String, TypeRef> bindings) {
    Map<String, VariableElement> fields = new HashMap<>();
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      fields.put(field.getSimpleName().toString(), field);
    }
    List<Schema.Property> properties = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      List<Element> holders = new ArrayList<>();
      holders.add(component);
      Optional.ofNullable(component.getAccessor()).ifPresent(holders::add);
      Optional.ofNullable(fields.get(component.getSimpleName().toString())).ifPresent(holders::add);
      TypeRef type = substitute(typeRefs.of(component.asType()), bindings);
      property(component.getSimpleName().toString(), type, holders).ifPresent(p -> add(properties, p));
    }
    return new Schema.ObjectType(properties);
  }

  /** What one property is read from: its getters and fields, along the class's supertypes. */
  private static final class Draft {
    final List<Element> holders = new ArrayList<>();
    TypeRef getterType;
    TypeRef fieldType;
    boolean visible;
  }

  private Schema beanSchema(TypeElement type, Map<String, TypeRef> bindings) {
    Map<String, Draft> drafts = new LinkedHashMap<>();
    for (Map.Entry<TypeElement, Map<String, TypeRef>> level : hierarchy(type, bindings).entrySet()) {
      boolean isInterface = level.getKey().getKind().isInterface();
      for (Element member : level.getKey().getEnclosedElements()) {
        if (member.getModifiers().contains(Modifier.STATIC)) {
          continue;
        }
        if (member instanceof VariableElement field && field.getKind() == ElementKind.FIELD) {
          if (field.getModifiers().contains(Modifier.TRANSIENT)) {
            continue;
          }
          Draft draft = drafts.computeIfAbsent(field.getSimpleName().toString(), n -> new Draft());
          draft.holders.add(field);
          draft.fieldType = substitute(typeRefs.of(field.asType()), level.getValue());
          draft.visible |= field.getModifiers().contains(Modifier.PUBLIC) || has(field, JSON_PROPERTY);
        } else if (member instanceof ExecutableElement method
            && method.getKind() == ElementKind.METHOD
            && (isInterface || method.getModifiers().contains(Modifier.PUBLIC))
            && method.getParameters().isEmpty()
            && method.getTypeParameters().isEmpty()) {
          Optional<String> name = getterName(method);
          if (name.isPresent()) {
            Draft draft = drafts.computeIfAbsent(name.get(), n -> new Draft());
            draft.holders.add(method);
            draft.getterType = substitute(typeRefs.of(method.getReturnType()), level.getValue());
            draft.visible = true;
          }
        }
      }
    }
    List<Schema.Property> properties = new ArrayList<>();
    for (Map.Entry<String, Draft> entry : drafts.entrySet()) {
      Draft draft = entry.getValue();
      if (draft.visible) {
        TypeRef propertyType = draft.getterType != null ? draft.getterType : draft.fieldType;
        property(entry.getKey(), propertyType, draft.holders).ifPresent(p -> add(properties, p));
      }
    }
    return new Schema.ObjectType(properties);
  }

  /** Adds {@code property} unless one of its name is there already, which JSON would write once. */
  private static void add(List<Schema.Property> properties, Schema.Property property) {
    if (properties.stream().noneMatch(p -> p.name().equals(property.name()))) {
      properties.add(property);
    }
  }

  /**
   * A property of {@code type} read from {@code holders} (a record component, its accessor and
   * field; a bean's getters and fields), which {@code @JsonIgnore} on any of them leaves out.
   */
  private Optional<Schema.Property> property(String implicitName, TypeRef type, List<Element> holders) {
    for (Element holder : holders) {
      Optional<AnnotationMirror> ignore = find(holder, JSON_IGNORE);
      if (ignore.isPresent() && booleanValue(ignore.get(), "value", true)) {
        return Optional.empty();
      }
    }
    String name = jsonName(holders).orElse(implicitName);
    TypeRef normalized = normalized(type);
    boolean optional =
        normalized instanceof TypeRef.Named named && named.name().startsWith("java.util.Optional");
    boolean required =
        !optional && (type instanceof TypeRef.Primitive || holders.stream().anyMatch(SchemaReader::requires));
    return Optional.of(new Schema.Property(name, inline(normalized), required));
  }

  /** Whether Jackson's {@code required = true} or a Bean Validation constraint makes it required. */
  private static boolean requires(Element holder) {
    Optional<AnnotationMirror> property = find(holder, JSON_PROPERTY);
    if (property.isPresent() && booleanValue(property.get(), "required", false)) {
      return true;
    }
    TypeMirror type = holder instanceof ExecutableElement method ? method.getReturnType() : holder.asType();
    return holder.getAnnotationMirrors().stream().anyMatch(a -> REQUIRING.contains(nameOf(a)))
        || type.getAnnotationMirrors().stream().anyMatch(a -> REQUIRING.contains(nameOf(a)));
  }

  /** The name that {@code @JsonProperty("...")} gives, on the first of {@code holders} that has one. */
  private static Optional<String> jsonName(List<? extends Element> holders) {
    for (Element holder : holders) {
      Optional<AnnotationMirror> property = find(holder, JSON_PROPERTY);
      if (property.isPresent()) {
        Optional<String> value = value(property.get(), "value").map(Object::toString).filter(s -> !s.isEmpty());
        if (value.isPresent()) {
          return value;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The property a getter reads, named as Jackson names it by default: {@code getName} and, for a
   * {@code boolean}, {@code isActive}, with the capitals they start with in lower case ({@code
   * getURL} is {@code url}).
   */
  private static Optional<String> getterName(ExecutableElement method) {
    String name = method.getSimpleName().toString();
    TypeKind returns = method.getReturnType().getKind();
    if (returns == TypeKind.VOID) {
      return Optional.empty();
    }
    String rest;
    if (name.startsWith("get") && name.length() > 3) {
      rest = name.substring(3);
    } else if (name.startsWith("is") && name.length() > 2 && returns == TypeKind.BOOLEAN) {
      rest = name.substring(2);
    } else {
      return Optional.empty();
    }
    if (name.equals("getClass")) {
      return Optional.empty();
    }
    StringBuilder lower = new StringBuilder(rest.length());
    int i = 0;
    for (; i < rest.length() && Character.isUpperCase(rest.charAt(i)); i++) {
      lower.append(Character.toLowerCase(rest.charAt(i)));
    }
    return Optional.of(lower.append(rest.substring(i)).toString());
  }

  // ---- Supertypes and type arguments ----

  /**
   * The class and its supertypes, each with the type arguments it is seen with, the most general
   * first (so that the properties a superclass declares come first); {@code Object} left out.
   */
  private Map<TypeElement, Map<String, TypeRef>> hierarchy(TypeElement type, Map<String, TypeRef> bindings) {
    List<Map.Entry<TypeElement, Map<String, TypeRef>>> found = new ArrayList<>();
    Set<TypeElement> seen = new HashSet<>();
    ArrayDeque<Map.Entry<TypeElement, Map<String, TypeRef>>> queue = new ArrayDeque<>();
    queue.add(Map.entry(type, bindings));
    while (!queue.isEmpty()) {
      Map.Entry<TypeElement, Map<String, TypeRef>> next = queue.poll();
      TypeElement element = next.getKey();
      if (!seen.add(element) || element.getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      found.add(next);
      for (TypeMirror supertype : supertypes(element)) {
        TypeElement superElement;
        if (typeRefs.of(supertype) instanceof TypeRef.Named named
            && (superElement = elements.getTypeElement(named.name())) != null) {
          TypeRef.Named seenAs = (TypeRef.Named) substitute(named, next.getValue());
          queue.add(Map.entry(superElement, bindings(superElement, seenAs)));
        }
      }
    }
    Map<TypeElement, Map<String, TypeRef>> ordered = new LinkedHashMap<>();
    for (int i = found.size() - 1; i >= 0; i--) {
      ordered.put(found.get(i).getKey(), found.get(i).getValue());
    }
    return ordered;
  }

  private static List<TypeMirror> supertypes(TypeElement element) {
    List<TypeMirror> supertypes = new ArrayList<>();
    if (element.getSuperclass().getKind() == TypeKind.DECLARED) {
      supertypes.add(element.getSuperclass());
    }
    supertypes.addAll(element.getInterfaces());
    return supertypes;
  }

  /** The type arguments {@code type} gives the supertype named {@code target}; empty when it is not one. */
  private Optional<List<TypeRef>> asSuper(TypeRef.Named type, String target) {
    ArrayDeque<TypeRef.Named> queue = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    queue.add(type);
    while (!queue.isEmpty()) {
      TypeRef.Named next = queue.poll();
      if (next.name().equals(target)) {
        return Optional.of(next.typeArguments());
      }
      TypeElement element = elements.getTypeElement(next.name());
      if (element == null || !seen.add(next.name())) {
        continue;
      }
      Map<String, TypeRef> bindings = bindings(element, next);
      for (TypeMirror supertype : supertypes(element)) {
        if (typeRefs.of(supertype) instanceof TypeRef.Named named) {
          queue.add((TypeRef.Named) substitute(named, bindings));
        }
      }
    }
    return Optional.empty();
  }

  /** The type variables of {@code element}, by name, with the arguments {@code type} gives them. */
  private static Map<String, TypeRef> bindings(TypeElement element, TypeRef.Named type) {
    Map<String, TypeRef> bindings = new HashMap<>();
    List<? extends TypeParameterElement> parameters = element.getTypeParameters();
    for (int i = 0; i < parameters.size(); i++) {
      bindings.put(parameters.get(i).getSimpleName().toString(), argument(type.typeArguments(), i));
    }
    return bindings;
  }

  /** {@code type} with the type variables of {@code bindings} replaced; others are any type. */
  static TypeRef substitute(TypeRef type, Map<String, TypeRef> bindings) {
    if (type instanceof TypeRef.Variable variable) {
      return bindings.getOrDefault(variable.name(), TypeRef.Wildcard.UNBOUNDED);
    }
    if (type instanceof TypeRef.Named named && !named.typeArguments().isEmpty()) {
      return new TypeRef.Named(
          named.packageName(),
          named.simpleNames(),
          named.typeArguments().stream().map(a -> substitute(a, bindings)).toList(),
          named.access(),
          named.deprecated());
    }
    if (type instanceof TypeRef.Array array) {
      return new TypeRef.Array(substitute(array.component(), bindings));
    }
    if (type instanceof TypeRef.Wildcard wildcard) {
      return new TypeRef.Wildcard(
          wildcard.extendsBound().map(b -> substitute(b, bindings)),
          wildcard.superBound().map(b -> substitute(b, bindings)));
    }
    return type;
  }

  /**
   * The type in the one form that each schema is kept under: {@code ? extends B} is {@code B},
   * {@code Object}, {@code ? super B}, type variables and unknown types are {@code ?}, and nothing
   * records how far a class can be seen.
   */
  static TypeRef normalized(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      List<TypeRef> arguments = named.typeArguments().stream().map(SchemaReader::normalizedArgument).toList();
      return new TypeRef.Named(named.packageName(), named.simpleNames(), arguments, TypeRef.Access.PUBLIC, false);
    }
    if (type instanceof TypeRef.Array array) {
      return new TypeRef.Array(normalized(array.component()));
    }
    if (type instanceof TypeRef.Wildcard wildcard) {
      return wildcard.extendsBound().map(SchemaReader::normalizedArgument).orElse(TypeRef.Wildcard.UNBOUNDED);
    }
    return type instanceof TypeRef.Primitive ? type : TypeRef.Wildcard.UNBOUNDED;
  }

  private static TypeRef normalizedArgument(TypeRef argument) {
    TypeRef normalized = normalized(argument);
    return normalized instanceof TypeRef.Named named && named.name().equals("java.lang.Object")
        ? TypeRef.Wildcard.UNBOUNDED
        : normalized;
  }

  private static int argumentDepth(TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return 1 + named.typeArguments().stream().mapToInt(SchemaReader::argumentDepth).max().orElse(0);
    }
    return type instanceof TypeRef.Array array ? 1 + argumentDepth(array.component()) : 0;
  }

  private static TypeRef.Named erased(TypeRef.Named type) {
    return new TypeRef.Named(
        type.packageName(),
        type.simpleNames(),
        type.typeArguments().stream().map(a -> (TypeRef) TypeRef.Wildcard.UNBOUNDED).toList(),
        type.access(),
        type.deprecated());
  }

  // ---- Annotations, by name ----

  private static String nameOf(AnnotationMirror annotation) {
    return NameStrings.of(((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName());
  }

  private static Optional<AnnotationMirror> find(Element element, String qualifiedName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (nameOf(annotation).equals(qualifiedName)) {
        return Optional.of(annotation);
      }
    }
    return Optional.empty();
  }

  private static boolean has(Element element, String qualifiedName) {
    return find(element, qualifiedName).isPresent();
  }

  /** An attribute as written; empty where the annotation leaves it to its default. */
  private static Optional<Object> value(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.ofNullable(entry.getValue().getValue());
      }
    }
    return Optional.empty();
  }

  private static boolean booleanValue(AnnotationMirror annotation, String name, boolean otherwise) {
    return value(annotation, name).filter(Boolean.class::isInstance).map(Boolean.class::cast).orElse(otherwise);
  }
}

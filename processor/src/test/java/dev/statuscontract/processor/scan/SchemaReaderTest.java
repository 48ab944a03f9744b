package dev.statuscontract.processor.scan;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statuscontract.processor.Compilations.source;
import static java.util.stream.Collectors.joining;

import com.google.testing.compile.Compilation;
import dev.statuscontract.processor.Compilations;
import dev.statuscontract.processor.model.Schema;
import dev.statuscontract.processor.model.TypeSchemas;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schemas {@link SchemaReader} works out of the return types of {@code api.Api}'s methods,
 * compiled by javac from sources that use Jackson's and Bean Validation's annotations (stand-ins of
 * the same qualified names, as the processor knows them only by name).
 */
class SchemaReaderTest {

  /** Stand-ins for Jackson's and Bean Validation's annotations, with their targets. */
  private static final List<JavaFileObject> ANNOTATIONS =
      List.of(
          source(
              "com.fasterxml.jackson.annotation.JsonProperty",
              "package com.fasterxml.jackson.annotation;",
              "import java.lang.annotation.*;",
              "@Target({ElementType.ANNOTATION_TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})",
              "@Retention(RetentionPolicy.RUNTIME)",
              "public @interface JsonProperty {",
              "  String value() default \"\";",
              "  boolean required() default false;",
              "}"),
          source(
              "com.fasterxml.jackson.annotation.JsonIgnore",
              "package com.fasterxml.jackson.annotation;",
              "import java.lang.annotation.*;",
              "@Target({ElementType.ANNOTATION_TYPE, ElementType.METHOD, ElementType.CONSTRUCTOR, ElementType.FIELD})",
              "@Retention(RetentionPolicy.RUNTIME)",
              "public @interface JsonIgnore {",
              "  boolean value() default true;",
              "}"),
          constraint("jakarta.validation.constraints", "NotNull"),
          constraint("jakarta.validation.constraints", "NotBlank"),
          constraint("javax.validation.constraints", "NotEmpty"));

  private static JavaFileObject constraint(String packageName, String name) {
    return source(
        packageName + "." + name,
        "package " + packageName + ";",
        "import java.lang.annotation.*;",
        "@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,",
        "    ElementType.PARAMETER, ElementType.TYPE_USE})",
        "@Retention(RetentionPolicy.RUNTIME)",
        "public @interface " + name + " {}");
  }

  private static final List<JavaFileObject> MODEL =
      List.of(
          source(
              "api.Book",
              "package api;",
              "import com.fasterxml.jackson.annotation.JsonIgnore;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import jakarta.validation.constraints.NotNull;",
              "import java.util.List;",
              "import java.util.Optional;",
              "public record Book(",
              "    @JsonProperty(value = \"isbn13\", required = true) String isbn,",
              "    @NotNull String title,",
              "    Optional<String> subtitle,",
              "    List<Author> authors,",
              "    Genre genre,",
              "    @JsonIgnore String secret,",
              "    @javax.validation.constraints.NotEmpty List<String> keywords,",
              "    Book sequel) {}"),
          source(
              "api.Genre",
              "package api;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "public enum Genre { NOVEL, @JsonProperty(\"non-fiction\") NON_FICTION, POETRY }"),
          source(
              "api.Author",
              "package api;",
              "import com.fasterxml.jackson.annotation.JsonIgnore;",
              "import com.fasterxml.jackson.annotation.JsonProperty;",
              "import jakarta.validation.constraints.NotBlank;",
              "import java.util.List;",
              "/** A bean: getters (one without a setter), a public field, a renamed private field. */",
              "public class Author {",
              "  public int born;",
              "  public static int count;",
              "  private String name;",
              "  @NotBlank private String email;",
              "  @JsonProperty(\"nick\") private String nickname;",
              "  @JsonIgnore private String password;",
              "  private transient String cache;",
              "  private List<Author> coauthors;",
              "  public String getName() { return name; }",
              "  public void setName(String name) { this.name = name; }",
              "  public String getEmail() { return email; }",
              "  public String getPassword() { return password; }",
              "  public boolean isLiving() { return true; }",
              "  public Boolean isFamous() { return true; }",
              "  public String getURLPath() { return \"\"; }",
              "  public List<Author> getCoauthors() { return coauthors; }",
              "  @JsonIgnore public String getInternal() { return \"\"; }",
              "  public static String getDefault() { return \"\"; }",
              "  String getHidden() { return \"\"; }",
              "  public String getWith(int x) { return \"\"; }",
              "  public void getNothing() {}",
              "  public String describe() { return \"\"; }",
              "}"),
          source(
              "api.Values",
              "package api;",
              "import java.math.BigDecimal;",
              "import java.math.BigInteger;",
              "import java.net.URI;",
              "import java.net.URL;",
              "import java.time.*;",
              "import java.util.UUID;",
              "public record Values(",
              "    int i, long l, short s, byte b, float f, double d, boolean z, char c,",
              "    Integer boxedInt, Long boxedLong, Double boxedDouble, Boolean boxedBoolean, Character boxedChar,",
              "    String string, CharSequence chars, BigDecimal decimal, BigInteger big,",
              "    Instant instant, OffsetDateTime offsetDateTime, ZonedDateTime zoned, LocalDateTime local,",
              "    LocalDate date, LocalTime time, OffsetTime offsetTime, Duration duration,",
              "    UUID uuid, URI uri, URL url, byte[] bytes, Object anything, Thread jdk) {}"),
          source(
              "api.Page",
              "package api;",
              "import java.util.List;",
              "public class Page<T> {",
              "  public List<T> getItems() { return List.of(); }",
              "  public T getFirst() { return null; }",
              "  public int getTotal() { return 0; }",
              "}"),
          source("api.BookPage", "package api;", "public class BookPage extends Page<Book> {}"),
          source(
              "api.Node",
              "package api;",
              "import java.util.List;",
              "import java.util.Map;",
              "public class Node {",
              "  public List<Node> children;",
              "  public Map<String, Node> byName;",
              "  public Node parent;",
              "}"),
          source(
              "api.Tree",
              "package api;",
              "public class Tree<T> {",
              "  public T value;",
              "  public Tree<java.util.List<T>> deeper;",
              "}"),
          source("api.a.Item", "package api.a;", "public record Item(String a) {}"),
          source("api.b.Item", "package api.b;", "public record Item(int b) {}"),
          source("api.Box", "package api;", "public record Box<T>(T content) {}"),
          source(
              "api.Api",
              "package api;",
              "import java.util.*;",
              "public interface Api {",
              "  Book book();",
              "  Author author();",
              "  Genre genre();",
              "  Values values();",
              "  Page<Book> bookPage();",
              "  BookPage booksInherited();",
              "  @SuppressWarnings(\"rawtypes\") Page rawPage();",
              "  List<Book> books();",
              "  Book[] bookArray();",
              "  Set<Genre> genres();",
              "  SortedSet<String> sortedNames();",
              "  Collection<? extends Book> someBooks();",
              "  Map<String, Book> byIsbn();",
              "  HashMap<String, List<Integer>> lengths();",
              "  Optional<Book> maybeBook();",
              "  int count();",
              "  Node node();",
              "  Tree<String> tree();",
              "  api.a.Item itemA();",
              "  api.b.Item itemB();",
              "  Box<api.a.Item> boxA();",
              "  Box<api.b.Item> boxB();",
              "}"));

  private static Map<String, Schema> returns;
  private static TypeSchemas schemas;

  /** Reads the schema of each method's return type of {@code api.Api}, in the round that compiles it. */
  static final class SchemaCapture extends AbstractProcessor {
    final Map<String, Schema> byMethod = new LinkedHashMap<>();
    TypeSchemas schemas;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (round.processingOver()) {
        return false;
      }
      SchemaReader reader = new SchemaReader(processingEnv.getElementUtils());
      TypeElement api = processingEnv.getElementUtils().getTypeElement("api.Api");
      for (ExecutableElement method : ElementFilter.methodsIn(api.getEnclosedElements())) {
        byMethod.put(method.getSimpleName().toString(), reader.schemaOf(method.getReturnType()));
      }
      schemas = reader.schemas();
      return false;
    }
  }

  @BeforeAll
  static void compile() {
    SchemaCapture capture = new SchemaCapture();
    Compilation compilation =
        Compilations.compileWith(
            capture,
            List.of(),
            java.util.stream.Stream.concat(ANNOTATIONS.stream(), MODEL.stream()).toArray(JavaFileObject[]::new));
    assertThat(compilation).succeeded();
    returns = capture.byMethod;
    schemas = capture.schemas;
  }

  /** The return type's schema, in the notation of {@link #show}. */
  private static String returned(String method) {
    return show(returns.get(method));
  }

  /** A named schema, in the notation of {@link #show}. */
  private static String component(String id) {
    TypeSchemas.Component component = schemas.components().get(id);
    if (component == null) {
      throw new AssertionError("no schema " + id + " among " + schemas.components().keySet());
    }
    return show(component.schema());
  }

  /**
   * A short notation for schemas: {@code string/uuid}, {@code ->api.Book}, {@code [items]}, {@code
   * set[items]}, {@code map[values]}, {@code {name*: schema, ...}} with {@code *} for required,
   * {@code enum(A, B)}, {@code any}.
   */
  static String show(Schema schema) {
    if (schema instanceof Schema.Scalar scalar) {
      return scalar.type()
          + scalar.format().map(f -> "/" + f).orElse("")
          + scalar.contentEncoding().map(e -> "/" + e).orElse("");
    }
    if (schema instanceof Schema.Ref ref) {
      return "->" + ref.id();
    }
    if (schema instanceof Schema.ArrayOf array) {
      return (array.uniqueItems() ? "set[" : "[") + show(array.items()) + "]";
    }
    if (schema instanceof Schema.MapOf map) {
      return "map[" + show(map.values()) + "]";
    }
    if (schema instanceof Schema.ObjectType object) {
      return object.properties().stream()
          .map(p -> p.name() + (p.required() ? "*" : "") + ": " + show(p.schema()))
          .collect(joining(", ", "{", "}"));
    }
    if (schema instanceof Schema.EnumType enumType) {
      return "enum" + enumType.constants().stream().collect(joining(", ", "(", ")"));
    }
    return "any";
  }

  @Test
  void aRecordHasItsComponentsWithJacksonNamesAndRequiredOnes() {
    assertThat(returned("book")).isEqualTo("->api.Book");
    assertThat(component("api.Book"))
        .isEqualTo(
            "{isbn13*: string, title*: string, subtitle: string, authors: [->api.Author], genre: ->api.Genre,"
                + " keywords*: [string], sequel: ->api.Book}");
  }

  @Test
  void aBeanHasItsGettersAndPublicFieldsAsJacksonNamesThem() {
    assertThat(component("api.Author"))
        .isEqualTo(
            "{born*: integer/int32, name: string, email*: string, nick: string, coauthors: [->api.Author],"
                + " living*: boolean, urlpath: string}");
  }

  @Test
  void anEnumIsItsConstantsAsStrings() {
    assertThat(returned("genre")).isEqualTo("->api.Genre");
    assertThat(component("api.Genre")).isEqualTo("enum(NOVEL, non-fiction, POETRY)");
  }

  @Test
  void primitivesBoxesAndTheJdksValuesAreJsonsOwnTypes() {
    assertThat(component("api.Values"))
        .isEqualTo(
            "{i*: integer/int32, l*: integer/int64, s*: integer/int32, b*: integer/int32, f*: number/float,"
                + " d*: number/double, z*: boolean, c*: string,"
                + " boxedInt: integer/int32, boxedLong: integer/int64, boxedDouble: number/double,"
                + " boxedBoolean: boolean, boxedChar: string,"
                + " string: string, chars: string, decimal: number, big: integer,"
                + " instant: string/date-time, offsetDateTime: string/date-time, zoned: string/date-time,"
                + " local: string/date-time, date: string/date, time: string/time, offsetTime: string/time,"
                + " duration: string/duration, uuid: string/uuid, uri: string/uri, url: string/uri,"
                + " bytes: string/base64, anything: any, jdk: any}");
    assertThat(returned("count")).isEqualTo("integer/int32");
  }

  @Test
  void arraysCollectionsSetsAndMapsAreWrittenInPlace() {
    assertThat(returned("books")).isEqualTo("[->api.Book]");
    assertThat(returned("bookArray")).isEqualTo("[->api.Book]");
    assertThat(returned("genres")).isEqualTo("set[->api.Genre]");
    assertThat(returned("sortedNames")).isEqualTo("set[string]");
    assertThat(returned("someBooks")).isEqualTo("[->api.Book]");
    assertThat(returned("byIsbn")).isEqualTo("map[->api.Book]");
    assertThat(returned("lengths")).isEqualTo("map[[integer/int32]]");
    assertThat(returned("maybeBook")).isEqualTo("->api.Book");
  }

  @Test
  void aGenericTypeGetsASchemaForEachListOfTypeArguments() {
    assertThat(returned("bookPage")).isEqualTo("->api.Page<api.Book>");
    assertThat(component("api.Page<api.Book>")).isEqualTo("{items: [->api.Book], first: ->api.Book, total*: integer/int32}");
    // Through a superclass's type arguments.
    assertThat(component("api.BookPage")).isEqualTo("{items: [->api.Book], first: ->api.Book, total*: integer/int32}");
    // A raw type: its type variable is any value.
    assertThat(returned("rawPage")).isEqualTo("->api.Page<?>");
    assertThat(component("api.Page<?>")).isEqualTo("{items: [any], first: any, total*: integer/int32}");
  }

  @Test
  void aTypeThatRefersToItselfIsAReferenceToItsOwnSchema() {
    assertThat(returned("node")).isEqualTo("->api.Node");
    assertThat(component("api.Node")).isEqualTo("{children: [->api.Node], byName: map[->api.Node], parent: ->api.Node}");
  }

  @Test
  void typeArgumentsThatNestEverDeeperStop() {
    assertThat(returned("tree")).isEqualTo("->api.Tree<java.lang.String>");
    long trees = schemas.components().keySet().stream().filter(id -> id.startsWith("api.Tree")).count();
    // Tree<String>, Tree<List<String>>, ... until too deep, then Tree<?>, Tree<List<?>>, ... until
    // too deep again, which is Tree<?> once more: finitely many.
    assertThat(trees).isAtMost(2L * SchemaReader.MAX_ARGUMENT_DEPTH);
    assertThat(schemas.components()).containsKey("api.Tree<?>");
    assertThat(component("api.Tree<?>")).isEqualTo("{value: any, deeper: ->api.Tree<java.util.List<?>>}");
  }

  @Test
  void typesOfOneSimpleNameInTwoPackagesAreTwoSchemas() {
    assertThat(returned("itemA")).isEqualTo("->api.a.Item");
    assertThat(returned("itemB")).isEqualTo("->api.b.Item");
    assertThat(component("api.a.Item")).isEqualTo("{a: string}");
    assertThat(component("api.b.Item")).isEqualTo("{b*: integer/int32}");
    assertThat(component("api.Box<api.a.Item>")).isEqualTo("{content: ->api.a.Item}");
    assertThat(component("api.Box<api.b.Item>")).isEqualTo("{content: ->api.b.Item}");
  }

  @Test
  void eachTypeAskedAboutIsKeptByItsJavaName() {
    assertThat(schemas.uses()).containsKey("java.util.List<api.Book>");
    assertThat(show(schemas.uses().get("java.util.List<api.Book>"))).isEqualTo("[->api.Book]");
  }
}

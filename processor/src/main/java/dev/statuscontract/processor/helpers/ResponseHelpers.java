package dev.statuscontract.processor.helpers;

import static java.util.stream.Collectors.joining;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.FieldNames;
import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.StatusCodes;
import dev.statuscontract.processor.model.TypeRef;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.Modifier;

/**
 * The typed response helpers of one resource class: for {@code com.acme.UserResource}, a class
 * {@code com.acme.UserResourceResponses} with a nested class per endpoint method and, in it, one
 * factory per status code the contract declares, whose parameters are the declared body and
 * headers. Codes declared on the class or through a composed annotation get their factories once,
 * in a nested base class that the endpoints' classes extend. A pure function of the model:
 * docs/helpers.md describes the shape.
 *
 * <p>It writes only what compiles: a factory whose types the helper's package cannot name (a
 * private class, a type variable), or an endpoint whose return type it cannot name, is left out and
 * {@linkplain Generated#skipped() said so}; the names it makes from the user's names are sanitised,
 * bounded in length and never clash.
 */
public final class ResponseHelpers {

  /** What the name of the generated class adds to the resource class's name. */
  public static final String SUFFIX = "Responses";

  /** The longest nested class name: a class file name must stay well within file-system limits. */
  static final int MAX_NAME_LENGTH = 64;

  private static final String RESPONSE = "response";
  private static final String ENTITY = "entity";
  private static final String REQUIRE_BODY = "requireBody";
  private static final String URI_METHOD = "uri";
  private static final String DELTA_SECONDS = "deltaSeconds";
  private static final String HTTP_DATE_METHOD = "httpDate";
  private static final String HTTP_DATE = "HTTP_DATE";
  private static final String ALLOW = "allow";

  /**
   * The simple names of the types the generated code names itself. A class of the helper's own
   * package with one of these names would take its place wherever the name is written unqualified,
   * so such a class is always written fully qualified.
   */
  private static final Set<String> OWN_TYPE_NAMES =
      Set.of(
          "String", "Object", "Long", "Void", "IllegalArgumentException", "SuppressWarnings", "Objects", "Set",
          "TreeSet", "URI", "Duration", "Instant", "DateTimeFormatter", "Locale", "ZoneOffset", "Response",
          "ResponseEntity", "Generated");

  /** Names that a parameter must not take: they would hide a package the generated code names. */
  private static final Set<String> RESERVED_PARAMETERS = Set.of("body", "java", "javax", "jakarta", "org", "com", "dev");

  private ResponseHelpers() {}

  /**
   * What was generated for one class.
   *
   * @param file the helper class; empty when no endpoint of the class can have a factory
   * @param skipped what was left out and why, one entry per endpoint method or factory
   */
  public record Generated(Optional<JavaFile> file, List<Skipped> skipped) {}

  /**
   * A factory or a whole endpoint class that the helper leaves out, because the code it would
   * write could not compile.
   *
   * @param endpoint the endpoint concerned
   * @param reason what is left out and why, as a sentence fragment
   */
  public record Skipped(Endpoint endpoint, String reason) {}

  /**
   * The name of the factory of {@code code}: its reason phrase in lowerCamelCase ({@code notFound},
   * {@code imUsed}), {@code status499} for a code the registry does not assign. What reads calls of
   * the helpers (the body analysis) names codes by it too.
   */
  public static String factoryName(int code) {
    return StatusCodes.reasonPhrase(code).map(Names::lowerCamel).orElse("status" + code);
  }

  /** The name of the helper class of a resource class: {@code UserResourceResponses}, {@code Api_UsersResponses}. */
  public static String helperName(List<String> simpleNames) {
    return String.join("_", simpleNames) + SUFFIX;
  }

  /**
   * The helper class of one resource class.
   *
   * @param helper the name of the class to generate
   * @param resource the resource class
   * @param endpoints the endpoints of the class, in source order
   * @param generator the name written in {@code @Generated}
   */
  public static Generated generate(ClassName helper, ClassName resource, List<Endpoint> endpoints, String generator) {
    return new Writer(helper, resource, generator).write(endpoints);
  }

  /** What an endpoint method returns its status in: a JAX-RS {@code Response} or a {@code ResponseEntity}. */
  private record Carrier(Framework.HelperCarrier framework, Optional<TypeName> fixedReturnType, boolean namesDeprecated) {

    Carrier(Framework.HelperCarrier framework, Optional<TypeName> fixedReturnType) {
      this(framework, fixedReturnType, false);
    }

    boolean isSpring() {
      return framework instanceof Framework.ResponseEntity;
    }

    ClassName responseClass() {
      return ClassName.get(((Framework.JaxRsResponse) framework).packageName(), "Response");
    }
  }

  /** The declarations that endpoints share: a code declared on the class or by a composed annotation. */
  private record SharedKey(
      int code, String description, List<String> headers, Optional<TypeRef> body, Object declaredAt) {

    static SharedKey of(DeclaredResponse response) {
      // Where the @Returns is written, not where it attaches: a composed annotation's declaration
      // is one for every method it is used on.
      var declaration = response.declaration();
      return new SharedKey(
          response.code(),
          response.description(),
          response.headers(),
          response.body(),
          List.of(declaration.element(), declaration.annotation().map(Object.class::cast).orElse(""), declaration.repeatIndex()));
    }
  }

  /** What one endpoint method gets: its own factories, and those it shares with others. */
  private record Planned(
      List<Endpoint> endpoints, Carrier carrier, List<DeclaredResponse> own, Map<SharedKey, DeclaredResponse> shared) {}

  /** Writes one helper class. */
  private static final class Writer {
    // Here, not in the outer class, whose names (helperName, SUFFIX) are asked where no helper is
    // written: JavaPoet is loaded only to write one.
    private static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    private static final ClassName RESPONSE_ENTITY = ClassName.get("org.springframework.http", "ResponseEntity");

    private final ClassName helper;
    private final ClassName resource;
    private final String generator;
    private final String packageName;
    private final Set<String> takenNames = new HashSet<>();
    private final List<Skipped> skipped = new ArrayList<>();
    /** The carriers whose builders the class needs: JAX-RS Responses by package, then ResponseEntity. */
    private final Set<Framework.HelperCarrier> builders =
        new TreeSet<>(
            Comparator.comparing(
                (Framework.HelperCarrier carrier) ->
                    carrier instanceof Framework.JaxRsResponse jaxRs ? jaxRs.packageName() : "~"));
    private final Set<String> conversions = new TreeSet<>();
    /** Simple names of the package's own classes that the helper names and that clash with its own. */
    private final Set<String> clashingNames = new TreeSet<>();
    private boolean requiresBody;
    private boolean sendsLocation;

    Writer(ClassName helper, ClassName resource, String generator) {
      this.helper = helper;
      this.resource = resource;
      this.generator = generator;
      this.packageName = helper.packageName();
      takenNames.add(helper.simpleName());
    }

    Generated write(List<Endpoint> endpoints) {
      if (packageName.isEmpty()) {
        reserveDefaultPackageNames(endpoints);
      }
      Map<String, List<Endpoint>> byMethod = new LinkedHashMap<>();
      for (Endpoint endpoint : endpoints) {
        byMethod.computeIfAbsent(javaKey(endpoint), k -> new ArrayList<>()).add(endpoint);
      }
      Map<String, Integer> overloads = new LinkedHashMap<>();
      byMethod.values().forEach(e -> overloads.merge(e.get(0).methodName(), 1, Integer::sum));

      Map<String, Carrier> carriers = new LinkedHashMap<>();
      for (Map.Entry<String, List<Endpoint>> method : byMethod.entrySet()) {
        Endpoint first = method.getValue().get(0);
        carrier(first).ifPresent(carrier -> carriers.put(method.getKey(), carrier));
      }
      Optional<Framework.HelperCarrier> sharedFramework =
          carriers.values().stream().map(Carrier::framework).distinct().count() == 1
              ? carriers.values().stream().map(Carrier::framework).findFirst()
              : Optional.empty();

      // What each endpoint method gets: its own factories, and those it shares with others.
      List<Planned> planned = new ArrayList<>();
      for (Map.Entry<String, List<Endpoint>> method : byMethod.entrySet()) {
        Carrier carrier = carriers.get(method.getKey());
        if (carrier == null) {
          continue;
        }
        Endpoint first = method.getValue().get(0);
        if (carrier.framework() instanceof Framework.JaxRsResponse jaxRs
            && builders.stream().anyMatch(b -> b instanceof Framework.JaxRsResponse other && !other.equals(jaxRs))) {
          skipped.add(new Skipped(first, "no helpers: the class mixes javax.ws.rs and jakarta.ws.rs endpoints"));
          continue;
        }
        List<DeclaredResponse> own = new ArrayList<>();
        Map<SharedKey, DeclaredResponse> shared = new LinkedHashMap<>();
        for (DeclaredResponse response : first.responses()) {
          if (!StatusCodes.isValid(response.code())) {
            continue; // invalid-status-code reports it
          }
          if (!response.bodyCarried()) {
            // A @Returns body that does not fit is body-type-mismatch's to report. Another tool's
            // error body (a Problem beside ResponseEntity<Product>) usually describes what an
            // exception handler sends: no factory, and nothing to say.
            continue;
          }
          if (!nameable(first, response)) {
            continue;
          }
          if (response.level() != Level.METHOD && sharedFramework.isPresent()) {
            shared.put(SharedKey.of(response), response);
          } else {
            own.add(response);
          }
        }
        if (own.isEmpty() && shared.isEmpty()) {
          continue; // nothing declared, nothing to build: no class, and no file for a class of such
        }
        builders.add(carrier.framework());
        planned.add(new Planned(method.getValue(), carrier, own, shared));
      }
      if (planned.isEmpty()) {
        return new Generated(Optional.empty(), skipped);
      }

      // The shared bases, smallest first, each extending the largest base whose codes it also has:
      // ServiceErrors extends StandardErrors extends ClassLevel, each declaring only what it adds.
      Map<Set<SharedKey>, Map<SharedKey, DeclaredResponse>> sets = new LinkedHashMap<>();
      planned.stream().filter(p -> !p.shared().isEmpty()).forEach(p -> sets.putIfAbsent(p.shared().keySet(), p.shared()));
      List<Set<SharedKey>> bySize = new ArrayList<>(sets.keySet());
      bySize.sort(Comparator.comparingInt(Set::size));
      Map<Set<SharedKey>, String> bases = new LinkedHashMap<>();
      List<TypeSpec> baseSpecs = new ArrayList<>();
      for (Set<SharedKey> set : bySize) {
        Optional<Set<SharedKey>> parent =
            bases.keySet().stream()
                .filter(candidate -> set.containsAll(candidate))
                .max(Comparator.comparingInt(Set::size));
        List<DeclaredResponse> added =
            sets.get(set).entrySet().stream()
                .filter(e -> parent.map(p -> !p.contains(e.getKey())).orElse(true))
                .map(Map.Entry::getValue)
                .toList();
        String baseName = unique(baseName(added));
        bases.put(set, baseName);
        TypeSpec.Builder base =
            TypeSpec.classBuilder(baseName)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
                .addJavadoc("Responses declared $L: $L.\n", sources(added), codes(added));
        parent.ifPresent(p -> base.superclass(helper.nestedClass(bases.get(p))));
        for (DeclaredResponse response : added) {
          base.addMethod(factory(response, new Carrier(sharedFramework.orElseThrow(), Optional.empty()), true));
        }
        baseSpecs.add(base.build());
      }

      List<TypeSpec> nested = new ArrayList<>();
      for (Planned p : planned) {
        Endpoint first = p.endpoints().get(0);
        String name = unique(nestedName(first, overloads.get(first.methodName()) > 1));
        TypeSpec.Builder type =
            TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT, Modifier.STATIC)
                .addJavadoc(
                    "$L ({@code $L})$L\n",
                    p.endpoints().stream().map(e -> "{@code " + javadoc(e.describe()) + "}").collect(joining(" and ")),
                    javadoc(first.javaMethod()),
                    p.own().isEmpty() ? "." : ": " + codes(p.own()) + ".");
        if (!p.shared().isEmpty()) {
          type.superclass(helper.nestedClass(bases.get(p.shared().keySet())));
        }
        for (DeclaredResponse response : p.own()) {
          type.addMethod(factory(response, p.carrier(), false));
        }
        nested.add(type.build());
      }

      TypeSpec.Builder helpers =
          TypeSpec.classBuilder(helper)
              .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
              .addAnnotation(AnnotationSpec.builder(GENERATED).addMember("value", "$S", generator).build())
              .addJavadoc(
                  "Typed responses of {@link $T}: a class per endpoint method, with a factory per status code\n"
                      + "its contract declares, taking the declared body and headers. The classes are abstract:\n"
                      + "they only hold factories. Generated by status-contract; do not edit.\n",
                  resource)
              .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
      baseSpecs.forEach(helpers::addType);
      nested.forEach(helpers::addType);
      if (!clashingNames.isEmpty()) {
        helpers.alwaysQualify(clashingNames.toArray(String[]::new));
      }
      addSupport(helpers);
      return new Generated(
          Optional.of(JavaFile.builder(packageName, helpers.build()).indent("  ").build()),
          skipped);
    }

    /**
     * In the default package a class cannot be named by a qualified name, so a nested class of the
     * helper named like a class it refers to (an endpoint method {@code api()} of a class {@code
     * Api} whose body is {@code Api.Dto}) would hide it: those names are taken.
     */
    private void reserveDefaultPackageNames(List<Endpoint> endpoints) {
      takenNames.add(resource.topLevelClassName().simpleName());
      for (Endpoint endpoint : endpoints) {
        List<TypeRef> types = new ArrayList<>(endpoint.parameterTypes());
        types.add(endpoint.returnType());
        endpoint.declarations().forEach(declaration -> declaration.body().ifPresent(types::add));
        types.stream()
            .flatMap(TypeRef::parts)
            .filter(TypeRef.Named.class::isInstance)
            .map(TypeRef.Named.class::cast)
            .filter(named -> named.packageName().isEmpty())
            .forEach(named -> takenNames.add(named.simpleNames().get(0)));
      }
    }

    /** Notes the classes of the helper's package that {@code type} names under a clashing name. */
    private void noteClashes(TypeRef type) {
      type.parts()
          .filter(TypeRef.Named.class::isInstance)
          .map(TypeRef.Named.class::cast)
          .filter(named -> named.packageName().equals(packageName))
          .map(named -> named.simpleNames().get(0))
          .filter(OWN_TYPE_NAMES::contains)
          .forEach(clashingNames::add);
    }

    /** Whether the factory of {@code response} can name its body type; a skip is recorded when not. */
    private boolean nameable(Endpoint endpoint, DeclaredResponse response) {
      Optional<TypeRef> body = response.body();
      body.ifPresent(this::noteClashes);
      if (body.isPresent() && !body.get().isNameableFrom(packageName)) {
        skipped.add(
            new Skipped(
                endpoint,
                "no factory for " + response.status() + ": its body type " + body.get().toSimpleString() + " "
                    + unnameableBecause(body.get()) + ", and the helper class cannot name it"));
        return false;
      }
      return true;
    }

    /** Why {@code type} cannot be named from the helper's package: what part of it, and why. */
    private String unnameableBecause(TypeRef type) {
      return unnameablePart(type)
          .map(
              part -> {
                if (part instanceof TypeRef.Variable) {
                  return "names the type variable " + part + ", which only its generic method or class can name";
                }
                if (part instanceof TypeRef.Named named) {
                  String simple = String.join(".", named.simpleNames());
                  return switch (named.access()) {
                    case PRIVATE -> "names " + simple + ", which is private";
                    case FILE -> "names the auxiliary class " + simple + ", declared in another class's source file";
                    default -> "names " + simple + ", which is package-private in package " + named.packageName();
                  };
                }
                return "names " + part + ", which the helpers cannot name";
              })
          .orElse("cannot be named");
    }

    /** The first part of {@code type} that the helper's package cannot name, outermost first. */
    private Optional<TypeRef> unnameablePart(TypeRef type) {
      return type.parts()
          .filter(part -> part instanceof TypeRef.Named named
              ? !named.erasure().isNameableFrom(packageName)
              : (part instanceof TypeRef.Variable || part instanceof TypeRef.Unknown))
          .findFirst();
    }

    /** What the endpoint method returns its status in, if it can carry one. */
    private Optional<Carrier> carrier(Endpoint endpoint) {
      TypeRef returned = endpoint.returnType();
      boolean object = returned.name().equals("java.lang.Object");
      Framework.HelperCarrier kind = endpoint.framework().carrier();
      if (kind instanceof Framework.JaxRsResponse) {
        Carrier jaxRs = new Carrier(kind, Optional.empty());
        return object || returned.name().equals(jaxRs.responseClass().canonicalName())
            ? Optional.of(jaxRs)
            : Optional.empty();
      }
      if (object) {
        return Optional.of(new Carrier(kind, Optional.empty()));
      }
      if (!returned.name().equals(RESPONSE_ENTITY.canonicalName())) {
        return Optional.empty();
      }
      List<TypeRef> arguments = returned.typeArguments();
      boolean fixed = arguments.size() == 1 && !(arguments.get(0) instanceof TypeRef.Wildcard);
      if (!fixed) {
        return Optional.of(new Carrier(kind, Optional.empty()));
      }
      if (!returned.isNameableFrom(packageName)) {
        skipped.add(
            new Skipped(
                endpoint,
                "no helpers: its return type " + returned.toSimpleString() + " " + unnameableBecause(returned)
                    + ", and the helper class cannot name it"));
        return Optional.empty();
      }
      noteClashes(returned);
      return Optional.of(new Carrier(kind, Optional.of(TypeNames.of(returned)), returned.namesDeprecated()));
    }

    /** One factory: {@code public static Response created(User body, URI location)}. */
    private MethodSpec factory(DeclaredResponse response, Carrier carrier, boolean shared) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(factoryName(response.code())).addModifiers(Modifier.PUBLIC, Modifier.STATIC);
      Set<String> parameterNames = new HashSet<>();
      CodeBlock.Builder arguments = CodeBlock.builder().add("$L", response.code());
      Optional<TypeName> bodyType = response.body().map(TypeNames::of);
      if (bodyType.isPresent()) {
        method.addParameter(ParameterSpec.builder(bodyType.get(), "body").build());
        parameterNames.add("body");
        arguments.add(", $L(body, $L)", REQUIRE_BODY, response.code());
        requiresBody = true;
      } else {
        arguments.add(", null");
      }
      for (String header : response.headers()) {
        // A name that is not a field name is the invalid-header-name rule's to report.
        if (FieldNames.isValid(header)) {
          String name = parameterName(header, parameterNames);
          HeaderKind kind = HeaderKind.of(header);
          method.addParameter(kind.type, name);
          arguments.add(", $S, $L", kind.wireName(header), kind.conversion == null ? name : kind.conversion + "(" + name + ")");
          if (kind.conversion != null) {
            conversions.add(kind.conversion);
          }
          sendsLocation |= kind == HeaderKind.LOCATION;
        }
      }
      method.returns(returnType(response, carrier, shared, bodyType, method));
      if (response.body().map(TypeRef::namesDeprecated).orElse(false) || carrier.namesDeprecated()) {
        // The user's deprecated DTO: the warning belongs to the code that chose it, not here.
        method.addAnnotation(
            AnnotationSpec.builder(SuppressWarnings.class).addMember("value", "{$S, $S}", "deprecation", "removal").build());
      }
      method.addStatement("return $L($L)", carrier.isSpring() ? ENTITY : RESPONSE, arguments.build());
      return method.build();
    }

    private TypeName returnType(
        DeclaredResponse response, Carrier carrier, boolean shared, Optional<TypeName> body, MethodSpec.Builder method) {
      if (!carrier.isSpring()) {
        return carrier.responseClass();
      }
      if (carrier.fixedReturnType().isPresent()) {
        return carrier.fixedReturnType().get();
      }
      if (body.isPresent()) {
        return ParameterizedTypeName.get(RESPONSE_ENTITY, body.get().box());
      }
      if (shared) {
        // A code every endpoint shares fits whatever ResponseEntity<T> each returns.
        TypeVariableName t = TypeVariableName.get("T");
        method.addTypeVariable(t);
        return ParameterizedTypeName.get(RESPONSE_ENTITY, t);
      }
      return ParameterizedTypeName.get(RESPONSE_ENTITY, ClassName.get(Void.class));
    }

    /** The private builders and conversions that the factories call, each written once. */
    private void addSupport(TypeSpec.Builder helpers) {
      for (Framework.HelperCarrier framework : builders) {
        if (framework instanceof Framework.ResponseEntity) {
          TypeVariableName t = TypeVariableName.get("T");
          helpers.addMethod(
              builder(ENTITY, ParameterizedTypeName.get(RESPONSE_ENTITY, t), t)
                  .addTypeVariable(t)
                  .addStatement("$T.BodyBuilder entity = $T.status(status)", RESPONSE_ENTITY, RESPONSE_ENTITY)
                  .beginControlFlow("for (int i = 0; i < headers.length; i += 2)")
                  .addStatement("entity.header(headers[i], requireHeader(headers[i + 1], status, headers[i]))")
                  .endControlFlow()
                  .addStatement("return entity.body(body)")
                  .build());
        } else {
          ClassName response = new Carrier(framework, Optional.empty()).responseClass();
          MethodSpec.Builder builder =
              builder(RESPONSE, response, ClassName.OBJECT)
                  .addStatement("$T.ResponseBuilder response = $T.status(status).entity(body)", response, response)
                  .beginControlFlow("for (int i = 0; i < headers.length; i += 2)")
                  .addStatement("$T value = requireHeader(headers[i + 1], status, headers[i])", String.class);
          if (sendsLocation) {
            // location() makes a relative URI absolute against the base URI, as JAX-RS specifies.
            builder
                .beginControlFlow("if (headers[i].equals($S))", "Location")
                .addStatement("response.location($T.create(value))", URI.class)
                .nextControlFlow("else")
                .addStatement("response.header(headers[i], value)")
                .endControlFlow();
          } else {
            builder.addStatement("response.header(headers[i], value)");
          }
          helpers.addMethod(builder.endControlFlow().addStatement("return response.build()").build());
        }
      }
      helpers.addMethod(
          MethodSpec.methodBuilder("requireHeader")
              .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
              .returns(String.class)
              .addParameter(String.class, "value")
              .addParameter(int.class, "status")
              .addParameter(String.class, "name")
              .addStatement(
                  "return $T.requireNonNull(value, () -> \"the \" + status + \" response requires the \" + name + \" header\")",
                  Objects.class)
              .build());
      if (requiresBody) {
        TypeVariableName b = TypeVariableName.get("B");
        helpers.addMethod(
            MethodSpec.methodBuilder(REQUIRE_BODY)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addTypeVariable(b)
                .returns(b)
                .addParameter(b, "body")
                .addParameter(int.class, "status")
                .addStatement("return $T.requireNonNull(body, () -> \"the \" + status + \" response requires a body\")", Objects.class)
                .build());
      }
      for (String conversion : conversions) {
        helpers.addMethod(conversion(conversion));
        if (conversion.equals(HTTP_DATE_METHOD)) {
          helpers.addField(
              FieldSpec.builder(DateTimeFormatter.class, HTTP_DATE, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .addJavadoc("An IMF-fixdate, the HTTP-date format of RFC 9110 §5.6.7.\n")
                  .initializer(
                      "$T.ofPattern($S, $T.ROOT).withZone($T.UTC)",
                      DateTimeFormatter.class,
                      "EEE, dd MMM yyyy HH:mm:ss 'GMT'",
                      Locale.class,
                      ZoneOffset.class)
                  .build());
        }
      }
    }

    private static MethodSpec.Builder builder(String name, TypeName returns, TypeName body) {
      return MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(returns)
          .addParameter(int.class, "status")
          .addParameter(body, "body")
          .addParameter(String[].class, "headers")
          .varargs();
    }

    /** A header value's conversion to its wire form; each passes {@code null} on for requireHeader to report. */
    private static MethodSpec conversion(String name) {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(String.class);
      switch (name) {
        case URI_METHOD:
          return method
              .addParameter(URI.class, "uri")
              .addStatement("return uri == null ? null : uri.toASCIIString()")
              .build();
        case DELTA_SECONDS:
          return method
              .addJavadoc(
                  "A {@code Retry-After} value in delta-seconds (RFC 9110 §10.2.3), rounded up so that\n"
                      + "a client never comes back too early.\n")
              .addParameter(Duration.class, "delay")
              .beginControlFlow("if (delay == null)")
              .addStatement("return null")
              .endControlFlow()
              .beginControlFlow("if (delay.isNegative())")
              .addStatement("throw new $T($S + delay)", IllegalArgumentException.class, "Retry-After cannot be negative: ")
              .endControlFlow()
              .addStatement("long seconds = delay.toSeconds()")
              .addStatement(
                  "return $T.valueOf(delay.toNanosPart() == 0 || seconds == $T.MAX_VALUE ? seconds : seconds + 1)",
                  String.class,
                  Long.class)
              .build();
        case HTTP_DATE_METHOD:
          return method
              .addParameter(Instant.class, "instant")
              .addStatement("return instant == null ? null : $L.format(instant)", HTTP_DATE)
              .build();
        default:
          return method
              .addJavadoc("The methods of an {@code Allow} header, in alphabetical order.\n")
              .addParameter(ParameterizedTypeName.get(Set.class, String.class), "methods")
              .addStatement("return methods == null ? null : $T.join($S, new $T<>(methods))", String.class, ", ", TreeSet.class)
              .build();
      }
    }

    /**
     * {@code create} becomes {@code Create}; overloads add their parameter types' simple names
     * ({@code CreateUser}, {@code CreateList}, {@code CreateNoArgs}).
     */
    private static String nestedName(Endpoint endpoint, boolean overloaded) {
      String name = Names.pascalCase(endpoint.methodName());
      if (overloaded) {
        name +=
            endpoint.parameterTypes().isEmpty()
                ? "NoArgs"
                : endpoint.parameterTypes().stream().map(ResponseHelpers::simpleName).collect(joining());
      }
      return name;
    }

    /** A base's name, after where its codes are declared: {@code ClassLevel}, {@code StandardErrors}. */
    private static String baseName(Collection<DeclaredResponse> shared) {
      String composed =
          shared.stream()
              .filter(r -> r.level() == Level.COMPOSED)
              .map(r -> Names.pascalCase(Names.identifier(r.source())))
              .distinct()
              .collect(joining("And"));
      return composed.isEmpty() ? "ClassLevel" : composed;
    }

    /** The codes with what they mean, for a class's Javadoc: {@code 200 (The user), 404 (No such user)}. */
    private static String codes(List<DeclaredResponse> responses) {
      return responses.stream()
          .map(r -> r.code() + (r.description().isBlank() ? "" : " (" + javadoc(r.description().strip()) + ")"))
          .collect(joining(", "));
    }

    private static String sources(Collection<DeclaredResponse> shared) {
      return shared.stream()
          .map(r -> r.level() == Level.CLASS ? "on class {@code " + javadoc(r.source()) + "}" : "by {@code " + javadoc(r.source()) + "}")
          .distinct()
          .collect(joining(" and "));
    }

    /** {@code name}, bounded in length and made unique in the helper class. */
    private String unique(String wanted) {
      String name = Names.bounded(wanted, MAX_NAME_LENGTH);
      String candidate = name;
      for (int i = 2; !takenNames.add(candidate); i++) {
        candidate = Names.bounded(name, MAX_NAME_LENGTH - String.valueOf(i).length()) + i;
      }
      return candidate;
    }


    private static String parameterName(String header, Set<String> taken) {
      String wanted = Names.lowerCamel(header);
      if (RESERVED_PARAMETERS.contains(wanted)) {
        wanted += "Header";
      }
      String name = wanted;
      for (int i = 2; !taken.add(name); i++) {
        name = wanted + i;
      }
      return name;
    }
  }

  /** The Java types and conversions of the headers the helpers type. */
  private enum HeaderKind {
    LOCATION(ClassName.get(URI.class), URI_METHOD, "Location"),
    CONTENT_LOCATION(ClassName.get(URI.class), URI_METHOD, "Content-Location"),
    RETRY_AFTER(ClassName.get(Duration.class), DELTA_SECONDS, "Retry-After"),
    ALLOW_METHODS(ParameterizedTypeName.get(Set.class, String.class), ALLOW, "Allow"),
    LAST_MODIFIED(ClassName.get(Instant.class), HTTP_DATE_METHOD, "Last-Modified"),
    EXPIRES(ClassName.get(Instant.class), HTTP_DATE_METHOD, "Expires"),
    OTHER(ClassName.get(String.class), null, null);

    final TypeName type;
    final String conversion;
    final String canonicalName;

    HeaderKind(TypeName type, String conversion, String canonicalName) {
      this.type = type;
      this.conversion = conversion;
      this.canonicalName = canonicalName;
    }

    static HeaderKind of(String header) {
      for (HeaderKind kind : values()) {
        if (kind.canonicalName != null && kind.canonicalName.equalsIgnoreCase(header.trim())) {
          return kind;
        }
      }
      return OTHER;
    }

    String wireName(String written) {
      return canonicalName == null ? written : canonicalName;
    }
  }

  /** Identifies a Java method: its name and parameter types. */
  private static String javaKey(Endpoint endpoint) {
    return endpoint.methodName() + endpoint.parameterTypes();
  }

  /** A parameter type's part of an overload's name: {@code User}, {@code List}, {@code StringArray}. */
  private static String simpleName(TypeRef type) {
    if (type instanceof TypeRef.Array array) {
      return simpleName(array.component()) + "Array";
    }
    if (type instanceof TypeRef.Named named) {
      return Names.pascalCase(named.simpleNames().get(named.simpleNames().size() - 1));
    }
    return Names.pascalCase(Names.identifier(type.name()));
  }

  /** Text for Javadoc: HTML and comment syntax escaped. */
  static String javadoc(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\u", "&#92;u");
  }
}

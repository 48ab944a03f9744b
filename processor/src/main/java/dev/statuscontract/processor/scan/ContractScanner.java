package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.frameworks.Registry;
import dev.statuscontract.processor.frameworks.spring.SpringAdapter;
import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.lang.Unresolved;
import dev.statuscontract.processor.frameworks.FrameworkAdapter;
import dev.statuscontract.processor.frameworks.Mapping;
import dev.statuscontract.processor.frameworks.Request;

import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.DocText;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.Parameter;
import dev.statuscontract.processor.model.RequestBody;
import dev.statuscontract.processor.model.Source;
import dev.statuscontract.processor.scan.ContractSources.Raw;
import dev.statuscontract.processor.model.StrayDeclaration;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link Contract} of one class: finds its endpoints through the framework adapters and
 * assembles what each declares with {@code @Returns}, {@code @Creates} and composed annotations.
 * What is the same for every method of the class (its supertypes' methods, the class-level
 * declarations) is read once per class, and what a composed annotation declares once per
 * annotation type, so that the cost grows with the number of endpoints and no faster.
 */
public final class ContractScanner {

  static final String CREATES = "dev.statuscontract.Creates";

  private final Elements elements;
  private final Types types;
  private final TypeRefs typeRefs;
  private final Annotations annotations;
  private final ContractSources sources;
  private final List<FrameworkAdapter> adapters;
  /** What the exception mappers of the compilation declare, by the exception each maps. */
  private final Map<String, MapperDeclarations> mapperDeclarations = new HashMap<>();
  /** The qualified names of the supertypes of every concrete class seen: what some class implements. */
  private final Set<String> implemented = new HashSet<>();
  /** The {@code @Returns} written on each composed annotation type, read once per type. */
  private final Map<String, List<Raw>> composedReturns = new HashMap<>();

  public ContractScanner(Elements elements, Types types) {
    this(elements, types, type -> false, EnumSet.copyOf(Source.annotations()));
  }

  /**
   * A scanner for a compilation.
   *
   * @param auxiliary whether a top-level class is an auxiliary class (a second top-level class in
   *     another class's source file), which generated code must not name
   * @param sources the annotations to read declarations from
   */
  public ContractScanner(
      Elements elements, Types types, Predicate<TypeElement> auxiliary, Set<Source> sources) {
    this.elements = elements;
    this.types = types;
    this.typeRefs = new TypeRefs(elements, auxiliary);
    this.annotations = new Annotations(elements);
    this.sources = new ContractSources(annotations, sources);
    this.adapters = Registry.adapters(annotations);
  }

  /**
   * Notes the classes of a round, so that an interface implemented by one of them is known to be
   * served by its implementation and not by itself. Call it with each round's classes before
   * scanning them.
   */
  public void register(Iterable<TypeElement> roundTypes) {
    for (TypeElement type : roundTypes) {
      if (isConcrete(type)) {
        registerMapper(type);
        try {
          supertypes(type).forEach(s -> implemented.add(s.getQualifiedName().toString()));
        } catch (Unresolved e) {
          // Its supertypes are not known yet: the processor registers it again next round.
        }
      }
    }
  }

  /**
   * The endpoints of {@code type} and the stray declarations of the methods it declares; empty
   * when something they are read from refers to a type javac has not resolved yet (a missing import,
   * or a class another processor generates in a later round), so that the class is looked at again
   * in the next round and a half-known contract never yields a finding.
   *
   * <p>A concrete class has the endpoints that it declares and that it inherits, under the paths the
   * framework serves them at. An interface has endpoints of its own only where it is a resource
   * (JAX-RS {@code @Path}) that no class of the compilation implements; an abstract class, a client
   * interface and a base interface without a path never do: their mappings and contracts apply to
   * the classes that implement them.
   */
  public Optional<Contract> scan(TypeElement type) {
    try {
      return Optional.of(new ClassScan(type, serves(type)).contract());
    } catch (Unresolved e) {
      return Optional.empty();
    }
  }

  /**
   * What an exception mapper's {@code toResponse} declares for the exception it maps, as SmallRye
   * OpenAPI reads it: a response of every endpoint that declares it throws that exception.
   */
  private void registerMapper(TypeElement type) {
    for (FrameworkAdapter adapter : adapters) {
      Optional<FrameworkAdapter.ExceptionMapper> mapper = adapter.exceptionMapper(type, types);
      if (mapper.isPresent()) {
        try {
          List<Raw> declared =
              sources.on(mapper.get().handler()).stream().filter(raw -> raw.source() != Source.RETURNS).toList();
          if (!declared.isEmpty()) {
            mapperDeclarations.put(
                mapper.get().exception().getQualifiedName().toString(),
                new MapperDeclarations(type.getSimpleName().toString(), declared));
          }
        } catch (Unresolved e) {
          // Read again when the processor registers the class next round.
        }
        return;
      }
    }
  }

  /** What an exception mapper declares. */
  private record MapperDeclarations(String mapper, List<Raw> declarations) {}

  private boolean serves(TypeElement type) {
    if (adapters.stream().anyMatch(adapter -> adapter.isClient(type))) {
      return false;
    }
    if (isConcrete(type)) {
      return true;
    }
    return type.getKind() == ElementKind.INTERFACE
        && adapters.stream().anyMatch(adapter -> adapter.isResourceInterface(type))
        && !implemented.contains(type.getQualifiedName().toString());
  }

  private static boolean isConcrete(TypeElement type) {
    ElementKind kind = type.getKind();
    return (kind == ElementKind.CLASS || kind == ElementKind.ENUM || kind.name().equals("RECORD"))
        && !type.getModifiers().contains(Modifier.ABSTRACT);
  }

  /** The mappings of a method, and the adapter of the framework that maps it. */
  private record Mapped(FrameworkAdapter adapter, List<Mapping> mappings) {}

  /** An endpoint's Javadoc, parameters and request body. */
  private record Documented(Javadoc javadoc, List<Parameter> parameters, Optional<RequestBody> body) {}

  /** What the method's return type says of the bodies it can return. */
  private record BodyTyping(Optional<TypeMirror> returned, Optional<TypeMirror> carried) {}

  /** A class-level or composed declaration: where it attaches, and what it declares. */
  private record Shared(Level level, String source, Optional<Origin> site, Raw raw) {}

  /** The scan of one class: what is read once for the class is kept here. */
  /**
   * The body type of the responses a Spring {@code @ExceptionHandler} method answers with, as its
   * return type names it: {@code Problem} for {@code ResponseEntity<Problem>} or {@code Problem};
   * empty for {@code void}, {@code ResponseEntity<?>}, {@code Object} and {@code Void}, and for any
   * method that is not such a handler (a JAX-RS mapper's {@code toResponse} names no body type).
   */
  public Optional<TypeRef> handlerBody(ExecutableElement handler) {
    TypeMirror returned = handler.getReturnType();
    if (returned.getKind() == TypeKind.VOID || !Annotations.has(handler, EXCEPTION_HANDLER)) {
      return Optional.empty();
    }
    return adapters.stream()
        .filter(SpringAdapter.class::isInstance)
        .findFirst()
        .flatMap(spring -> spring.returnedBody(returned))
        .map(typeRefs::of)
        .filter(type -> !type.name().equals("java.lang.Object") && !type.name().equals("java.lang.Void"));
  }

  /** The model's type of {@code type}. */
  public TypeRef typeRef(TypeMirror type) {
    return typeRefs.of(type);
  }

  /** The {@code @ExceptionHandler} methods that {@code type} declares. */
  public static List<ExecutableElement> exceptionHandlers(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> Annotations.has(method, EXCEPTION_HANDLER))
        .toList();
  }

  private static final String EXCEPTION_HANDLER = "org.springframework.web.bind.annotation.ExceptionHandler";

  private final class ClassScan {
    private final TypeElement type;
    private final DeclaredType asType;
    /** Whether the class's endpoints are mapped here: a concrete class, or a resource interface. */
    private final boolean serves;
    /** The supertypes, nearest first, without {@code Object}. */
    private final List<TypeElement> supertypes;
    /** The methods of the supertypes, by name, nearest supertype first. */
    private final Map<String, List<ExecutableElement>> inheritedByName = new HashMap<>();
    /** The declarations of the class and the classes it is nested in, innermost first. */
    private final List<Shared> classLevel = new ArrayList<>();
    /** The class-level declarations of each supertype that declares an inherited mapping. */
    private final Map<TypeElement, List<Shared>> supertypeLevel = new HashMap<>();

    ClassScan(TypeElement type, boolean serves) {
      this.type = type;
      this.asType = (DeclaredType) type.asType();
      this.serves = serves;
      if (erroneous(type.getSuperclass())
          || type.getInterfaces().stream().anyMatch(ContractScanner::erroneous)) {
        throw Unresolved.INSTANCE;
      }
      this.supertypes = supertypes(type);
      for (TypeElement supertype : supertypes) {
        for (ExecutableElement method : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
          inheritedByName.computeIfAbsent(method.getSimpleName().toString(), n -> new ArrayList<>()).add(method);
        }
      }
      for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
        addShared(t, Level.CLASS, t.getSimpleName().toString(), classLevel);
      }
    }

    Contract contract() {
      List<Endpoint> endpoints = new ArrayList<>();
      List<StrayDeclaration> strays = new ArrayList<>();
      for (ExecutableElement method : members()) {
        boolean declaredHere = method.getEnclosingElement().equals(type);
        checkResolved(method);
        List<ExecutableElement> overridden = overriddenMethods(method);
        Optional<Mapped> mapped = Optional.empty();
        ExecutableElement mappedMethod = method;
        if (serves && !method.getModifiers().contains(Modifier.STATIC)) {
          List<ExecutableElement> chain = new ArrayList<>(List.of(method));
          chain.addAll(overridden);
          for (int i = 0; mapped.isEmpty() && i < chain.size(); i++) {
            mappedMethod = chain.get(i);
            checkResolved(mappedMethod);
            mapped = mapped(mappedMethod);
          }
        }
        if (mapped.isEmpty()) {
          if (declaredHere && (serves || !mapsAnywhere(method, overridden))) {
            strays.addAll(strays(type, method));
          }
          continue;
        }
        ExecutableType memberType = (ExecutableType) types.asMemberOf(asType, method);
        FrameworkAdapter adapter = mapped.get().adapter();
        TypeMirror returned = memberType.getReturnType();
        BodyTyping typing = new BodyTyping(adapter.returnedBody(returned), adapter.carriedBody(returned));
        List<DeclaredResponse> declarations = declarations(method, overridden, typing);
        Optional<Origin> creates = creates(method, overridden);
        List<TypeRef> parameterTypes = memberType.getParameterTypes().stream().map(typeRefs::of).toList();
        TypeRef returnType = typeRefs.of(returned);
        List<ExecutableElement> chain = new ArrayList<>(List.of(method));
        chain.addAll(overridden);
        Documented documented =
            documented(
                chain,
                adapter.request(type, supertypes, mappedMethod, chain, memberType.getParameterTypes(), types));
        for (Mapping mapping : mapped.get().mappings()) {
          endpoints.add(
              new Endpoint(
                  mapping.method(),
                  mapping.path(),
                  mapping.framework(),
                  type.getQualifiedName().toString(),
                  method.getSimpleName().toString(),
                  parameterTypes,
                  returnType,
                  creates,
                  mapping.produces(),
                  declarations,
                  documented.javadoc().summary(),
                  documented.javadoc().description(),
                  documented.parameters(),
                  documented.body(),
                  Origin.of(method)));
        }
      }
      return new Contract(endpoints, strays);
    }

    /**
     * The request and the Javadoc of an endpoint whose method and overridden methods are {@code
     * chain}: the Javadoc of the nearest method that has a main description, and each parameter's
     * description from the {@code @param} of the nearest method that has one for it.
     */
    private Documented documented(List<ExecutableElement> chain, Request request) {
      List<Javadoc> javadocs = new ArrayList<>(chain.size());
      for (ExecutableElement m : chain) {
        javadocs.add(Javadoc.parse(elements.getDocComment(m)));
      }
      Javadoc javadoc = javadocs.stream().filter(Javadoc::hasDescription).findFirst().orElse(Javadoc.NONE);
      List<Parameter> parameters = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (Request.Param p : request.parameters()) {
        if (seen.add(p.location() + " " + p.name())) {
          parameters.add(
              new Parameter(
                  p.name(),
                  p.location(),
                  typeRefs.of(p.type()),
                  p.required(),
                  p.defaultValue(),
                  description(p.doc(), chain, javadocs),
                  p.deprecated()));
        }
      }
      Optional<RequestBody> body =
          request.body()
              .map(
                  b ->
                      new RequestBody(
                          typeRefs.of(b.type()),
                          b.required(),
                          b.mediaTypes(),
                          description(new Request.MethodParameter(b.index()), chain, javadocs)));
      return new Documented(javadoc, parameters, body);
    }

    private DocText description(Request.Doc doc, List<ExecutableElement> chain, List<Javadoc> javadocs) {
      if (doc instanceof Request.MethodParameter p) {
        for (int i = 0; i < chain.size(); i++) {
          List<? extends VariableElement> parameters = chain.get(i).getParameters();
          if (p.index() < parameters.size()) {
            DocText text = javadocs.get(i).params().get(parameters.get(p.index()).getSimpleName().toString());
            if (text != null) {
              return text;
            }
          }
        }
        return DocText.EMPTY;
      }
      if (doc instanceof Request.Member m) {
        return Javadoc.parse(elements.getDocComment(m.element())).main();
      }
      Request.MemberParameter m = (Request.MemberParameter) doc;
      Javadoc javadoc = Javadoc.parse(elements.getDocComment(m.executable()));
      DocText text = javadoc.params().get(m.parameter().getSimpleName().toString());
      if (text != null) {
        return text;
      }
      // A setter's Javadoc describes what it sets; a constructor's describes the bean.
      return m.executable().getKind() == ElementKind.METHOD ? javadoc.main() : DocText.EMPTY;
    }

    /**
     * The methods of the class: its own in source order; where it serves endpoints, also those it
     * inherits and does not override, supertype by supertype, as the framework serves a default
     * method of an interface or a method of an abstract base class.
     */
    private List<ExecutableElement> members() {
      List<ExecutableElement> members = new ArrayList<>(ElementFilter.methodsIn(type.getEnclosedElements()));
      if (!serves) {
        return members;
      }
      Map<String, List<ExecutableElement>> byName = new HashMap<>();
      members.forEach(m -> byName.computeIfAbsent(m.getSimpleName().toString(), n -> new ArrayList<>()).add(m));
      for (TypeElement supertype : supertypes) {
        for (ExecutableElement inherited : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
          Set<Modifier> modifiers = inherited.getModifiers();
          if (modifiers.contains(Modifier.STATIC) || modifiers.contains(Modifier.PRIVATE)) {
            continue;
          }
          List<ExecutableElement> sameName =
              byName.computeIfAbsent(inherited.getSimpleName().toString(), n -> new ArrayList<>());
          if (sameName.stream().noneMatch(known -> hides(known, inherited))) {
            sameName.add(inherited);
            members.add(inherited);
          }
        }
      }
      return members;
    }

    /** Whether {@code known}, already a member, overrides {@code inherited} or has its signature. */
    private boolean hides(ExecutableElement known, ExecutableElement inherited) {
      return elements.overrides(known, inherited, type)
          || types.isSubsignature(
              (ExecutableType) types.asMemberOf(asType, known), (ExecutableType) types.asMemberOf(asType, inherited));
    }

    private Optional<Mapped> mapped(ExecutableElement method) {
      for (FrameworkAdapter adapter : adapters) {
        List<Mapping> mappings = adapter.mappings(type, supertypes, method);
        if (!mappings.isEmpty()) {
          return Optional.of(new Mapped(adapter, mappings));
        }
      }
      return Optional.empty();
    }

    /**
     * The declarations of the exception mappers of the exceptions {@code method} declares it throws:
     * of the nearest superclass of each that has a mapper.
     */
    private List<Shared> throughMappers(ExecutableElement method, List<ExecutableElement> levels) {
      if (mapperDeclarations.isEmpty()) {
        return List.of();
      }
      List<Shared> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      List<TypeMirror> thrownTypes = new ArrayList<>();
      levels.forEach(level -> thrownTypes.addAll(level.getThrownTypes()));
      for (TypeMirror thrown : thrownTypes) {
        if (!seen.add(thrown.toString())) {
          continue;
        }
        for (TypeMirror t = thrown; t instanceof DeclaredType declared; ) {
          TypeElement exception = (TypeElement) declared.asElement();
          MapperDeclarations mapper = mapperDeclarations.get(exception.getQualifiedName().toString());
          if (mapper != null) {
            for (Raw raw : mapper.declarations()) {
              out.add(new Shared(Level.COMPOSED, mapper.mapper(), Optional.of(Origin.of(method)), raw));
            }
            break;
          }
          t = exception.getSuperclass();
        }
      }
      return out;
    }

    /** Whether a framework maps {@code method}, or a method it overrides, for some class. */
    private boolean mapsAnywhere(ExecutableElement method, List<ExecutableElement> overridden) {
      List<ExecutableElement> chain = new ArrayList<>(List.of(method));
      chain.addAll(overridden);
      return chain.stream().anyMatch(m -> adapters.stream().anyMatch(adapter -> adapter.maps(m)));
    }

    /**
     * Every declaration that applies to the method, the most specific first: the method's own,
     * then its composed annotations', then those of the methods it overrides, then the class's.
     */
    private List<DeclaredResponse> declarations(
        ExecutableElement method, List<ExecutableElement> overridden, BodyTyping typing) {
      List<DeclaredResponse> declarations = new ArrayList<>();
      List<ExecutableElement> levels = new ArrayList<>(List.of(method));
      levels.addAll(overridden);
      for (ExecutableElement level : levels) {
        for (Raw raw : sources.on(level)) {
          // Swagger 2's implicit success, which @ApiOperation declares by itself, is documented and
          // checked as the tool documents it, but never judged as a declaration the team wrote.
          declarations.add(
              raw.implicit()
                  ? response(raw, Level.COMPOSED, DeclaredResponse.OPERATION_DEFAULT, Optional.empty(), typing)
                  : response(raw, Level.METHOD, "", Optional.empty(), typing));
        }
        List<Shared> composed = new ArrayList<>();
        addComposedOn(level, composed);
        for (Shared s : composed) {
          declarations.add(response(s.raw(), s.level(), s.source(), s.site(), typing));
        }
      }
      for (Shared s : throughMappers(method, levels)) {
        declarations.add(response(s.raw(), s.level(), s.source(), s.site(), typing));
      }
      for (Shared s : classLevel) {
        declarations.add(response(s.raw(), s.level(), s.source(), s.site(), typing));
      }
      // Class-level declarations of the interfaces and base classes that declare the method.
      for (ExecutableElement level : levels) {
        if (level.getEnclosingElement() instanceof TypeElement declaring && !declaring.equals(type)) {
          List<Shared> shared =
              supertypeLevel.computeIfAbsent(
                  declaring,
                  d -> {
                    List<Shared> out = new ArrayList<>();
                    addShared(d, Level.CLASS, d.getSimpleName().toString(), out);
                    return out;
                  });
          for (Shared s : shared) {
            declarations.add(response(s.raw(), s.level(), s.source(), s.site(), typing));
          }
        }
      }
      return declarations;
    }

    /** The methods of the supertypes that {@code method} overrides, nearest first. */
    private List<ExecutableElement> overriddenMethods(ExecutableElement method) {
      List<ExecutableElement> candidates = inheritedByName.getOrDefault(method.getSimpleName().toString(), List.of());
      if (candidates.isEmpty() || method.getModifiers().contains(Modifier.STATIC)) {
        return List.of();
      }
      // An inherited member overrides only what lies above its own class.
      Element owner = method.getEnclosingElement();
      List<ExecutableElement> overridden = new ArrayList<>();
      for (ExecutableElement candidate : candidates) {
        if (!candidate.getEnclosingElement().equals(owner) && elements.overrides(method, candidate, type)) {
          overridden.add(candidate);
        }
      }
      return overridden;
    }
  }

  /** The supertypes of {@code type}, nearest first, each once, without {@code Object}. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> supertypes = new ArrayList<>();
    List<TypeMirror> queue = new ArrayList<>(types.directSupertypes(type.asType()));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < queue.size(); i++) {
      TypeMirror supertype = queue.get(i);
      if (erroneous(supertype)) {
        throw Unresolved.INSTANCE;
      }
      if (supertype instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement superElement
          && !superElement.getQualifiedName().contentEquals("java.lang.Object")
          && seen.add(superElement.getQualifiedName().toString())) {
        supertypes.add(superElement);
        queue.addAll(types.directSupertypes(supertype));
      }
    }
    return supertypes;
  }

  /** Leaves the class for a later round when a method's annotations or signature are unresolved. */
  private static void checkResolved(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (Annotations.isUnresolved(annotation)) {
        throw Unresolved.INSTANCE;
      }
    }
    if (erroneous(method.getReturnType())
        || method.getParameters().stream().anyMatch(p -> erroneous(p.asType()))) {
      throw Unresolved.INSTANCE;
    }
  }

  /** The class-level declarations of {@code type}: its {@code @Returns}, then its composed annotations'. */
  private void addShared(TypeElement type, Level level, String source, List<Shared> out) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (Annotations.isUnresolved(annotation)) {
        throw Unresolved.INSTANCE;
      }
    }
    for (Raw raw : sources.on(type)) {
      out.add(new Shared(level, source, Optional.empty(), raw));
    }
    addComposedOn(type, out);
  }

  /** The declarations of the composed annotations used on {@code element}. */
  private void addComposedOn(Element element, List<Shared> out) {
    for (AnnotationMirror used : element.getAnnotationMirrors()) {
      if (!isContractAnnotation(used)) {
        Origin site = Origin.of(element, used);
        String source = "@" + used.getAnnotationType().asElement().getSimpleName();
        addComposed(used, site, source, new HashSet<>(), out);
      }
    }
  }

  /** The {@code @Returns} that {@code used}'s type carries, and those of its own annotations. */
  private void addComposed(AnnotationMirror used, Origin site, String source, Set<String> seen, List<Shared> out) {
    String name = Annotations.nameOf(used);
    if (!seen.add(name)) {
      return;
    }
    List<? extends AnnotationMirror> metaAnnotations = annotations.metaAnnotations(used);
    if (metaAnnotations.isEmpty()) {
      return;
    }
    List<Raw> direct = composedReturns.get(name);
    if (direct == null) {
      direct = sources.on(used.getAnnotationType().asElement());
      composedReturns.put(name, direct);
    }
    for (Raw raw : direct) {
      out.add(new Shared(Level.COMPOSED, source, Optional.of(site), raw));
    }
    // A meta-annotation missing from the class path (Spring's @Indexed without spring-context) is
    // passed over: it declares no contract, and no later round will bring it.
    for (AnnotationMirror meta : metaAnnotations) {
      if (!isContractAnnotation(meta)) {
        addComposed(meta, site, source, seen, out);
      }
    }
  }

  private DeclaredResponse response(
      Raw raw, Level level, String source, Optional<Origin> site, BodyTyping typing) {
    Optional<TypeRef> body;
    boolean carried;
    if (raw.bodyFromReturn()) {
      // @ResponseStatus: the body is what the method returns.
      body = typing.returned().filter(returned -> !hasTypeVariable(returned)).map(typeRefs::of);
      carried = true;
    } else if (raw.bodyIsArray()) {
      // An array schema of X: the method's own array or collection of X, else a List<X>.
      TypeMirror element = raw.body().orElseThrow();
      body =
          Optional.of(
              typing.returned()
                  .filter(returned -> !hasTypeVariable(returned) && holds(returned, element))
                  .map(typeRefs::of)
                  .orElseGet(() -> listOf(typeRefs.of(element))));
      carried = true;
    } else {
      // body = List.class on a method returning List<User>: the body is a List<User>.
      body =
          raw.body()
              .map(
                  b ->
                      typing.returned()
                          // List<T> of a generic method documents and helps no one: keep List<?>.
                          .filter(returned -> !hasTypeVariable(returned))
                          .filter(returned -> types.isSameType(types.erasure(returned), types.erasure(b)))
                          .map(typeRefs::of)
                          .orElseGet(() -> typeRefs.of(b)));
      carried =
          raw.body().isEmpty()
              || typing.carried()
                  .map(c -> types.isAssignable(types.erasure(raw.body().get()), types.erasure(c)))
                  .orElse(true);
    }
    Origin declaration = raw.declaration();
    return new DeclaredResponse(
        raw.code(),
        raw.written(),
        raw.source(),
        raw.description(),
        raw.headers(),
        body,
        level,
        source,
        site.map(declaration::orElse).orElse(declaration),
        site.orElse(declaration),
        carried);
  }

  /** Whether {@code container} is an array or a collection of {@code element}. */
  private boolean holds(TypeMirror container, TypeMirror element) {
    if (container instanceof ArrayType array) {
      return types.isSameType(types.erasure(array.getComponentType()), types.erasure(element));
    }
    TypeElement collection = elements.getTypeElement("java.util.Collection");
    return collection != null
        && container instanceof DeclaredType declared
        && declared.getTypeArguments().size() == 1
        && types.isAssignable(types.erasure(container), types.erasure(collection.asType()))
        && types.isSameType(types.erasure(declared.getTypeArguments().get(0)), types.erasure(element));
  }

  private static TypeRef listOf(TypeRef element) {
    return new TypeRef.Named("java.util", List.of("List"), List.of(element), TypeRef.Access.PUBLIC, false);
  }

  private Optional<Origin> creates(ExecutableElement method, List<ExecutableElement> overridden) {
    List<ExecutableElement> candidates = new ArrayList<>(List.of(method));
    candidates.addAll(overridden);
    return candidates.stream()
        .flatMap(m -> Annotations.find(m, CREATES).map(a -> Origin.of(m, a)).stream())
        .findFirst();
  }

  private List<StrayDeclaration> strays(TypeElement type, ExecutableElement method) {
    List<StrayDeclaration> strays = new ArrayList<>();
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (name.equals(ContractSources.RETURNS) || name.equals(CREATES)) {
        String written = "@" + annotation.getAnnotationType().asElement().getSimpleName();
        strays.add(
            new StrayDeclaration(
                written, javaMethod(type, method), advice(type, method, written), Origin.of(method, annotation)));
      } else if (name.equals(ContractSources.RETURNS_LIST)) {
        strays.add(
            new StrayDeclaration(
                "@Returns",
                javaMethod(type, method),
                advice(type, method, "@Returns"),
                Origin.repeated(method, annotation, 0)));
      }
    }
    return strays;
  }

  private String javaMethod(TypeElement type, ExecutableElement method) {
    return type.getSimpleName()
        + "."
        + method.getSimpleName()
        + method.getParameters().stream()
            .map(p -> typeRefs.of(p.asType()).toSimpleString())
            .collect(Collectors.joining(", ", "(", ")"));
  }

  private String advice(TypeElement type, ExecutableElement method, String annotation) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return "it is static, and frameworks map only instance methods; make it an instance method";
    }
    return adapters.stream()
        .flatMap(adapter -> adapter.adviceForNonEndpoint(type, method).stream())
        .findFirst()
        .orElse("add the mapping annotation (@GET, @PostMapping, ...) or remove " + annotation);
  }

  /** Whether {@code type} is, or contains, a type javac could not resolve. */
  static boolean erroneous(TypeMirror type) {
    return anyPart(type, part -> part.getKind() == TypeKind.ERROR);
  }

  private static boolean hasTypeVariable(TypeMirror type) {
    return anyPart(type, part -> part.getKind() == TypeKind.TYPEVAR);
  }

  /** Whether {@code type} or a type written inside it (argument, component, bound) is {@code wanted}. */
  private static boolean anyPart(TypeMirror type, Predicate<TypeMirror> wanted) {
    if (wanted.test(type)) {
      return true;
    }
    return switch (type.getKind()) {
      case DECLARED -> ((DeclaredType) type).getTypeArguments().stream().anyMatch(a -> anyPart(a, wanted));
      case ARRAY -> anyPart(((ArrayType) type).getComponentType(), wanted);
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        yield (wildcard.getExtendsBound() != null && anyPart(wildcard.getExtendsBound(), wanted))
            || (wildcard.getSuperBound() != null && anyPart(wildcard.getSuperBound(), wanted));
      }
      default -> false;
    };
  }

  private static boolean isContractAnnotation(AnnotationMirror annotation) {
    return ContractSources.declares(annotation) || Annotations.nameOf(annotation).equals(CREATES);
  }
}

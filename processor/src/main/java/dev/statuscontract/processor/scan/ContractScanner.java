package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.Contract;
import dev.statuscontract.processor.model.DeclaredResponse;
import dev.statuscontract.processor.model.Endpoint;
import dev.statuscontract.processor.model.Level;
import dev.statuscontract.processor.model.Origin;
import dev.statuscontract.processor.model.StrayDeclaration;
import dev.statuscontract.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link Contract} of one class: finds its endpoints through the framework adapters and
 * assembles what each declares with {@code @Returns}, {@code @Creates} and composed annotations.
 */
public final class ContractScanner {

  static final String RETURNS = "dev.statuscontract.Returns";
  static final String RETURNS_LIST = RETURNS + ".List";
  static final String CREATES = "dev.statuscontract.Creates";

  private final Elements elements;
  private final Types types;
  private final Annotations annotations;
  private final List<FrameworkAdapter> adapters;

  public ContractScanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
    this.adapters =
        List.of(
            JaxRsAdapter.jakarta(annotations),
            JaxRsAdapter.javax(annotations),
            new SpringAdapter(annotations));
  }

  /** The endpoints and stray declarations of the methods that {@code type} itself declares. */
  public Contract scan(TypeElement type) {
    List<Endpoint> endpoints = new ArrayList<>();
    List<StrayDeclaration> strays = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      List<ExecutableElement> overridden = overriddenMethods(type, method);
      Optional<Mapped> mapped = mapped(type, type, method);
      for (int i = 0; mapped.isEmpty() && i < overridden.size(); i++) {
        ExecutableElement inherited = overridden.get(i);
        mapped = mapped(type, (TypeElement) inherited.getEnclosingElement(), inherited);
      }
      if (mapped.isEmpty()) {
        strays.addAll(strays(type, method));
        continue;
      }
      List<Mapping> mappings = mapped.get().mappings();
      BodyTyping typing =
          new BodyTyping(mapped.get().adapter().returnedBody(method), mapped.get().adapter().carriedBody(method));
      List<DeclaredResponse> declarations = declarations(type, method, overridden, typing);
      Optional<Origin> creates = creates(method, overridden);
      for (Mapping mapping : mappings) {
        endpoints.add(
            new Endpoint(
                mapping.method(),
                mapping.path(),
                mapping.framework(),
                type.getQualifiedName().toString(),
                method.getSimpleName().toString(),
                method.getParameters().stream().map(p -> TypeRefs.of(p.asType())).toList(),
                TypeRefs.of(method.getReturnType()),
                creates,
                mapping.produces(),
                declarations,
                Origin.of(method)));
      }
    }
    return new Contract(endpoints, strays);
  }

  /** The mappings of a method, and the adapter of the framework that maps it. */
  private record Mapped(FrameworkAdapter adapter, List<Mapping> mappings) {}

  /** What the method's return type says of the bodies it can return. */
  private record BodyTyping(Optional<TypeMirror> returned, Optional<TypeMirror> carried) {}

  private Optional<Mapped> mapped(
      TypeElement type, TypeElement declaringType, ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return Optional.empty();
    }
    for (FrameworkAdapter adapter : adapters) {
      List<Mapping> mappings = adapter.mappings(type, declaringType, method);
      if (!mappings.isEmpty()) {
        return Optional.of(new Mapped(adapter, mappings));
      }
    }
    return Optional.empty();
  }

  /** Every declaration that applies to the method, the most specific first. */
  private List<DeclaredResponse> declarations(
      TypeElement type,
      ExecutableElement method,
      List<ExecutableElement> overridden,
      BodyTyping typing) {
    List<DeclaredResponse> declarations = new ArrayList<>();
    addDeclaredOn(method, Level.METHOD, "", typing, declarations);
    for (ExecutableElement inherited : overridden) {
      addDeclaredOn(inherited, Level.METHOD, "", typing, declarations);
    }
    for (Element e = type; e instanceof TypeElement t; e = t.getEnclosingElement()) {
      addDeclaredOn(t, Level.CLASS, t.getSimpleName().toString(), typing, declarations);
    }
    return declarations;
  }

  /** The direct {@code @Returns} on {@code element}, then those of its composed annotations. */
  private void addDeclaredOn(
      Element element, Level level, String source, BodyTyping typing, List<DeclaredResponse> out) {
    addReturns(element, level, source, Optional.empty(), typing, out);
    for (AnnotationMirror used : element.getAnnotationMirrors()) {
      if (isContractAnnotation(used)) {
        continue;
      }
      Origin site = Origin.of(element, used);
      String composedSource = "@" + used.getAnnotationType().asElement().getSimpleName();
      addComposed(used, site, composedSource, new HashSet<>(), typing, out);
    }
  }

  /** The {@code @Returns} that {@code used}'s type carries, and those of its own annotations. */
  private void addComposed(
      AnnotationMirror used,
      Origin site,
      String source,
      Set<String> seen,
      BodyTyping typing,
      List<DeclaredResponse> out) {
    TypeElement annotationType = (TypeElement) used.getAnnotationType().asElement();
    String name = annotationType.getQualifiedName().toString();
    if (name.startsWith("java.") || !seen.add(name)) {
      return;
    }
    addReturns(annotationType, Level.COMPOSED, source, Optional.of(site), typing, out);
    for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
      if (!isContractAnnotation(meta)) {
        addComposed(meta, site, source, seen, typing, out);
      }
    }
  }

  private void addReturns(
      Element element,
      Level level,
      String source,
      Optional<Origin> site,
      BodyTyping typing,
      List<DeclaredResponse> out) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (name.equals(RETURNS)) {
        out.add(response(annotation, level, source, Origin.of(element, annotation), site, typing));
      } else if (name.equals(RETURNS_LIST)) {
        List<AnnotationValue> repeated =
            annotations.value(annotation, "value").map(Annotations::asList).orElse(List.of());
        for (int i = 0; i < repeated.size(); i++) {
          AnnotationMirror returns = (AnnotationMirror) repeated.get(i).getValue();
          out.add(
              response(returns, level, source, Origin.repeated(element, annotation, i), site, typing));
        }
      }
    }
  }

  private DeclaredResponse response(
      AnnotationMirror returns,
      Level level,
      String source,
      Origin declaration,
      Optional<Origin> site,
      BodyTyping typing) {
    int code = (Integer) annotations.value(returns, "value").orElseThrow().getValue();
    String description = annotations.firstString(returns, "description").orElse("");
    List<String> headers = annotations.strings(returns, "headers");
    Optional<TypeMirror> bodyClass =
        annotations
            .value(returns, "body")
            .map(value -> (TypeMirror) value.getValue())
            .filter(type -> type.getKind() != TypeKind.VOID);
    // body = List.class on a method returning List<User>: the body is a List<User>.
    Optional<TypeRef> body =
        bodyClass.map(
            b ->
                typing.returned()
                    .filter(returned -> types.isSameType(types.erasure(returned), types.erasure(b)))
                    .map(TypeRefs::of)
                    .orElseGet(() -> TypeRefs.of(b)));
    boolean carried =
        bodyClass.isEmpty()
            || typing.carried()
                .map(c -> types.isAssignable(types.erasure(bodyClass.get()), types.erasure(c)))
                .orElse(true);
    return new DeclaredResponse(
        code,
        description,
        headers,
        body,
        level,
        source,
        site.map(declaration::orElse).orElse(declaration),
        site.orElse(declaration),
        carried);
  }

  private Optional<Origin> creates(ExecutableElement method, List<ExecutableElement> overridden) {
    List<ExecutableElement> candidates = new ArrayList<>(List.of(method));
    candidates.addAll(overridden);
    return candidates.stream()
        .flatMap(m -> Annotations.find(m, CREATES).map(a -> Origin.of(m, a)).stream())
        .findFirst();
  }

  private List<StrayDeclaration> strays(TypeElement type, ExecutableElement method) {
    String javaMethod =
        type.getSimpleName()
            + "."
            + method.getSimpleName()
            + method.getParameters().stream()
                .map(p -> TypeRefs.of(p.asType()).toSimpleString())
                .collect(Collectors.joining(", ", "(", ")"));
    List<StrayDeclaration> strays = new ArrayList<>();
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      if (name.equals(RETURNS) || name.equals(CREATES)) {
        String written = "@" + annotation.getAnnotationType().asElement().getSimpleName();
        strays.add(
            new StrayDeclaration(written, javaMethod, advice(type, method, written), Origin.of(method, annotation)));
      } else if (name.equals(RETURNS_LIST)) {
        strays.add(
            new StrayDeclaration(
                "@Returns", javaMethod, advice(type, method, "@Returns"), Origin.repeated(method, annotation, 0)));
      }
    }
    return strays;
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

  /** The methods of {@code type}'s supertypes that {@code method} overrides, nearest first. */
  private List<ExecutableElement> overriddenMethods(TypeElement type, ExecutableElement method) {
    List<ExecutableElement> overridden = new ArrayList<>();
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return overridden;
    }
    List<TypeMirror> queue = new ArrayList<>(types.directSupertypes(type.asType()));
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      TypeMirror supertype = queue.remove(0);
      if (!(supertype instanceof DeclaredType declared)
          || !(declared.asElement() instanceof TypeElement superElement)
          || !seen.add(superElement.getQualifiedName().toString())
          || superElement.getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      for (ExecutableElement candidate : ElementFilter.methodsIn(superElement.getEnclosedElements())) {
        if (candidate.getKind() == ElementKind.METHOD && elements.overrides(method, candidate, type)) {
          overridden.add(candidate);
        }
      }
      queue.addAll(types.directSupertypes(supertype));
    }
    return overridden;
  }

  private static boolean isContractAnnotation(AnnotationMirror annotation) {
    String name = Annotations.nameOf(annotation);
    return name.equals(RETURNS) || name.equals(RETURNS_LIST) || name.equals(CREATES);
  }
}

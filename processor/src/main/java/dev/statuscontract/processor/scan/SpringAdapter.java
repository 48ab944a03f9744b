package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Spring MVC and WebFlux annotated controllers: {@code @GetMapping}, {@code @PostMapping}, ...,
 * and {@code @RequestMapping(method = ...)} on the methods of a {@code @Controller} (directly or
 * through a meta-annotation such as {@code @RestController}) or of an interface. A {@code
 * @RequestMapping} on the class is a path prefix.
 */
final class SpringAdapter implements FrameworkAdapter {

  private static final String PKG = "org.springframework.web.bind.annotation.";
  private static final String REQUEST_MAPPING = PKG + "RequestMapping";
  private static final String CONTROLLER = "org.springframework.stereotype.Controller";
  private static final Map<String, HttpMethod> SHORTCUTS =
      Map.of(
          PKG + "GetMapping", HttpMethod.GET,
          PKG + "PostMapping", HttpMethod.POST,
          PKG + "PutMapping", HttpMethod.PUT,
          PKG + "DeleteMapping", HttpMethod.DELETE,
          PKG + "PatchMapping", HttpMethod.PATCH);

  private final Annotations annotations;

  SpringAdapter(Annotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public List<Mapping> mappings(
      TypeElement type, TypeElement declaringType, ExecutableElement method) {
    if (type.getKind() != ElementKind.INTERFACE && !isController(type.getAnnotationMirrors(), new HashSet<>())) {
      return List.of();
    }
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      HttpMethod shortcut = SHORTCUTS.get(name);
      if (shortcut != null) {
        return List.of(mapping(shortcut, type, declaringType, annotations.values(annotation)));
      }
      if (name.equals(REQUEST_MAPPING)) {
        Annotations.Values values = annotations.values(annotation);
        List<HttpMethod> methods = requestMethods(values);
        return (methods.isEmpty() ? List.of(HttpMethod.ANY) : methods).stream()
            .map(httpMethod -> mapping(httpMethod, type, declaringType, values))
            .toList();
      }
    }
    return List.of();
  }

  @Override
  public Optional<String> adviceForNonEndpoint(TypeElement type, ExecutableElement method) {
    boolean mapped =
        method.getAnnotationMirrors().stream()
            .map(Annotations::nameOf)
            .anyMatch(name -> SHORTCUTS.containsKey(name) || name.equals(REQUEST_MAPPING));
    return mapped
        ? Optional.of(
            "its class is neither a @Controller nor a @RestController, so Spring does not map it;"
                + " annotate " + type.getSimpleName() + " with @RestController")
        : Optional.empty();
  }

  @Override
  public Optional<TypeMirror> returnedBody(ExecutableElement method) {
    TypeMirror returned = method.getReturnType();
    if (!(returned instanceof DeclaredType declared)) {
      return Optional.empty();
    }
    if (isResponseEntity(declared)) {
      return declared.getTypeArguments().stream()
          .filter(argument -> argument.getKind() == TypeKind.DECLARED || argument.getKind() == TypeKind.ARRAY)
          .map(TypeMirror.class::cast)
          .findFirst();
    }
    return Optional.of(returned);
  }

  @Override
  public Optional<TypeMirror> carriedBody(ExecutableElement method) {
    return method.getReturnType() instanceof DeclaredType declared && isResponseEntity(declared)
        ? returnedBody(method)
            .filter(body -> !(body instanceof DeclaredType d
                && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.Object")))
        : Optional.empty();
  }

  private static boolean isResponseEntity(DeclaredType type) {
    return ((TypeElement) type.asElement())
        .getQualifiedName()
        .contentEquals("org.springframework.http.ResponseEntity");
  }

  private Mapping mapping(
      HttpMethod httpMethod, TypeElement type, TypeElement declaringType, Annotations.Values mapping) {
    String prefix = prefixOf(type).or(() -> prefixOf(declaringType)).orElse("");
    List<String> produces = Annotations.mediaTypes(mapping.strings("produces"));
    if (produces.isEmpty()) {
      produces =
          Annotations.find(type, REQUEST_MAPPING)
              .or(() -> Annotations.find(declaringType, REQUEST_MAPPING))
              .map(classMapping -> Annotations.mediaTypes(annotations.values(classMapping).strings("produces")))
              .orElse(List.of());
    }
    return new Mapping(httpMethod, Paths.join(prefix, path(mapping).orElse("")), Framework.SPRING, produces);
  }

  private static List<HttpMethod> requestMethods(Annotations.Values requestMapping) {
    return requestMapping.list("method").stream()
        .map(value -> value.getValue())
        .filter(VariableElement.class::isInstance)
        .map(constant -> new HttpMethod(((VariableElement) constant).getSimpleName().toString()))
        .distinct()
        .toList();
  }

  private Optional<String> prefixOf(TypeElement type) {
    return Annotations.find(type, REQUEST_MAPPING).map(annotations::values).flatMap(SpringAdapter::path);
  }

  /** The first of {@code value} or its alias {@code path}. */
  private static Optional<String> path(Annotations.Values mapping) {
    return mapping.firstString("value").or(() -> mapping.firstString("path"));
  }

  /** Whether one of {@code annotationsOf} is {@code @Controller}, directly or as a meta-annotation. */
  private boolean isController(List<? extends AnnotationMirror> annotationsOf, Set<String> seen) {
    for (AnnotationMirror annotation : annotationsOf) {
      String name = Annotations.nameOf(annotation);
      if (name.equals(CONTROLLER)) {
        return true;
      }
      if (seen.add(name) && isController(annotations.metaAnnotations(annotation), seen)) {
        return true;
      }
    }
    return false;
  }
}

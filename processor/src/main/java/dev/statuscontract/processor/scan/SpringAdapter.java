package dev.statuscontract.processor.scan;

import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.HttpMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
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

  /** Clients of other services: OpenFeign's and Spring's HTTP interfaces. */
  private static final List<String> CLIENTS =
      List.of(
          "org.springframework.cloud.openfeign.FeignClient",
          "org.springframework.web.service.annotation.HttpExchange");
  /** {@code ${name}} or {@code ${name:default}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::([^}]*))?}");

  private final Annotations annotations;

  SpringAdapter(Annotations annotations) {
    this.annotations = annotations;
  }

  @Override
  public List<Mapping> mappings(TypeElement type, List<TypeElement> supertypes, ExecutableElement method) {
    if (type.getKind().isInterface() || !isController(type.getAnnotationMirrors(), new HashSet<>())) {
      return List.of();
    }
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      HttpMethod shortcut = SHORTCUTS.get(name);
      if (shortcut != null) {
        return mappings(List.of(shortcut), type, supertypes, annotations.values(annotation));
      }
      if (name.equals(REQUEST_MAPPING)) {
        Annotations.Values values = annotations.values(annotation);
        List<HttpMethod> methods = requestMethods(values);
        return mappings(methods.isEmpty() ? List.of(HttpMethod.ANY) : methods, type, supertypes, values);
      }
    }
    return List.of();
  }

  @Override
  public boolean maps(ExecutableElement method) {
    return method.getAnnotationMirrors().stream()
        .map(Annotations::nameOf)
        .anyMatch(name -> SHORTCUTS.containsKey(name) || name.equals(REQUEST_MAPPING));
  }

  @Override
  public boolean isClient(TypeElement type) {
    return CLIENTS.stream().anyMatch(client -> Annotations.has(type, client));
  }

  @Override
  public Optional<String> adviceForNonEndpoint(TypeElement type, ExecutableElement method) {
    return maps(method) && !type.getKind().isInterface()
        ? Optional.of(
            "its class is neither a @Controller nor a @RestController, so Spring does not map it;"
                + " annotate " + type.getSimpleName() + " with @RestController")
        : Optional.empty();
  }

  @Override
  public Optional<TypeMirror> returnedBody(TypeMirror returned) {
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
  public Optional<TypeMirror> carriedBody(TypeMirror returned) {
    return returned instanceof DeclaredType declared && isResponseEntity(declared)
        ? returnedBody(returned)
            .filter(body -> !(body instanceof DeclaredType d
                && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.lang.Object")))
        : Optional.empty();
  }

  private static boolean isResponseEntity(DeclaredType type) {
    return ((TypeElement) type.asElement())
        .getQualifiedName()
        .contentEquals("org.springframework.http.ResponseEntity");
  }

  /**
   * One endpoint per method, class-level path and method-level path: {@code @PutMapping({"/users",
   * "/users/{login}"})} maps two. The class-level {@code @RequestMapping} is the controller's, else
   * the nearest supertype's, as Spring finds it on an interface that the controller implements.
   */
  private List<Mapping> mappings(
      List<HttpMethod> httpMethods, TypeElement type, List<TypeElement> supertypes, Annotations.Values mapping) {
    Optional<Annotations.Values> classMapping = Optional.empty();
    for (TypeElement candidate : hierarchy(type, supertypes)) {
      classMapping = Annotations.find(candidate, REQUEST_MAPPING).map(annotations::values);
      if (classMapping.isPresent()) {
        break;
      }
    }
    List<String> prefixes = classMapping.map(SpringAdapter::paths).orElse(List.of());
    List<String> produces = Annotations.mediaTypes(mapping.strings("produces"));
    if (produces.isEmpty()) {
      produces = classMapping.map(c -> Annotations.mediaTypes(c.strings("produces"))).orElse(List.of());
    }
    List<Mapping> mappings = new ArrayList<>();
    for (HttpMethod httpMethod : httpMethods) {
      for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
        for (String path : paths(mapping).isEmpty() ? List.of("") : paths(mapping)) {
          Mapping endpoint = new Mapping(httpMethod, Paths.join(prefix, path), Framework.SPRING, produces);
          if (!mappings.contains(endpoint)) {
            mappings.add(endpoint);
          }
        }
      }
    }
    return mappings;
  }

  private List<TypeElement> hierarchy(TypeElement type, List<TypeElement> supertypes) {
    List<TypeElement> hierarchy = new ArrayList<>(List.of(type));
    supertypes.stream().filter(supertype -> !isClient(supertype)).forEach(hierarchy::add);
    return hierarchy;
  }

  private static List<HttpMethod> requestMethods(Annotations.Values requestMapping) {
    return requestMapping.list("method").stream()
        .map(value -> value.getValue())
        .filter(VariableElement.class::isInstance)
        .map(constant -> new HttpMethod(((VariableElement) constant).getSimpleName().toString()))
        .distinct()
        .toList();
  }

  /**
   * Every path of {@code value} or its alias {@code path}, with a property placeholder replaced by
   * its default: {@code "${api.base-path:/v2}/pets"} is {@code /v2/pets}.
   */
  private static List<String> paths(Annotations.Values mapping) {
    List<String> paths = mapping.strings("value");
    if (paths.isEmpty()) {
      paths = mapping.strings("path");
    }
    return paths.stream().map(SpringAdapter::withDefaults).toList();
  }

  private static String withDefaults(String path) {
    return PLACEHOLDER.matcher(path).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? m.group() : m.group(2)));
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

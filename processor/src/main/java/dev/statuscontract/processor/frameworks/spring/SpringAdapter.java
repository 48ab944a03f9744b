package dev.statuscontract.processor.frameworks.spring;

import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.frameworks.FrameworkAdapter;
import dev.statuscontract.processor.frameworks.Mapping;
import dev.statuscontract.processor.frameworks.Request;
import dev.statuscontract.processor.frameworks.Paths;
import dev.statuscontract.processor.frameworks.PerClass;

import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.HttpMethod;
import dev.statuscontract.processor.model.Parameter;
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
import javax.lang.model.util.Types;

/**
 * Spring MVC and WebFlux annotated controllers: {@code @GetMapping}, {@code @PostMapping}, ...,
 * and {@code @RequestMapping(method = ...)} on the methods of a {@code @Controller} (directly or
 * through a meta-annotation such as {@code @RestController}) or of an interface. A {@code
 * @RequestMapping} on the class is a path prefix.
 */
public final class SpringAdapter implements FrameworkAdapter {

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

  /** The annotation of each parameter location. */
  private static final Map<String, Parameter.Location> PARAMS =
      Map.of(
          PKG + "PathVariable", Parameter.Location.PATH,
          PKG + "RequestParam", Parameter.Location.QUERY,
          PKG + "RequestHeader", Parameter.Location.HEADER,
          PKG + "CookieValue", Parameter.Location.COOKIE);

  private static final String REQUEST_BODY = PKG + "RequestBody";
  /** Spring's {@code ValueConstants.DEFAULT_NONE}: no default value. */
  private static final String DEFAULT_NONE = "\n\t\t\n\t\t\n\uE000\uE001\uE002\n\t\t\t\t\n";

  /** Clients of other services: OpenFeign's and Spring's HTTP interfaces. */
  private static final List<String> CLIENTS =
      List.of(
          "org.springframework.cloud.openfeign.FeignClient",
          "org.springframework.web.service.annotation.HttpExchange");
  /** {@code ${name}} or {@code ${name:default}}. */
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(?::([^}]*))?}");

  private final Framework framework;
  private final Annotations annotations;
  private final PerClass perClass = new PerClass();

  SpringAdapter(Framework framework, Annotations annotations) {
    this.framework = framework;
    this.annotations = annotations;
  }

  @Override
  public List<Mapping> mappings(TypeElement type, List<TypeElement> supertypes, ExecutableElement method) {
    boolean controller =
        perClass.get(
            type,
            supertypes,
            "controller",
            () -> !type.getKind().isInterface() && isController(type.getAnnotationMirrors(), new HashSet<>()));
    if (!controller) {
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

  @Override
  public Request request(
      TypeElement type,
      List<TypeElement> supertypes,
      ExecutableElement mapped,
      List<ExecutableElement> chain,
      List<? extends TypeMirror> parameterTypes,
      Types types) {
    List<String> annotated = List.copyOf(PARAMS.keySet());
    List<String> all = new ArrayList<>(annotated);
    all.add(REQUEST_BODY);
    List<Request.Param> parameters = new ArrayList<>();
    Optional<Request.Body> body = Optional.empty();
    for (int i = 0; i < parameterTypes.size(); i++) {
      VariableElement parameter = FrameworkAdapter.annotatedParameter(chain, i, all);
      TypeMirror parameterType = parameterTypes.get(i);
      boolean optional = Request.isOptional(parameterType);
      for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
        String name = Annotations.nameOf(annotation);
        Parameter.Location location = PARAMS.get(name);
        if (location != null) {
          Annotations.Values values = annotations.values(annotation);
          String written = values.firstString("value").filter(v -> !v.isEmpty())
              .or(() -> values.firstString("name").filter(v -> !v.isEmpty()))
              .orElse("");
          if (written.isEmpty() && location != Parameter.Location.PATH && isMultiValued(parameterType)) {
            // @RequestParam Map<String, String>: every parameter of its kind, none in particular.
            break;
          }
          Optional<String> defaultValue =
              values.firstString("defaultValue").filter(v -> !v.equals(DEFAULT_NONE));
          boolean required =
              location == Parameter.Location.PATH
                  || (values.get("required").map(v -> !Boolean.FALSE.equals(v.getValue())).orElse(true)
                      && defaultValue.isEmpty()
                      && !optional);
          parameters.add(
              new Request.Param(
                  written.isEmpty() ? parameter.getSimpleName().toString() : written,
                  location,
                  Request.unwrapOptional(parameterType),
                  required,
                  defaultValue,
                  Request.deprecated(parameter),
                  new Request.MethodParameter(i)));
          break;
        }
        if (name.equals(REQUEST_BODY) && body.isEmpty()) {
          boolean required =
              annotations.values(annotation).get("required").map(v -> !Boolean.FALSE.equals(v.getValue())).orElse(true)
                  && !optional;
          body =
              Optional.of(
                  new Request.Body(
                      Request.unwrapOptional(parameterType), required, consumes(type, supertypes, chain), i));
          break;
        }
      }
    }
    return new Request(parameters, body);
  }

  /** {@code consumes} of the method's mapping, else of the class's {@code @RequestMapping}. */
  private List<String> consumes(TypeElement type, List<TypeElement> supertypes, List<ExecutableElement> chain) {
    for (ExecutableElement method : chain) {
      for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
        String name = Annotations.nameOf(annotation);
        if (SHORTCUTS.containsKey(name) || name.equals(REQUEST_MAPPING)) {
          List<String> consumes = Annotations.mediaTypes(annotations.values(annotation).strings("consumes"));
          if (!consumes.isEmpty()) {
            return consumes;
          }
        }
      }
    }
    for (TypeElement candidate : hierarchy(type, supertypes)) {
      Optional<AnnotationMirror> classMapping = Annotations.find(candidate, REQUEST_MAPPING);
      if (classMapping.isPresent()) {
        return Annotations.mediaTypes(annotations.values(classMapping.get()).strings("consumes"));
      }
    }
    return List.of();
  }

  /** A map of names to values, which Spring fills with every parameter of a kind. */
  private static boolean isMultiValued(TypeMirror type) {
    if (type instanceof DeclaredType declared && declared.asElement() instanceof TypeElement element) {
      String name = element.getQualifiedName().toString();
      return name.equals("java.util.Map")
          || name.equals("org.springframework.util.MultiValueMap")
          || name.equals("org.springframework.http.HttpHeaders");
    }
    return false;
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
    Optional<Annotations.Values> classMapping =
        perClass.get(type, supertypes, "@RequestMapping", () -> classMapping(type, supertypes));
    List<String> prefixes =
        perClass.get(type, supertypes, "prefixes", () -> classMapping.map(SpringAdapter::paths).orElse(List.of()));
    List<String> produces = Annotations.mediaTypes(mapping.strings("produces"));
    if (produces.isEmpty()) {
      produces =
          perClass.get(
              type,
              supertypes,
              "produces",
              () -> classMapping.map(c -> Annotations.mediaTypes(c.strings("produces"))).orElse(List.of()));
    }
    List<Mapping> mappings = new ArrayList<>();
    for (HttpMethod httpMethod : httpMethods) {
      for (String prefix : prefixes.isEmpty() ? List.of("") : prefixes) {
        for (String path : paths(mapping).isEmpty() ? List.of("") : paths(mapping)) {
          Mapping endpoint = new Mapping(httpMethod, Paths.join(prefix, path), framework, produces);
          if (!mappings.contains(endpoint)) {
            mappings.add(endpoint);
          }
        }
      }
    }
    return mappings;
  }

  /** The {@code @RequestMapping} of the class, else of its nearest supertype that has one. */
  private Optional<Annotations.Values> classMapping(TypeElement type, List<TypeElement> supertypes) {
    for (TypeElement candidate : hierarchy(type, supertypes)) {
      Optional<Annotations.Values> classMapping = Annotations.find(candidate, REQUEST_MAPPING).map(annotations::values);
      if (classMapping.isPresent()) {
        return classMapping;
      }
    }
    return Optional.empty();
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

package dev.statuscontract.processor.frameworks.jaxrs;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * JAX-RS and Jakarta REST resources: a method annotated {@code @GET}, {@code @POST}, ... or with
 * any annotation that is itself annotated {@code @HttpMethod}. A method with only {@code @Path} is a
 * sub-resource locator, not an endpoint.
 */
final class JaxRsAdapter implements FrameworkAdapter {

  /** The annotation of each parameter location. */
  private static final Map<Parameter.Location, String> PARAMS =
      Map.of(
          Parameter.Location.PATH, "PathParam",
          Parameter.Location.QUERY, "QueryParam",
          Parameter.Location.HEADER, "HeaderParam",
          Parameter.Location.COOKIE, "CookieParam");

  private static final Set<String> METHODS =
      Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

  private final String pkg;
  private final Framework framework;
  private final Annotations annotations;
  private final PerClass perClass = new PerClass();

  JaxRsAdapter(String pkg, Framework framework, Annotations annotations) {
    this.pkg = pkg;
    this.framework = framework;
    this.annotations = annotations;
  }

  /** MicroProfile's REST client interfaces: they call another service. */
  private static final String REST_CLIENT = "org.eclipse.microprofile.rest.client.inject.RegisterRestClient";

  @Override
  public List<Mapping> mappings(TypeElement type, List<TypeElement> supertypes, ExecutableElement method) {
    return httpMethod(method)
        .map(
            httpMethod ->
                List.of(
                    new Mapping(
                        httpMethod, path(type, supertypes, method), framework, produces(type, supertypes, method))))
        .orElse(List.of());
  }

  @Override
  public boolean maps(ExecutableElement method) {
    return httpMethod(method).isPresent();
  }

  @Override
  public boolean isClient(TypeElement type) {
    return Annotations.has(type, REST_CLIENT);
  }

  @Override
  public boolean isResourceInterface(TypeElement type) {
    return Annotations.has(type, pkg + ".Path") && !isClient(type);
  }

  @Override
  public Optional<ExceptionMapper> exceptionMapper(TypeElement type, Types types) {
    String mapper = pkg + ".ext.ExceptionMapper";
    List<TypeMirror> queue = new ArrayList<>(types.directSupertypes(type.asType()));
    for (int i = 0; i < queue.size() && i < 64; i++) {
      if (queue.get(i) instanceof DeclaredType declared
          && declared.asElement() instanceof TypeElement element) {
        if (element.getQualifiedName().contentEquals(mapper)) {
          List<? extends TypeMirror> arguments = declared.getTypeArguments();
          if (arguments.size() == 1
              && arguments.get(0) instanceof DeclaredType exception
              && exception.asElement() instanceof TypeElement exceptionType) {
            return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                .filter(m -> m.getSimpleName().contentEquals("toResponse") && m.getParameters().size() == 1)
                .findFirst()
                .map(handler -> new ExceptionMapper(exceptionType, handler));
          }
          return Optional.empty();
        }
        queue.addAll(types.directSupertypes(declared));
      }
    }
    return Optional.empty();
  }

  @Override
  public Optional<String> adviceForNonEndpoint(TypeElement type, ExecutableElement method) {
    return Annotations.has(method, pkg + ".Path")
        ? Optional.of(
            "it is a sub-resource locator (@Path without an HTTP method), so declare the statuses on"
                + " the endpoint methods of the resource it returns")
        : Optional.empty();
  }

  @Override
  public Optional<TypeMirror> returnedBody(TypeMirror returned) {
    boolean plain =
        returned.getKind() == TypeKind.ARRAY
            || (returned instanceof DeclaredType declared
                && !((TypeElement) declared.asElement()).getQualifiedName().contentEquals(pkg + ".core.Response"));
    return plain ? Optional.of(returned) : Optional.empty();
  }

  @Override
  public Request request(
      TypeElement type,
      List<TypeElement> supertypes,
      ExecutableElement mapped,
      List<ExecutableElement> chain,
      List<? extends TypeMirror> parameterTypes,
      Types types) {
    List<String> annotated = parameterAnnotations();
    List<Request.Param> parameters = new ArrayList<>();
    Optional<Request.Body> body = Optional.empty();
    for (int i = 0; i < parameterTypes.size(); i++) {
      VariableElement parameter = FrameworkAdapter.annotatedParameter(chain, i, annotated);
      TypeMirror parameterType = parameterTypes.get(i);
      Optional<Request.Param> param = param(parameter, parameterType, new Request.MethodParameter(i));
      if (param.isPresent()) {
        parameters.add(param.get());
      } else if (Annotations.has(parameter, pkg + ".BeanParam")) {
        beanParams(parameterType, types, parameters, 0);
      } else if (body.isEmpty() && annotated.stream().noneMatch(a -> Annotations.has(parameter, a))) {
        body = Optional.of(new Request.Body(parameterType, true, consumes(type, supertypes, mapped), i));
      }
    }
    return new Request(parameters, body);
  }

  /** Every annotation that makes a parameter something other than the entity. */
  private List<String> parameterAnnotations() {
    List<String> names = new ArrayList<>();
    for (String name : List.of("PathParam", "QueryParam", "HeaderParam", "CookieParam", "MatrixParam", "FormParam", "BeanParam")) {
      names.add(pkg + "." + name);
    }
    names.add(pkg + ".core.Context");
    names.add(pkg + ".container.Suspended");
    return names;
  }

  /** The parameter that {@code element}'s {@code @PathParam}, {@code @QueryParam}, ... declares. */
  private Optional<Request.Param> param(Element element, TypeMirror type, Request.Doc doc) {
    for (Parameter.Location location : Parameter.Location.values()) {
      Optional<AnnotationMirror> annotation = Annotations.find(element, pkg + "." + PARAMS.get(location));
      if (annotation.isPresent()) {
        String name = annotations.values(annotation.get()).firstString("value").orElse("");
        Optional<String> defaultValue =
            Annotations.find(element, pkg + ".DefaultValue").flatMap(d -> annotations.values(d).firstString("value"));
        return Optional.of(
            new Request.Param(
                name,
                location,
                Request.unwrapOptional(type),
                location == Parameter.Location.PATH,
                defaultValue,
                Request.deprecated(element),
                doc));
      }
    }
    return Optional.empty();
  }

  /**
   * The parameters of a {@code @BeanParam} class: its annotated fields, setters and constructor
   * parameters, then those of its superclasses; a {@code @BeanParam} inside it adds its own.
   */
  private void beanParams(TypeMirror beanType, Types types, List<Request.Param> out, int depth) {
    if (depth > 8 || !(beanType instanceof DeclaredType declared)) {
      return;
    }
    for (TypeMirror t = declared; t instanceof DeclaredType d && d.asElement() instanceof TypeElement bean
        && !bean.getQualifiedName().contentEquals("java.lang.Object"); t = bean.getSuperclass()) {
      for (Element member : bean.getEnclosedElements()) {
        if (member instanceof VariableElement field && member.getKind() == ElementKind.FIELD) {
          TypeMirror fieldType = memberType(types, declared, field).orElse(field.asType());
          Optional<Request.Param> param = param(field, fieldType, new Request.Member(field));
          if (param.isPresent()) {
            out.add(param.get());
          } else if (Annotations.has(field, pkg + ".BeanParam")) {
            beanParams(fieldType, types, out, depth + 1);
          }
        } else if (member instanceof ExecutableElement executable && member.getKind() == ElementKind.METHOD) {
          if (executable.getParameters().size() == 1) {
            VariableElement only = executable.getParameters().get(0);
            param(executable, only.asType(), new Request.MemberParameter(executable, only)).ifPresent(out::add);
          }
        } else if (member instanceof ExecutableElement constructor && member.getKind() == ElementKind.CONSTRUCTOR) {
          for (VariableElement parameter : constructor.getParameters()) {
            Optional<Request.Param> param =
                param(parameter, parameter.asType(), new Request.MemberParameter(constructor, parameter));
            if (param.isPresent()) {
              out.add(param.get());
            } else if (Annotations.has(parameter, pkg + ".BeanParam")) {
              beanParams(parameter.asType(), types, out, depth + 1);
            }
          }
        }
      }
    }
  }

  private static Optional<TypeMirror> memberType(Types types, DeclaredType container, Element member) {
    try {
      return Optional.of(types.asMemberOf(container, member));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The method's {@code @Consumes}, else its class's, else the nearest supertype's. */
  private List<String> consumes(TypeElement type, List<TypeElement> supertypes, ExecutableElement method) {
    return mediaTypes(type, supertypes, method, "Consumes");
  }

  private Optional<HttpMethod> httpMethod(ExecutableElement method) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      String name = Annotations.nameOf(annotation);
      String simpleName = name.substring(name.lastIndexOf('.') + 1);
      if (name.equals(pkg + "." + simpleName) && METHODS.contains(simpleName)) {
        return Optional.of(new HttpMethod(simpleName));
      }
      for (AnnotationMirror meta : annotations.metaAnnotations(annotation)) {
        if (Annotations.nameOf(meta).equals(pkg + ".HttpMethod")) {
          Optional<String> designator = annotations.values(meta).firstString("value");
          if (designator.isPresent()) {
            return designator.map(HttpMethod::new);
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The class's {@code @Path}, else the nearest supertype's (an interface's, as CXF and Jersey
   * read it), joined with the method's.
   */
  private String path(TypeElement type, List<TypeElement> supertypes, ExecutableElement method) {
    String classPath = perClass.get(type, supertypes, "@Path", () -> classPath(type, supertypes));
    String methodPath =
        Annotations.find(method, pkg + ".Path")
            .flatMap(path -> annotations.values(path).firstString("value"))
            .orElse("");
    return Paths.join(classPath, methodPath);
  }

  private String classPath(TypeElement type, List<TypeElement> supertypes) {
    for (TypeElement candidate : hierarchy(type, supertypes)) {
      Optional<String> path = pathOf(candidate);
      if (path.isPresent()) {
        return path.get();
      }
    }
    return "";
  }

  /** The method's {@code @Produces}, else its class's, else the nearest supertype's. */
  private List<String> produces(TypeElement type, List<TypeElement> supertypes, ExecutableElement method) {
    return mediaTypes(type, supertypes, method, "Produces");
  }

  /** The media types of the method's {@code annotation}, else its class's, else the nearest supertype's. */
  private List<String> mediaTypes(
      TypeElement type, List<TypeElement> supertypes, ExecutableElement method, String annotation) {
    Optional<List<String>> own = mediaTypes(method, annotation);
    if (own.isPresent()) {
      return own.get();
    }
    return perClass.get(
        type,
        supertypes,
        annotation,
        () -> {
          for (TypeElement element : hierarchy(type, supertypes)) {
            Optional<List<String>> found = mediaTypes(element, annotation);
            if (found.isPresent()) {
              return found.get();
            }
          }
          return List.of();
        });
  }

  private Optional<List<String>> mediaTypes(Element element, String annotation) {
    return Annotations.find(element, pkg + "." + annotation)
        .map(found -> Annotations.mediaTypes(annotations.values(found).strings("value")));
  }

  /** {@code type}, then its supertypes that are not clients. */
  private List<TypeElement> hierarchy(TypeElement type, List<TypeElement> supertypes) {
    List<TypeElement> hierarchy = new ArrayList<>(List.of(type));
    for (TypeElement supertype : supertypes) {
      if (!isClient(supertype)) {
        hierarchy.add(supertype);
      }
    }
    return hierarchy;
  }

  private Optional<String> pathOf(TypeElement type) {
    return Annotations.find(type, pkg + ".Path").flatMap(path -> annotations.values(path).firstString("value"));
  }
}

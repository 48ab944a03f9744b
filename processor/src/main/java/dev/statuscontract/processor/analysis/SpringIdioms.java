package dev.statuscontract.processor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Spring MVC: {@code ResponseEntity}'s factories, builders and constructors, {@code HttpHeaders}
 * built in a local variable, {@code HttpStatus} constants, {@code @ResponseStatus} on handler
 * methods and exception classes, and the exceptions Spring turns into responses by itself ({@code
 * ResponseStatusException}, {@code ErrorResponseException}).
 */
final class SpringIdioms implements Idioms {

  static final String RESPONSE_STATUS = "org.springframework.web.bind.annotation.ResponseStatus";

  private static final Set<String> RESPONSE_ENTITY = Set.of("org.springframework.http.ResponseEntity");
  private static final Set<String> HTTP_ENTITY = Set.of("org.springframework.http.HttpEntity");
  private static final Set<String> BUILDERS =
      Set.of(
          "org.springframework.http.ResponseEntity.HeadersBuilder",
          "org.springframework.http.ResponseEntity.BodyBuilder");
  private static final Set<String> HTTP_STATUS = Set.of("org.springframework.http.HttpStatus");
  private static final Set<String> STATUS_CODE =
      Set.of("org.springframework.http.HttpStatusCode", "org.springframework.http.HttpStatus");
  private static final Set<String> HEADERS = Set.of("org.springframework.http.HttpHeaders");
  private static final Set<String> HEADER_MAP = Set.of("org.springframework.util.MultiValueMap");
  private static final Set<String> OPTIONAL = Set.of("java.util.Optional");
  private static final Set<String> PROBLEM_DETAIL = Set.of("org.springframework.http.ProblemDetail");
  private static final Set<String> PUBLISHERS = Set.of("org.reactivestreams.Publisher");

  /** Exceptions whose code their constructor's status argument gives. */
  private static final Set<String> CONSTRUCTED =
      Set.of(
          "org.springframework.web.server.ResponseStatusException",
          "org.springframework.web.ErrorResponseException");

  /** Subclasses of {@code ResponseStatusException} whose code their class fixes. */
  private static final Map<String, Integer> FIXED =
      Map.of(
          "org.springframework.web.server.MethodNotAllowedException", 405,
          "org.springframework.web.server.NotAcceptableStatusException", 406,
          "org.springframework.web.server.UnsupportedMediaTypeStatusException", 415,
          "org.springframework.web.server.ServerWebInputException", 400,
          "org.springframework.web.server.PayloadTooLargeException", 413,
          "org.springframework.web.server.ServerErrorException", 500);

  /** The header each {@code ResponseEntity} builder step sets. */
  private static final Map<String, String> BUILDER_HEADERS =
      Map.of(
          "location", "Location",
          "allow", "Allow",
          "eTag", "ETag",
          "lastModified", "Last-Modified",
          "cacheControl", "Cache-Control",
          "varyBy", "Vary",
          "contentLength", "Content-Length",
          "contentType", "Content-Type");

  @Override
  public Optional<List<Value>> call(Call call) {
    String owner = call.owner();
    if (RESPONSE_ENTITY.contains(owner) && call.isStatic()) {
      return Optional.of(factory(call));
    }
    if (BUILDERS.contains(owner)) {
      return Optional.of(builder(call));
    }
    if ((RESPONSE_ENTITY.contains(owner) || HTTP_ENTITY.contains(owner))
        && (call.name().equals("getStatusCode") || call.name().equals("getStatusCodeValue"))) {
      return Optional.of(call.receiverAsStatus());
    }
    if (STATUS_CODE.contains(owner)) {
      if (call.isStatic() && (call.name().equals("valueOf") || call.name().equals("resolve")) && call.argumentCount() == 1
          && call.parameterType(0).getKind() == TypeKind.INT) {
        return Optional.of(
            call.eval(0).stream()
                .map(v -> v.kind() == Value.Kind.STATUS ? v : Value.status(Status.unknown("a status that is not a constant"), call.site()))
                .toList());
      }
      if (!call.isStatic() && call.name().equals("value")) {
        return Optional.of(call.receiverAsStatus());
      }
      return Optional.empty();
    }
    if (PROBLEM_DETAIL.contains(owner) && call.isStatic() && call.name().startsWith("forStatus") && call.argumentCount() >= 1) {
      return Optional.of(
          call.eval(0).stream()
              .map(v -> v.kind() == Value.Kind.STATUS ? v : Value.status(Status.unknown("a status that is not a constant"), call.site()))
              .toList());
    }
    if (HEADERS.contains(owner) && !call.isStatic()) {
      return Optional.of(headers(call));
    }
    return Optional.empty();
  }

  /** {@code ResponseEntity.ok()}, {@code created(uri)}, {@code status(...)}, {@code of(optional)}. */
  private List<Value> factory(Call call) {
    int args = call.argumentCount();
    boolean body = args >= 1 && !call.isNullArgument(0);
    Site site = call.site();
    return switch (call.name()) {
      case "ok" -> List.of(Value.response(Status.of(200), Set.of(), body, call.argumentType(0), site));
      case "status" -> args >= 1 ? call.withStatus(0, Set.of(), false) : List.of();
      case "created" -> List.of(Value.response(Status.of(201), Set.of("Location"), false, site));
      case "accepted" -> List.of(Value.response(Status.of(202), Set.of(), false, site));
      case "noContent" -> List.of(Value.response(Status.of(204), Set.of(), false, site));
      case "badRequest" -> List.of(Value.response(Status.of(400), Set.of(), false, site));
      case "notFound" -> List.of(Value.response(Status.of(404), Set.of(), false, site));
      case "unprocessableEntity" -> List.of(Value.response(Status.of(422), Set.of(), false, site));
      case "internalServerError" -> List.of(Value.response(Status.of(500), Set.of(), false, site));
      case "ofNullable" ->
          List.of(
              Value.response(Status.of(200), Set.of(), true, call.argumentType(0), site),
              Value.response(Status.of(404), Set.of(), false, site));
      case "of" -> of(call);
      default -> List.of(Value.unknownResponse("the result of ResponseEntity." + call.name() + "()", site));
    };
  }

  /** {@code ResponseEntity.of(optional)} is 200 or 404; {@code of(problemDetail)} has its status. */
  private List<Value> of(Call call) {
    Site site = call.site();
    if (call.argumentCount() == 1 && call.parameterIs(0, OPTIONAL)) {
      // The content is what the Optional holds: Optional<User> answers a User.
      TypeMirror content =
          call.argumentType(0) instanceof DeclaredType optional && optional.getTypeArguments().size() == 1
              ? optional.getTypeArguments().get(0)
              : null;
      return List.of(
          Value.response(Status.of(200), Set.of(), true, content, site), Value.response(Status.of(404), Set.of(), false, site));
    }
    if (call.argumentCount() == 1 && call.parameterIs(0, PROBLEM_DETAIL)) {
      return call.withStatus(0, Set.of(), true);
    }
    return List.of(Value.unknownResponse("the result of ResponseEntity.of()", site));
  }

  /** A step of {@code ResponseEntity.BodyBuilder} or {@code HeadersBuilder}. */
  private List<Value> builder(Call call) {
    String name = call.name();
    switch (name) {
      case "body":
        boolean body = !call.isNullArgument(0);
        TypeMirror content = call.argumentType(0);
        return call.receiver().stream().map(value -> value.withBody(body, content)).toList();
      case "header":
        return call.receiverWithHeaders(call.constantString(0).map(Set::of).orElse(Set.of()));
      case "headers":
        if (call.argumentCount() == 1 && call.parameterIs(0, HEADERS)) {
          List<Value> out = new ArrayList<>();
          List<Value> headers = call.eval(0);
          for (Value receiver : call.receiver()) {
            for (Value header : headers) {
              out.add(receiver.withHeaders(header.headers()));
            }
          }
          return out;
        }
        return call.receiver();
      default:
        String header = BUILDER_HEADERS.get(name);
        return header != null ? call.receiverWithHeaders(Set.of(header)) : call.receiver();
    }
  }

  /** {@code headers.setLocation(uri)}, {@code headers.add(HttpHeaders.RETRY_AFTER, "120")}. */
  private List<Value> headers(Call call) {
    String name = call.name();
    if ((name.equals("set") || name.equals("add")) && call.argumentCount() == 2) {
      return call.receiverWithHeaders(call.constantString(0).map(Set::of).orElse(Set.of()));
    }
    if (name.startsWith("set") && name.length() > 3 && call.argumentCount() >= 1) {
      String field = name.substring(3);
      String header =
          switch (field) {
            case "ETag" -> "ETag";
            case "BasicAuth", "BearerAuth" -> "Authorization";
            default -> StatusNames.camelToHeader(field);
          };
      return call.receiverWithHeaders(Set.of(header));
    }
    return call.receiver();
  }

  @Override
  public Optional<List<Value>> construct(Call construction) {
    String owner = construction.owner();
    if (HEADERS.contains(owner)) {
      if (construction.argumentCount() == 1) {
        return Optional.of(
            construction.eval(0).stream()
                .map(v -> v.kind() == Value.Kind.HEADERS ? v : Value.headers(Set.of(), construction.site()))
                .toList());
      }
      return Optional.of(List.of(Value.headers(Set.of(), construction.site())));
    }
    if (!RESPONSE_ENTITY.contains(owner) && !HTTP_ENTITY.contains(owner)) {
      return Optional.empty();
    }
    boolean body = false;
    TypeMirror content = null;
    int status = -1;
    List<Set<String>> headerSets = new ArrayList<>(List.of(Set.of()));
    for (int i = 0; i < construction.argumentCount(); i++) {
      TypeMirror parameter = construction.parameterType(i);
      if (ByName.isA(parameter, HEADER_MAP)) {
        headerSets = new ArrayList<>();
        for (Value value : construction.eval(i)) {
          headerSets.add(value.headers());
        }
      } else if (parameter.getKind() == TypeKind.INT || ByName.isA(parameter, STATUS_CODE)) {
        status = i;
      } else {
        body = !construction.isNullArgument(i);
        content = construction.argumentType(i);
      }
    }
    TypeMirror bodyType = content;
    List<Value> statuses =
        status >= 0
            ? construction.withStatus(status, Set.of(), body).stream().map(v -> v.withBody(v.hasBody(), bodyType)).toList()
            : List.of(Value.response(Status.of(200), Set.of(), body, content, construction.site()));
    List<Value> out = new ArrayList<>();
    for (Value value : statuses) {
      for (Set<String> headers : headerSets) {
        out.add(value.withHeaders(headers));
      }
    }
    return Optional.of(out);
  }

  @Override
  public Optional<List<Value>> exception(TypeElement type, Call construction, Site site) {
    for (TypeElement superclass : ByName.superclasses(type)) {
      String name = ByName.name(superclass);
      OptionalInt annotated = responseStatus(superclass);
      if (annotated.isPresent()) {
        return Optional.of(List.of(Value.response(Status.of(annotated.getAsInt()), Set.of(), false, site)));
      }
      Integer fixed = FIXED.get(name);
      if (fixed != null) {
        return Optional.of(List.of(Value.response(Status.of(fixed), fixed == 405 ? Set.of("Allow") : Set.of(), false, site)));
      }
      if (CONSTRUCTED.contains(name)) {
        boolean direct = construction != null && ByName.name((TypeElement) construction.method().getEnclosingElement()).equals(name);
        if (direct) {
          for (int i = 0; i < construction.argumentCount(); i++) {
            TypeMirror parameter = construction.parameterType(i);
            if (parameter.getKind() == TypeKind.INT || ByName.isA(parameter, STATUS_CODE)) {
              return Optional.of(construction.withStatus(i, Set.of(), false));
            }
          }
        }
        return Optional.of(
            List.of(Value.unknownResponse("the status a " + type.getSimpleName() + " is constructed with", site)));
      }
    }
    return Optional.empty();
  }

  /** The code of {@code @ResponseStatus} ({@code value} or {@code code}) on {@code element}. */
  static OptionalInt responseStatus(Element element) {
    Optional<AnnotationMirror> annotation = ByName.annotation(element, RESPONSE_STATUS);
    if (annotation.isEmpty()) {
      return OptionalInt.empty();
    }
    for (String attribute : List.of("code", "value")) {
      Optional<String> constant = ByName.attribute(annotation.get(), attribute).flatMap(ByName::enumConstant);
      if (constant.isPresent()) {
        return StatusNames.ofConstant(constant.get());
      }
    }
    return OptionalInt.of(500);
  }

  @Override
  public OptionalInt statusConstant(VariableElement constant) {
    if (constant.getEnclosingElement() instanceof TypeElement type && HTTP_STATUS.contains(ByName.name(type))) {
      return StatusNames.ofConstant(constant.getSimpleName().toString());
    }
    return OptionalInt.empty();
  }

  @Override
  public Optional<Value.Kind> kindOf(TypeMirror type) {
    if (ByName.isA(type, HTTP_ENTITY) || ByName.isA(type, BUILDERS) || ByName.isA(type, PUBLISHERS)) {
      return Optional.of(Value.Kind.RESPONSE);
    }
    if (ByName.isA(type, STATUS_CODE)) {
      return Optional.of(Value.Kind.STATUS);
    }
    if (ByName.isA(type, HEADERS)) {
      return Optional.of(Value.Kind.HEADERS);
    }
    return Optional.empty();
  }
}

package dev.statuscontract.processor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * JAX-RS, in both namespaces ({@code jakarta.ws.rs} and {@code javax.ws.rs}): {@code Response}'s
 * factories and {@code ResponseBuilder}'s steps, {@code Response.Status} constants, and the {@code
 * WebApplicationException} family, which the runtime turns into responses by itself.
 */
final class JaxRsIdioms implements Idioms {

  private static final Set<String> RESPONSE = both("core.Response");
  private static final Set<String> BUILDER = both("core.Response.ResponseBuilder");
  private static final Set<String> STATUS_TYPE = both("core.Response.StatusType");
  private static final Set<String> STATUS = both("core.Response.Status");
  private static final Set<String> WEB_APPLICATION_EXCEPTION = both("WebApplicationException");

  /** Exceptions whose code their class fixes, and the header their constructors set. */
  private static final Map<String, Integer> FIXED =
      Map.of(
          "BadRequestException", 400,
          "NotAuthorizedException", 401,
          "ForbiddenException", 403,
          "NotFoundException", 404,
          "NotAllowedException", 405,
          "NotAcceptableException", 406,
          "NotSupportedException", 415,
          "InternalServerErrorException", 500,
          "ServiceUnavailableException", 503);

  private static final Map<String, String> FIXED_HEADERS =
      Map.of("NotAuthorizedException", "WWW-Authenticate", "NotAllowedException", "Allow");

  /** Exceptions whose code their constructor's arguments give; {@code WebApplicationException()} is 500. */
  private static final Set<String> CONSTRUCTED =
      Set.of("WebApplicationException", "ClientErrorException", "ServerErrorException", "RedirectionException");

  /** The header each builder step sets. */
  private static final Map<String, String> BUILDER_HEADERS =
      Map.ofEntries(
          Map.entry("location", "Location"),
          Map.entry("contentLocation", "Content-Location"),
          Map.entry("allow", "Allow"),
          Map.entry("tag", "ETag"),
          Map.entry("lastModified", "Last-Modified"),
          Map.entry("expires", "Expires"),
          Map.entry("type", "Content-Type"),
          Map.entry("language", "Content-Language"),
          Map.entry("encoding", "Content-Encoding"),
          Map.entry("cacheControl", "Cache-Control"),
          Map.entry("cookie", "Set-Cookie"),
          Map.entry("link", "Link"),
          Map.entry("links", "Link"),
          Map.entry("variants", "Vary"));

  private static Set<String> both(String name) {
    return Set.of("jakarta.ws.rs." + name, "javax.ws.rs." + name);
  }

  @Override
  public Optional<List<Value>> call(Call call) {
    String owner = call.owner();
    if (RESPONSE.contains(owner)) {
      return call.isStatic() ? factory(call) : response(call);
    }
    if (BUILDER.contains(owner)) {
      return Optional.of(builder(call));
    }
    if ((STATUS.contains(owner) || STATUS_TYPE.contains(owner)) && !call.isStatic()
        && call.name().equals("getStatusCode")) {
      return Optional.of(call.receiverAsStatus());
    }
    if (STATUS.contains(owner) && call.isStatic() && call.name().equals("fromStatusCode") && call.argumentCount() == 1) {
      return Optional.of(
          call.eval(0).stream()
              .map(v -> v.kind() == Value.Kind.STATUS ? v : Value.status(Status.unknown("a status that is not a constant"), call.site()))
              .toList());
    }
    if (call.name().equals("getResponse") && call.argumentCount() == 0 && !call.isStatic()
        && ByName.isA(((TypeElement) call.method().getEnclosingElement()), WEB_APPLICATION_EXCEPTION)) {
      if (call.receiverPath().filter(call.reader()::isParameter).isPresent()) {
        return Optional.of(List.of(Value.exceptionOwn(call.site())));
      }
      return Optional.of(List.of(Value.unknownResponse("the response of an exception", call.site())));
    }
    return Optional.empty();
  }

  /** {@code Response.status(404)}, {@code Response.created(uri)} and the other factories. */
  private Optional<List<Value>> factory(Call call) {
    int args = call.argumentCount();
    boolean entity = args >= 1 && !call.isNullArgument(0);
    Site site = call.site();
    return Optional.of(
        switch (call.name()) {
          case "status" -> args >= 1 ? call.withStatus(0, Set.of(), false) : List.of();
          case "ok" ->
              List.of(
                  Value.response(
                      Status.of(200), args >= 2 ? Set.of("Content-Type") : Set.of(), entity, call.argumentType(0), site));
          case "created" -> List.of(Value.response(Status.of(201), Set.of("Location"), false, site));
          case "accepted" -> List.of(Value.response(Status.of(202), Set.of(), entity, call.argumentType(0), site));
          case "noContent" -> List.of(Value.response(Status.of(204), Set.of(), false, site));
          case "notModified" -> List.of(Value.response(Status.of(304), args >= 1 ? Set.of("ETag") : Set.of(), false, site));
          case "seeOther" -> List.of(Value.response(Status.of(303), Set.of("Location"), false, site));
          case "temporaryRedirect" -> List.of(Value.response(Status.of(307), Set.of("Location"), false, site));
          case "serverError" -> List.of(Value.response(Status.of(500), Set.of(), false, site));
          case "notAcceptable" -> List.of(Value.response(Status.of(406), Set.of("Vary"), false, site));
          case "fromResponse" -> args >= 1 ? call.eval(0).stream().map(Value::asResponse).toList() : List.of();
          default -> List.of(Value.unknownResponse("the result of Response." + call.name() + "()", site));
        });
  }

  /** {@code response.getStatus()}; other methods of a response tell nothing. */
  private Optional<List<Value>> response(Call call) {
    if (call.name().equals("getStatus") || call.name().equals("getStatusInfo")) {
      return Optional.of(call.receiverAsStatus());
    }
    return Optional.empty();
  }

  /** A {@code ResponseBuilder} step. */
  private List<Value> builder(Call call) {
    String name = call.name();
    switch (name) {
      case "status":
        return call.argumentCount() >= 1 ? call.receiverWithStatus(0) : call.receiver();
      case "entity":
        boolean body = !call.isNullArgument(0);
        TypeMirror content = call.argumentType(0);
        return call.receiver().stream().map(value -> value.withBody(body, content)).toList();
      case "header":
        if (call.isNullArgument(1)) {
          return call.receiver();
        }
        return call.receiverWithHeaders(call.constantString(0).map(Set::of).orElse(Set.of()));
      default:
        String header = BUILDER_HEADERS.get(name);
        if (header != null && !(call.argumentCount() == 1 && call.isNullArgument(0))) {
          return call.receiverWithHeaders(Set.of(header));
        }
        return call.receiver();
    }
  }

  @Override
  public Optional<List<Value>> construct(Call construction) {
    return Optional.empty();
  }

  @Override
  public Optional<List<Value>> exception(TypeElement type, Call construction, Site site) {
    for (TypeElement superclass : ByName.superclasses(type)) {
      String name = ByName.name(superclass);
      String simple = name.startsWith("jakarta.ws.rs.") ? name.substring("jakarta.ws.rs.".length())
          : name.startsWith("javax.ws.rs.") ? name.substring("javax.ws.rs.".length()) : null;
      if (simple == null) {
        continue;
      }
      Integer fixed = FIXED.get(simple);
      if (fixed != null) {
        Set<String> headers = FIXED_HEADERS.containsKey(simple) ? Set.of(FIXED_HEADERS.get(simple)) : Set.of();
        return Optional.of(List.of(Value.response(Status.of(fixed), headers, false, site)));
      }
      if (CONSTRUCTED.contains(simple)) {
        boolean direct = construction != null && ByName.name((TypeElement) construction.method().getEnclosingElement()).equals(name);
        if (!direct) {
          return Optional.of(
              List.of(Value.unknownResponse("the status a " + type.getSimpleName() + " is constructed with", site)));
        }
        return Optional.of(constructed(simple, construction, site));
      }
    }
    return Optional.empty();
  }

  /** {@code new WebApplicationException(404)}, {@code (Status.CONFLICT)}, {@code (response)}. */
  private List<Value> constructed(String simple, Call construction, Site site) {
    Set<String> headers = simple.equals("RedirectionException") ? Set.of("Location") : Set.of();
    for (int i = 0; i < construction.argumentCount(); i++) {
      TypeMirror parameter = construction.parameterType(i);
      if (ByName.isA(parameter, RESPONSE)) {
        List<Value> responses = new ArrayList<>();
        for (Value value : construction.eval(i)) {
          responses.add(value.kind() == Value.Kind.NULL ? Value.response(Status.of(500), Set.of(), false, site) : value.asResponse());
        }
        return responses;
      }
      if (parameter.getKind() == javax.lang.model.type.TypeKind.INT || ByName.isA(parameter, STATUS_TYPE)) {
        return construction.withStatus(i, headers, false);
      }
    }
    if (simple.equals("WebApplicationException")) {
      return List.of(Value.response(Status.of(500), Set.of(), false, site));
    }
    return List.of(Value.unknownResponse("a " + simple + " without a visible status", site));
  }

  @Override
  public OptionalInt statusConstant(VariableElement constant) {
    if (constant.getEnclosingElement() instanceof TypeElement type && STATUS.contains(ByName.name(type))) {
      return StatusNames.ofConstant(constant.getSimpleName().toString());
    }
    return OptionalInt.empty();
  }

  @Override
  public Optional<Value.Kind> kindOf(TypeMirror type) {
    if (ByName.isA(type, RESPONSE) || ByName.isA(type, BUILDER)) {
      return Optional.of(Value.Kind.RESPONSE);
    }
    if (ByName.isA(type, STATUS_TYPE)) {
      return Optional.of(Value.Kind.STATUS);
    }
    return Optional.empty();
  }
}

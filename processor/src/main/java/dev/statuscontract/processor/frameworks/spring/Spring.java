package dev.statuscontract.processor.frameworks.spring;

import static dev.statuscontract.processor.frameworks.Effect.fixed;
import static dev.statuscontract.processor.frameworks.Effect.fromArgument;

import dev.statuscontract.processor.frameworks.Effect;
import dev.statuscontract.processor.frameworks.ExceptionHandlers;
import dev.statuscontract.processor.frameworks.ExceptionModel;
import dev.statuscontract.processor.frameworks.Family;
import dev.statuscontract.processor.frameworks.FrameworkAdapter;
import dev.statuscontract.processor.frameworks.FrameworkAnswer;
import dev.statuscontract.processor.frameworks.Library;
import dev.statuscontract.processor.frameworks.Library.Role;
import dev.statuscontract.processor.frameworks.Security;
import dev.statuscontract.processor.lang.Annotations;
import dev.statuscontract.processor.lang.ByName;
import dev.statuscontract.processor.model.Framework;
import dev.statuscontract.processor.model.StatusNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Spring MVC and WebFlux annotated controllers: mapped by {@code @GetMapping}... on a {@code
 * @Controller}; every normal return answers 200 or the {@code @ResponseStatus} code;
 * {@code ResponseEntity} and its builders are read step by step; {@code ResponseStatusException}
 * and exceptions annotated {@code @ResponseStatus} answer their status; {@code @ExceptionHandler}
 * methods of the controller, then of {@code @ControllerAdvice} classes in their order, turn the
 * other exceptions into responses. {@code DeferredResult}, {@code Callable} and {@code
 * WebAsyncTask} answer what they are completed with, or 503 when they time out.
 */
public final class Spring implements Family {

  public static final Spring FAMILY = new Spring();

  /** Spring MVC or WebFlux annotated controllers. */
  public static final Framework MVC =
      new Framework(
          "spring",
          "Spring MVC",
          new Framework.ResponseEntity(),
          Set.of(
              "org.springframework.http.ResponseEntity",
              "org.springframework.http.HttpEntity",
              "reactor.core.publisher.Mono",
              "java.util.concurrent.CompletionStage",
              "java.util.concurrent.CompletableFuture",
              "org.springframework.web.context.request.async.DeferredResult",
              "org.springframework.web.context.request.async.WebAsyncTask",
              "java.util.concurrent.Callable"),
          Set.of("reactor.core.publisher.Flux"),
          Set.of("jakarta.ws.rs.core.Response", "javax.ws.rs.core.Response"),
          Map.of("Location", ".location(uri)", "Allow", ".allow(HttpMethod.GET, ...)"),
          "ResponseEntity");

  static final String RESPONSE_STATUS = "org.springframework.web.bind.annotation.ResponseStatus";
  static final String EXCEPTION_HANDLER = "org.springframework.web.bind.annotation.ExceptionHandler";
  private static final String HTTP = "org.springframework.http.";
  private static final String ASYNC = "org.springframework.web.context.request.async.";
  private static final String ACCESS_DENIED = "org.springframework.security.access.AccessDeniedException";

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

  /** Subclasses of {@code ResponseStatusException} whose code their class fixes. */
  private static final Map<String, Integer> FIXED =
      Map.of(
          "org.springframework.web.server.MethodNotAllowedException", 405,
          "org.springframework.web.server.NotAcceptableStatusException", 406,
          "org.springframework.web.server.UnsupportedMediaTypeStatusException", 415,
          "org.springframework.web.server.ServerWebInputException", 400,
          "org.springframework.web.server.PayloadTooLargeException", 413,
          "org.springframework.web.server.ServerErrorException", 500);

  private Spring() {}

  @Override
  public String name() {
    return "spring";
  }

  @Override
  public List<Framework> frameworks() {
    return List.of(MVC);
  }

  @Override
  public List<FrameworkAdapter> adapters(Annotations annotations) {
    return List.of(new SpringAdapter(MVC, annotations));
  }

  @Override
  public boolean appliesTo(Framework framework) {
    return MVC.equals(framework);
  }

  @Override
  public Optional<Defaults> defaults(Framework framework) {
    return appliesTo(framework) ? Optional.of(new Defaults(200, 200)) : Optional.empty();
  }

  @Override
  public OptionalInt successStatus(ExecutableElement method) {
    OptionalInt status = responseStatus(method);
    if (status.isEmpty() && method.getEnclosingElement() instanceof TypeElement type) {
      status = responseStatus(type);
    }
    return status;
  }

  /** The code of {@code @ResponseStatus} ({@code code} or {@code value}) on {@code element}; 500 when it names none. */
  public static OptionalInt responseStatus(Element element) {
    Optional<AnnotationMirror> annotation = ByName.annotation(element, RESPONSE_STATUS);
    if (annotation.isEmpty()) {
      return OptionalInt.empty();
    }
    for (String attribute : List.of("code", "value")) {
      Optional<String> constant = ByName.attribute(annotation.get(), attribute).flatMap(ByName::enumConstant);
      if (constant.isPresent()) {
        return StatusNames.codeOf(constant.get());
      }
    }
    return OptionalInt.of(500);
  }

  @Override
  public void describe(Library.Builder library) {
    String entity = HTTP + "ResponseEntity";
    String httpEntity = HTTP + "HttpEntity";
    String headersBuilder = entity + ".HeadersBuilder";
    String bodyBuilder = entity + ".BodyBuilder";
    String headers = HTTP + "HttpHeaders";
    dev.statuscontract.processor.frameworks.Servlets.describe(library);
    for (String serverResponse : List.of(HTTP + "server.reactive.ServerHttpResponse", HTTP + "server.ServerHttpResponse")) {
      library
          .containerResponse(serverResponse)
          .method(serverResponse, "setStatusCode", 1, new Effect.SetContainerStatus(fromArgument(0), Set.of()))
          .method(serverResponse, "setRawStatusCode", 1, new Effect.SetContainerStatus(fromArgument(0), Set.of()));
    }
    library.containerResponse("org.springframework.web.server.ServerWebExchange");
    library
        .role(httpEntity, Role.RESPONSE)
        .role(entity, Role.RESPONSE)
        .role(headersBuilder, Role.RESPONSE)
        .role(bodyBuilder, Role.RESPONSE)
        .role(HTTP + "HttpStatusCode", Role.STATUS)
        .role(HTTP + "HttpStatus", Role.STATUS)
        .role(headers, Role.HEADERS)
        .statusEnum(HTTP + "HttpStatus")
        .method(entity, "ok", 0, new Effect.Respond(fixed(200), Set.of(), -1))
        .method(entity, "ok", 1, new Effect.Respond(fixed(200), Set.of(), 0))
        .method(entity, "status", 1, new Effect.Respond(fromArgument(0), Set.of(), -1))
        .method(entity, "created", 1, new Effect.Respond(fixed(201), Set.of("Location"), -1))
        .method(entity, "accepted", 0, new Effect.Respond(fixed(202), Set.of(), -1))
        .method(entity, "noContent", 0, new Effect.Respond(fixed(204), Set.of(), -1))
        .method(entity, "badRequest", 0, new Effect.Respond(fixed(400), Set.of(), -1))
        .method(entity, "notFound", 0, new Effect.Respond(fixed(404), Set.of(), -1))
        .method(entity, "unprocessableEntity", 0, new Effect.Respond(fixed(422), Set.of(), -1))
        .method(entity, "unprocessableContent", 0, new Effect.Respond(fixed(422), Set.of(), -1))
        .method(entity, "internalServerError", 0, new Effect.Respond(fixed(500), Set.of(), -1))
        .method(entity, "ofNullable", 1, new Effect.FoundOrNot(0, false))
        .method(entity, "of", 1, "java.util.Optional", new Effect.FoundOrNot(0, true))
        .method(entity, "of", 1, HTTP + "ProblemDetail", new Effect.StatusAndBodyFrom(0))
        .otherMethods(entity, new Effect.Unknown())
        .method(entity, "getStatusCode", 0, new Effect.ReceiverStatus())
        .method(entity, "getStatusCodeValue", 0, new Effect.ReceiverStatus())
        .method(httpEntity, "getStatusCode", 0, new Effect.ReceiverStatus())
        .method(HTTP + "HttpStatusCode", "valueOf", 1, "int", new Effect.StatusOf(0))
        .method(HTTP + "HttpStatusCode", "value", 0, new Effect.ReceiverStatus())
        .method(HTTP + "HttpStatus", "valueOf", 1, "int", new Effect.StatusOf(0))
        .method(HTTP + "HttpStatus", "resolve", 1, "int", new Effect.StatusOf(0))
        .method(HTTP + "HttpStatus", "value", 0, new Effect.ReceiverStatus())
        .method(HTTP + "ProblemDetail", "forStatus", 1, new Effect.StatusOf(0))
        .method(HTTP + "ProblemDetail", "forStatusAndDetail", 2, new Effect.StatusOf(0))
        .method(headers, "set", 2, new Effect.AddNamedHeader(0, -1))
        .method(headers, "add", 2, new Effect.AddNamedHeader(0, -1))
        .method(headers, "setETag", 1, new Effect.AddHeader("ETag"))
        .method(headers, "setBasicAuth", -1, new Effect.AddHeader("Authorization"))
        .method(headers, "setBearerAuth", 1, new Effect.AddHeader("Authorization"))
        .otherMethods(headers, new Effect.HeaderSetter(Map.of()))
        .construction(headers, Library.Construction.HEADERS)
        .construction(entity, Library.Construction.RESPONSE_FROM_ARGUMENTS)
        .construction(httpEntity, Library.Construction.RESPONSE_FROM_ARGUMENTS)
        .headerMap("org.springframework.util.MultiValueMap")
        .exceptionStatusAnnotation(RESPONSE_STATUS)
        .exception("org.springframework.web.server.ResponseStatusException", new ExceptionModel.Constructed(-1, Set.of()))
        .exception("org.springframework.web.ErrorResponseException", new ExceptionModel.Constructed(-1, Set.of()));
    for (String builder : List.of(headersBuilder, bodyBuilder)) {
      library
          .method(builder, "body", 1, new Effect.SetBody(0))
          .method(builder, "header", -1, new Effect.AddNamedHeader(0, -1))
          .method(builder, "headers", 1, headers, new Effect.AddHeadersOf(0))
          .otherMethods(builder, new Effect.Pass());
      BUILDER_HEADERS.forEach((step, header) -> library.method(builder, step, -1, new Effect.AddHeader(header)));
    }
    FIXED.forEach(
        (type, code) -> library.exception(type, new ExceptionModel.Fixed(code, code == 405 ? Set.of("Allow") : Set.of())));
    // Spring MVC's own asynchronous results: what they are completed with.
    library
        .async(ASYNC + "DeferredResult", new Library.AsyncType(false, false, true))
        .completer(ASYNC + "DeferredResult", "setResult")
        .completer(ASYNC + "DeferredResult", "setErrorResult")
        .construction(ASYNC + "DeferredResult", Library.Construction.SETTABLE)
        .async(ASYNC + "WebAsyncTask", new Library.AsyncType(false, false, false))
        .construction(ASYNC + "WebAsyncTask", Library.Construction.FROM_LAST_ARGUMENT)
        .async("java.util.concurrent.Callable", new Library.AsyncType(false, false, false));
  }



  @Override
  public boolean isHandlerClass(TypeElement type) {
    return ControllerAdvice.holdsHandlers(type);
  }

  @Override
  public Optional<ExceptionHandlers> handlers(
      Framework framework, Collection<TypeElement> classes, java.util.Set<String> registered, Types types) {
    return appliesTo(framework) ? Optional.of(new ControllerAdvice(classes)) : Optional.empty();
  }

  @Override
  public List<FrameworkAnswer> frameworkAnswers(
      ExecutableElement method, TypeElement type, javax.lang.model.util.Elements elements) {
    List<FrameworkAnswer> answers = new ArrayList<>();
    Security.validated(method, VALID, Set.of(), SIMPLE_VALUES)
        .ifPresent(
            found ->
                answers.add(
                    new FrameworkAnswer(
                        400,
                        "the framework's bean validation of " + found.what(),
                        found.element(),
                        found.annotation(),
                        Optional.of("org.springframework.web.bind.MethodArgumentNotValidException"))));
    answers.addAll(access(method, type));
    String returned = ByName.name(method.getReturnType());
    if (TIMING_OUT.contains(returned)) {
      answers.add(
          new FrameworkAnswer(
              503,
              "the framework's answer when the " + returned.substring(returned.lastIndexOf('.') + 1) + " times out",
              method,
              Optional.empty(),
              Optional.of(ASYNC + "AsyncRequestTimeoutException")));
    }
    return answers;
  }

  /** The 401 and 403 of Spring Security's method annotations, and of JSR-250's, on the method or its class. */
  private static List<FrameworkAnswer> access(ExecutableElement method, TypeElement type) {
    for (Element element : List.of(method, type)) {
      Map<String, AnnotationMirror> present = ByName.annotationsByName(element);
      if (present.isEmpty()) {
        continue;
      }
      if (present.containsKey("jakarta.annotation.security.PermitAll")
          || present.containsKey("javax.annotation.security.PermitAll")) {
        return List.of();
      }
      for (String name : ACCESS_CHECKS) {
        AnnotationMirror found = present.get(name);
        if (found != null && !permitsAll(found)) {
          return Security.checked(element, found, "@" + name.substring(name.lastIndexOf('.') + 1), Optional.of(ACCESS_DENIED));
        }
      }
    }
    return List.of();
  }

  /** The annotations that ask Spring MVC to validate a parameter. */
  private static final Set<String> VALID =
      Set.of("jakarta.validation.Valid", "javax.validation.Valid", "org.springframework.validation.annotation.Validated");

  /** The parameters of simple values, which {@code @Valid} does not validate. */
  private static final List<String> SIMPLE_VALUES =
      List.of(
          "org.springframework.web.bind.annotation.PathVariable",
          "org.springframework.web.bind.annotation.RequestParam",
          "org.springframework.web.bind.annotation.RequestHeader",
          "org.springframework.web.bind.annotation.CookieValue");

  /** The asynchronous results that time out, answering 503 by default. */
  private static final Set<String> TIMING_OUT =
      Set.of(ASYNC + "DeferredResult", ASYNC + "WebAsyncTask", "java.util.concurrent.Callable");

  /** The annotations of Spring Security's and JSR-250's access checks, in the order they are looked for. */
  private static final List<String> ACCESS_CHECKS =
      List.of(
          "org.springframework.security.access.prepost.PreAuthorize",
          "org.springframework.security.access.prepost.PostAuthorize",
          "org.springframework.security.access.annotation.Secured",
          "jakarta.annotation.security.RolesAllowed",
          "javax.annotation.security.RolesAllowed",
          "jakarta.annotation.security.DenyAll",
          "javax.annotation.security.DenyAll");

  /** {@code @PreAuthorize("permitAll()")} checks nothing. */
  private static boolean permitsAll(AnnotationMirror annotation) {
    return ByName.attribute(annotation, "value")
        .map(AnnotationValue::getValue)
        .filter(String.class::isInstance)
        .map(value -> ((String) value).replace(" ", "").equals("permitAll()"))
        .orElse(false);
  }

  @Override
  public Set<String> ownPackages() {
    return Set.of("org.springframework.");
  }
}
